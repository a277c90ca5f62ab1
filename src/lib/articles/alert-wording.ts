/**
 * Whose words an alert's `text` is, so readers know what they are reading:
 * - `reported`: the exact on-screen text, as users and help sites quote it.
 *   It claims to be verbatim, so the alert must name the page it comes from
 *   (`textSource`).
 * - `apple-described`: Apple lists the alert but describes it rather than
 *   quoting it (its list of iCloud Backup alerts dates from iOS 7 and 8), so
 *   `text` is a description in our words, never shown as a quotation.
 * - `described` (translations only): a description in the page's language of
 *   an alert whose exact words are known only in English (the English page
 *   quotes them); the words on a phone in this language are not known.
 */
export const ALERT_WORDINGS = ['reported', 'apple-described'] as const;
export const TRANSLATED_ALERT_WORDINGS = [...ALERT_WORDINGS, 'described'] as const;
export type AlertWording = (typeof TRANSLATED_ALERT_WORDINGS)[number];

/** True when the wording presents `text` as the exact words on the screen. */
export function claimsExactText(wording: AlertWording): boolean {
  return wording === 'reported';
}

/**
 * Whose words a translation's text can honestly be, given the English page's:
 * Apple's description stays Apple's ("apple-described"); an exact English text
 * is "described" in the translation, unless a source shows the translated
 * words ("reported", with its textSource). Undefined when it is fine.
 */
export function translatedWordingProblem(english: AlertWording, translated: AlertWording): string | undefined {
  if (translated === 'reported') return undefined;
  if (english === 'apple-described' && translated !== 'apple-described') {
    return `is "${translated}", but the English page is "apple-described": Apple lists this alert, so write apple-described`;
  }
  if (english === 'reported' && translated !== 'described') {
    return `is "${translated}", but Apple does not list this alert (the English page quotes it as reported): write described, or reported with a textSource that shows it in this language`;
  }
  return undefined;
}
