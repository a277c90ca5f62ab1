/**
 * Whose words an alert's `text` is, so readers know what they are reading:
 * - `reported`: the exact on-screen text, as users and help sites quote it.
 *   It claims to be verbatim, so the alert must name the page it comes from
 *   (`textSource`).
 * - `apple-described`: Apple lists the alert but describes it rather than
 *   quoting it (its list of iCloud Backup alerts dates from iOS 7 and 8), so
 *   `text` is a description in our words, never shown as a quotation.
 */
export const ALERT_WORDINGS = ['reported', 'apple-described'] as const;
export type AlertWording = (typeof ALERT_WORDINGS)[number];

export const ALERT_WORDING_NOTES: Record<AlertWording, string> = {
  reported: 'Wording as reported by iPhone users and help sites. Apple does not publish this text.',
  'apple-described':
    'Apple lists this alert but describes it rather than quoting it, in a list written for iOS 7 and 8. These are not the exact words, and a current iPhone may put it differently.',
};

/** True when the wording presents `text` as the exact words on the screen. */
export function claimsExactText(wording: AlertWording): boolean {
  return wording === 'reported';
}
