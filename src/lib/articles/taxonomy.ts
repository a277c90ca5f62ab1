/**
 * The closed vocabularies of the frontmatter: article roles, categories and risk levels.
 * The schema takes its enums from here, and pages take their labels from here,
 * so a new value cannot be added without a label.
 */

/**
 * What an article is: a fix, one step on the troubleshooting path, or the
 * safety net (a computer backup) that every risky fix sends readers to first
 * and that is not itself a step on the path.
 */
export const ARTICLE_ROLES = ['fix', 'safety-net'] as const;
export type ArticleRole = (typeof ARTICLE_ROLES)[number];

/** The kinds of cause a fix deals with, in the order they come up on the troubleshooting path. */
export const CATEGORIES = [
  'basics',
  'backup-progress',
  'storage',
  'apple-servers',
  'software',
  'restrictions',
  'account',
  'settings',
  'support',
  'computer-backup',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  basics: 'Quick checks',
  'backup-progress': 'Slow or stuck backups',
  storage: 'iCloud storage',
  'apple-servers': "Apple's servers",
  software: 'iOS software',
  restrictions: 'Restrictions and device management',
  account: 'Apple Account',
  settings: 'iPhone settings',
  support: 'Apple Support',
  'computer-backup': 'Computer backup',
};

/** What a reader could lose by following the fix, from least to most. */
export const RISKS = ['none', 'settings', 'data'] as const;
export type Risk = (typeof RISKS)[number];

export const RISK_LABELS: Record<Risk, string> = {
  none: 'No risk: nothing is changed or lost',
  settings: 'Resets settings; your data stays',
  data: 'Can delete data: read each warning',
};

/** True for a fix that can cost the reader settings or data. */
export function isRisky(risk: Risk): boolean {
  return risk !== 'none';
}

/**
 * True for a fix that must offer the safety net (the computer backup) before
 * its first step: a risky one, or one whose frontmatter asks for a backup
 * first although it costs nothing (backupFirst, such as before a major iOS update).
 */
export function needsSafetyNet(data: { risk: Risk; backupFirst?: boolean | undefined }): boolean {
  return isRisky(data.risk) || data.backupFirst === true;
}

/** Short form for the meta line and result lists. */
export const RISK_SHORT_LABELS: Record<Risk, string> = {
  none: 'No risk',
  settings: 'Settings reset',
  data: 'Data at risk',
};

/**
 * The risk as a reader sees it. A fix with backupFirst deletes nothing, but
 * cannot be undone (an iOS upgrade), so it never reads "No risk". Search
 * filters keep RISK_SHORT_LABELS, by the risk alone.
 */
export function riskLabelOf(data: { risk: Risk; backupFirst?: boolean | undefined }, form: 'long' | 'short'): string {
  if (data.risk === 'none' && data.backupFirst === true) {
    return form === 'long' ? "Deletes nothing, but can't be undone: back up first" : 'Back up first';
  }
  return form === 'long' ? RISK_LABELS[data.risk] : RISK_SHORT_LABELS[data.risk];
}

/** Entries grouped by category, in the order of CATEGORIES; empty categories are left out. */
export function groupByCategory<T extends { data: { category: Category } }>(
  entries: readonly T[],
): { category: Category; label: string; entries: T[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    entries: entries.filter((entry) => entry.data.category === category),
  })).filter((group) => group.entries.length > 0);
}
