/**
 * The review schedule: every article and alert is due for a new check against
 * its sources six months after its last review. `npm run review`
 * (scripts/review.ts) prints it, overdue first. A report, not a check: an
 * overdue page still builds.
 */
import { isoDate } from './format.ts';

const REVIEW_INTERVAL_MONTHS = 6;

export interface ReviewEntry {
  kind: 'article' | 'alert';
  /** The content file, such as content/fixes/quick-checks.mdx. */
  file: string;
  lastReviewed: Date;
  /** The iOS version the page was checked for. */
  checkedForIos: string;
}

export interface ReviewRow extends ReviewEntry {
  due: Date;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same day `months` later (UTC), or the last day of that month when it is shorter (Aug 31 → Feb 28). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Each entry with its due date, the most overdue first, then the soonest due; ties by file. */
export function reviewSchedule(entries: readonly ReviewEntry[], today: Date): ReviewRow[] {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return entries
    .map((entry) => {
      const due = addMonths(entry.lastReviewed, REVIEW_INTERVAL_MONTHS);
      return { ...entry, due, daysLeft: Math.round((due.getTime() - start) / DAY_MS) };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

function status(daysLeft: number): string {
  if (daysLeft < 0) return `OVERDUE by ${-daysLeft} d`;
  if (daysLeft === 0) return 'due today';
  return `due in ${daysLeft} d`;
}

/** The schedule as a plain-text table with a heading line and a summary line. */
export function formatReviewReport(rows: readonly ReviewRow[], today: Date): string {
  const header = ['status', 'due', 'last review', 'iOS', 'kind', 'file'];
  const body = rows.map((row) => [
    status(row.daysLeft),
    isoDate(row.due),
    isoDate(row.lastReviewed),
    row.checkedForIos,
    row.kind,
    row.file,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const overdue = rows.filter((row) => row.daysLeft < 0).length;
  return [
    `Content review, ${isoDate(today)}: each page is due ${REVIEW_INTERVAL_MONTHS} months after its last check against its sources.`,
    '',
    line(header),
    ...body.map(line),
    '',
    `${rows.length} page(s), ${overdue} overdue.`,
  ].join('\n');
}
