/** Where an alert's wording comes from, so readers know whose words they are reading. */
export const ALERT_WORDINGS = ['apple', 'reported'] as const;
export type AlertWording = (typeof ALERT_WORDINGS)[number];

export const ALERT_WORDING_NOTES: Record<AlertWording, string> = {
  apple:
    "Apple's wording, from its list of iCloud Backup alerts. That list dates from older iOS versions, so your iPhone may word it a little differently.",
  reported: 'Wording as reported by iPhone users and help sites. Apple does not publish this text.',
};
