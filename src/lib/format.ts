/** Display formats shared by every page, so the meta line reads the same everywhere. */

export interface IosRange {
  from: string;
  to?: string | undefined;
}

/** "iOS 17 and later", or "iOS 15 to 16" for a closed range. */
export function formatIosRange({ from, to }: IosRange): string {
  if (!to) return `iOS ${from} and later`;
  if (to === from) return `iOS ${from}`;
  return `iOS ${from} to ${to}`;
}

export function formatMinutes(minutes: number): string {
  return `${minutes} min`;
}

/** One formatter for every date: toLocaleDateString builds a new one per call, which a build of 1000 pages notices. */
const READER_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** A calendar date as readers see it, in UTC so the build machine's zone does not shift it. */
export function formatDate(date: Date): string {
  return READER_DATE.format(date);
}

/** The YYYY-MM-DD form for <time datetime> and metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Text safe inside XML elements and quoted attributes (the feed, OpenSearch). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}
