/**
 * Translations of pages: where they live, which English version each was made
 * from, and whether every English page has one. Every English fix and alert
 * needs a translation in each other language, or a line in that language's
 * content/<code>/untranslated.yaml; then the translated site links to the
 * English page with a notice. A translation records the English page's
 * lastReviewed and number of changes it was made from; when the English page
 * moves on, the translation is outdated until someone updates it.
 *
 * Pure: no Astro imports.
 */
import type { Language } from './languages';

/** The kinds of page that are translated file by file, by their folder in content/. */
export const TRANSLATED_KINDS = ['fixes', 'alerts'] as const;
export type TranslatedKind = (typeof TRANSLATED_KINDS)[number];

export function translatedFlowFile(lang: string): string {
  return `content/${lang}/troubleshooter/flow.yaml`;
}

export function untranslatedFile(lang: Language): string {
  return `content/${lang}/untranslated.yaml`;
}

/** The collection id of a translation: "fr/check-icloud-storage". */
export function translationId(lang: string, slug: string): string {
  return `${lang}/${slug}`;
}

export function splitTranslationId(id: string): { lang: string; slug: string } {
  const [lang = '', ...rest] = id.split('/');
  return { lang, slug: rest.join('/') };
}

/** A version of an English page: its lastReviewed and how many changes it lists. */
export interface PageVersion {
  lastReviewed: Date;
  changes: number;
}

export type TranslationState = 'current' | 'outdated';

/** Outdated when the English page was reviewed later, or lists more changes, than the version translated. */
export function translationState(english: PageVersion, translatedFrom: PageVersion): TranslationState {
  return english.lastReviewed.getTime() > translatedFrom.lastReviewed.getTime() || english.changes > translatedFrom.changes
    ? 'outdated'
    : 'current';
}

/** A translatedFrom that names a version the English page never had (later, or with more changes): a typo. */
export function impossibleVersion(english: PageVersion, translatedFrom: PageVersion): string | undefined {
  if (translatedFrom.lastReviewed.getTime() > english.lastReviewed.getTime()) {
    return `translatedFrom.lastReviewed is later than the English page's lastReviewed (${isoDay(english.lastReviewed)}): copy the English page's date`;
  }
  if (translatedFrom.changes > english.changes) {
    return `translatedFrom.changes is ${translatedFrom.changes}, but the English page lists ${english.changes} change(s): copy that number`;
  }
  return undefined;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface TranslationSet {
  lang: Language;
  kind: TranslatedKind;
  /** File extension of the kind's pages: ".mdx" or ".md". */
  extension: string;
  /** Slugs of the English pages. */
  originals: readonly string[];
  /** Slugs of the pages translated into `lang`. */
  translations: readonly string[];
  /** Slugs listed as not yet translated in untranslated.yaml. */
  untranslated: readonly string[];
}

/** What is missing or left over between the English pages of a kind and one language's, one line each. */
export function findTranslationProblems(set: TranslationSet): string[] {
  const { lang, kind, extension } = set;
  const english = (slug: string) => `content/${kind}/${slug}${extension}`;
  const translated = (slug: string) => `content/${lang}/${kind}/${slug}${extension}`;
  const list = untranslatedFile(lang);
  const originals = new Set(set.originals);
  const translations = new Set(set.translations);
  const untranslated = new Set(set.untranslated);
  const problems: string[] = [];
  for (const slug of set.originals) {
    if (!translations.has(slug) && !untranslated.has(slug)) {
      problems.push(
        `${english(slug)} has no translation in "${lang}": write ${translated(slug)}, or list "${slug}" under ${kind} in ${list} (the ${lang} site then links to the English page)`,
      );
    }
    if (translations.has(slug) && untranslated.has(slug)) {
      problems.push(`${list} lists "${slug}" under ${kind} as not yet translated, but ${translated(slug)} exists: remove it from the list`);
    }
  }
  for (const slug of set.translations) {
    if (!originals.has(slug)) {
      problems.push(`${translated(slug)} has no English page ${english(slug)}: give it the English page's file name, or remove it`);
    }
  }
  for (const slug of set.untranslated) {
    if (!originals.has(slug))
      problems.push(`${list} lists "${slug}" under ${kind}, but there is no English page ${english(slug)}: remove it`);
  }
  return problems;
}

/** One translation in the review report. */
export interface TranslationReviewRow {
  file: string;
  english: string;
  state: TranslationState;
  translatedFrom: PageVersion;
  englishVersion: PageVersion;
}

/**
 * The translations part of `npm run review`: outdated ones first (each with
 * what moved on in English), then a count of the current ones.
 */
export function formatTranslationReport(rows: readonly TranslationReviewRow[]): string {
  const outdated = rows.filter((row) => row.state === 'outdated');
  const version = (v: PageVersion) => `reviewed ${isoDay(v.lastReviewed)}, ${v.changes} change(s)`;
  const lines = [
    outdated.length > 0
      ? `Outdated translations: ${outdated.length}. Update each from its English page, then copy the English lastReviewed and number of changes into translatedFrom.`
      : 'Outdated translations: none.',
    ...outdated.map(
      (row) => `  OUTDATED  ${row.file}: made from ${version(row.translatedFrom)}; ${row.english} is now ${version(row.englishVersion)}`,
    ),
    `${rows.length - outdated.length} translation(s) current.`,
  ];
  return lines.join('\n');
}

/** The words of one troubleshooter question, as its translation covers them. */
interface QuestionWords {
  question: string;
  help?: string | undefined;
  link?: { text: string } | undefined;
  answers: readonly { id: string; label: string; why?: string | undefined }[];
}

/**
 * The version of an English troubleshooter question's words: 8 hex digits
 * (FNV-1a over them). A translated question records the version it was made
 * from (translatedFrom); when the English words change, the version does, and
 * the translation is outdated. The flow has no review dates to go by.
 */
export function questionVersion(words: QuestionWords): string {
  const text = JSON.stringify([
    words.question,
    words.help ?? '',
    words.link?.text ?? '',
    words.answers.map((answer) => [answer.id, answer.label, answer.why ?? '']),
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** One translated troubleshooter question in the review report. */
export interface QuestionReviewRow {
  file: string;
  id: string;
  translatedFrom: string;
  /** The version of the English question's words now. */
  english: string;
}

/** The troubleshooter's part of the report: each question whose English words changed, with the version to copy once it is updated. */
export function formatQuestionReport(rows: readonly QuestionReviewRow[]): string {
  const outdated = rows.filter((row) => row.translatedFrom !== row.english);
  return [
    ...outdated.map(
      (row) =>
        `  OUTDATED  ${row.file}, question "${row.id}": its English words changed (version ${row.translatedFrom} → ${row.english}); update it, then set translatedFrom: ${row.english}`,
    ),
    `${rows.length - outdated.length} troubleshooter question(s) current, ${outdated.length} outdated.`,
  ].join('\n');
}
