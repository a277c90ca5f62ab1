/**
 * The closed vocabularies of the frontmatter: article roles, categories and risk levels.
 * The schema takes its enums from here, and pages take their labels, in each
 * language, from the UI strings (taxonomy in src/lib/i18n/ui/), whose type
 * requires a label for every value.
 */
import type { Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

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

/** What a reader could lose by following the fix, from least to most. */
export const RISKS = ['none', 'settings', 'data'] as const;
export type Risk = (typeof RISKS)[number];

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

/**
 * The risk as a reader sees it. A fix with backupFirst deletes nothing, but
 * cannot be undone (an iOS upgrade), so it never reads "No risk". Search
 * filters keep the short label of the risk alone (riskFilterLabel).
 */
export function riskLabelOf(data: { risk: Risk; backupFirst?: boolean | undefined }, form: 'long' | 'short', lang: Language): string {
  const words = uiStrings(lang).taxonomy;
  if (data.risk === 'none' && data.backupFirst === true) return form === 'long' ? words.backupFirst : words.backupFirstShort;
  return form === 'long' ? words.risks[data.risk] : words.risksShort[data.risk];
}

/** A category's name in `lang`: also its search filter value. */
export function categoryLabel(category: Category, lang: Language): string {
  return uiStrings(lang).taxonomy.categories[category];
}

/** A risk's search filter value in `lang`: its short name. */
export function riskFilterLabel(risk: Risk, lang: Language): string {
  return uiStrings(lang).taxonomy.risksShort[risk];
}

/** The search filters' values in reader order: topics along the troubleshooting path, risks from least to most. */
export function filterValueOrder(lang: Language): Record<'category' | 'risk', string[]> {
  return { category: CATEGORIES.map((category) => categoryLabel(category, lang)), risk: RISKS.map((risk) => riskFilterLabel(risk, lang)) };
}

/** Entries grouped by category, in the order of CATEGORIES; empty categories are left out. */
export function groupByCategory<T extends { data: { category: Category } }>(
  entries: readonly T[],
  lang: Language,
): { category: Category; label: string; entries: T[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    label: categoryLabel(category, lang),
    entries: entries.filter((entry) => entry.data.category === category),
  })).filter((group) => group.entries.length > 0);
}
