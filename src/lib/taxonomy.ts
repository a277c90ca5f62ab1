/**
 * The closed vocabularies of the frontmatter: categories and risk levels.
 * The schema takes its enums from here, and pages take their labels from here,
 * so a new value cannot be added without a label.
 */

export const CATEGORIES = [
  'basics',
  'storage',
  'account',
  'apple-servers',
  'software',
  'settings',
  'support',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  basics: 'Quick checks',
  storage: 'iCloud storage',
  account: 'Apple Account',
  'apple-servers': "Apple's servers",
  software: 'iOS software',
  settings: 'iPhone settings',
  support: 'Apple Support',
};

/** What a reader could lose by following the fix, from least to most. */
export const RISKS = ['none', 'settings', 'data'] as const;
export type Risk = (typeof RISKS)[number];

export const RISK_LABELS: Record<Risk, string> = {
  none: 'No risk: nothing is changed or lost',
  settings: 'Resets settings; your data stays',
  data: 'Can delete data: read each warning',
};

/** Short form for the meta line and result lists. */
export const RISK_SHORT_LABELS: Record<Risk, string> = {
  none: 'No risk',
  settings: 'Settings reset',
  data: 'Data at risk',
};

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
