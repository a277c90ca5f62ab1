/**
 * iOS version numbers and ranges. Versions are dotted numbers compared part
 * by part, so 17.4 comes before 17.10, and 18 before 26 (after iOS 18 Apple
 * numbered releases by year: 26, 27, …).
 *
 * Two kinds of range meet here:
 * - an article's `appliesTo` ({ from, to }), inclusive at both ends, where
 *   `to: "17.2"` covers every 17.2.x;
 * - a label's span ({ from, before }) in the Settings vocabulary, half-open:
 *   from its first version up to, not including, the version that changed it.
 */
import { formatIosRange, type IosRange } from '#lib/format.ts';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

export type { IosRange };

/** The iOS versions the whole site covers: alert pages and the troubleshooter, which have no appliesTo of their own. */
export const COVERED_IOS: IosRange = { from: '17' };

/**
 * The newest major iOS release: iOS 27, released on 14 September 2026 (iOS 26
 * still gets security updates). `npm run review` lists first every page whose
 * checkedForIos is older. Raise it on the day Apple releases the next one.
 */
export const CURRENT_IOS = '27';

/**
 * What a page checked for an older iOS says of the current one, so a reader
 * on the newest release knows the steps were not checked for it: undefined
 * when the page was checked for the current release or a later one.
 */
export function olderCheckNote(
  checkedForIos: string,
  lang: Language = DEFAULT_LANGUAGE,
  current: string = CURRENT_IOS,
): string | undefined {
  if (compareVersions(checkedForIos, current) >= 0) return undefined;
  return uiStrings(lang).settingsPaths.olderCheck(current);
}

/** When a label was on screen: from `from` (inclusive, or always) up to `before` (exclusive, or still). */
export interface VersionSpan {
  from?: string | undefined;
  before?: string | undefined;
}

function parts(version: string): number[] {
  return version.split('.').map(Number);
}

/** Negative when a comes before b, 0 when they are the same version ("18" and "18.0" are), positive after. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function isAtOrAfter(later: string, earlier: string): boolean {
  return compareVersions(later, earlier) >= 0;
}

/** Whether `version` is at or before an inclusive upper end: "17.2.5" is within "17.2", "17.3" is not. */
function isWithinUpperEnd(version: string, to: string): boolean {
  const length = parts(to).length;
  return compareVersions(parts(version).slice(0, length).join('.'), to) <= 0;
}

/** Whether a label's span and a range share at least one version. */
export function overlaps(span: VersionSpan, range: IosRange): boolean {
  const startsInTime = span.from === undefined || range.to === undefined || isWithinUpperEnd(span.from, range.to);
  const endsInTime = span.before === undefined || compareVersions(range.from, span.before) < 0;
  return startsInTime && endsInTime;
}

/** Whether a label's span holds at the newest end of a range (for an open range: it is still current). */
export function holdsAtNewestEnd(span: VersionSpan, range: IosRange): boolean {
  if (range.to === undefined) return span.before === undefined;
  const to = range.to;
  return (span.from === undefined || isAtOrAfter(to, span.from)) && (span.before === undefined || compareVersions(to, span.before) < 0);
}

/** Whether a span covers the whole range. */
export function coversRange(span: VersionSpan, range: IosRange): boolean {
  return (span.from === undefined || isAtOrAfter(range.from, span.from)) && holdsAtNewestEnd(span, range);
}

/** The major release after `major`: 19 to 25 were never released, 18 was followed by 26. */
function nextMajor(major: number): number {
  return major === 18 ? 26 : major + 1;
}

/**
 * The part of a span inside a range, in words for a reader: "iOS 17" (one
 * whole major release), "iOS 17.3 and later", "before iOS 18.2". The last
 * version before a change is not known, so it never says "17.3 to 18.1":
 * it says "from iOS 17.3, before iOS 18.2".
 */
export function describeSpanWithin(span: VersionSpan, range: IosRange, lang: Language = DEFAULT_LANGUAGE): string {
  const words = uiStrings(lang).settingsPaths;
  const from = span.from === undefined || compareVersions(span.from, range.from) < 0 ? range.from : span.from;
  const before = span.before;
  if (before === undefined) return range.to === undefined ? formatIosRange({ from }, lang) : formatIosRange({ from, to: range.to }, lang);
  const major = parts(from);
  if (major.length === 1 && parts(before).length === 1 && nextMajor(major[0] ?? 0) === parts(before)[0]) {
    return formatIosRange({ from, to: from }, lang);
  }
  return from === range.from ? words.beforeIos(before) : words.fromBeforeIos(from, before);
}

/** A span on its own, for the reference page: "iOS 18 and later", "before iOS 18", "all versions". */
export function describeSpan(span: VersionSpan, lang: Language = DEFAULT_LANGUAGE): string {
  const words = uiStrings(lang).settingsPaths;
  if (span.from === undefined && span.before === undefined) return words.allVersions;
  if (span.before === undefined) return formatIosRange({ from: span.from ?? '' }, lang);
  if (span.from === undefined) return words.beforeIos(span.before);
  return words.fromBeforeIos(span.from, span.before);
}
