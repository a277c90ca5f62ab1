/** Display formats shared by every page, so the meta line reads the same everywhere, in each language. */
import { LANGUAGES, LANGUAGE_CODES, type Language } from './i18n/languages';
import { uiStrings } from './i18n/ui-strings';

export interface IosRange {
  from: string;
  to?: string | undefined;
}

/** "iOS 17 and later", or "iOS 15 to 16" for a closed range ("iOS 17 et versions ultérieures", "iOS 15 à 16"). */
export function formatIosRange({ from, to }: IosRange, lang: Language): string {
  const t = uiStrings(lang).format;
  if (!to) return t.iosAndLater(from);
  if (to === from) return t.ios(from);
  return t.iosRange(from, to);
}

/** "10 min". */
export function formatMinutes(minutes: number, lang: Language): string {
  return uiStrings(lang).format.minutes(minutes);
}

/** One formatter per language: toLocaleDateString builds a new one per call, which a build of 1000 pages notices. */
const READER_DATES = Object.fromEntries(
  LANGUAGE_CODES.map((lang) => [
    lang,
    new Intl.DateTimeFormat(LANGUAGES[lang].locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

/** A calendar date as readers see it ("March 5, 2026", "5 mars 2026"), in UTC so the build machine's zone does not shift it. */
export function formatDate(date: Date, lang: Language): string {
  return READER_DATES[lang].format(date);
}

/** The YYYY-MM-DD form for <time datetime> and metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Text safe inside XML elements and quoted attributes (the feed, OpenSearch). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}
