/**
 * The review schedule: every article and alert is due for a new check against
 * its sources six months after its last review. `npm run review`
 * (scripts/review.ts) prints it. Pages a new iOS release may have made wrong
 * come first: those that name a Settings label whose wording changed after the
 * version they were checked for, then those checked for a version older than
 * CURRENT_IOS; then every other page, overdue first. A report, not a check: an
 * overdue page still builds.
 */
import { isoDate } from '#lib/format.ts';
import { compareVersions, type IosRange } from '#lib/settings/ios-version.ts';
import { readFrontmatter } from './frontmatter.ts';
import { parseMarkdown } from './markdown.ts';
import { appliesToOf, resolveMentions } from '#lib/settings/settings-mentions.ts';
import type { Label, SettingsEntry, Vocabulary } from '#lib/settings/settings-vocabulary.ts';

const REVIEW_INTERVAL_MONTHS = 6;

/** A label whose wording changed in `version`: it first appeared then (its `from`) or was gone from then (its `before`). */
export interface LabelChange {
  text: string;
  version: string;
}

export interface ReviewEntry {
  kind: 'article' | 'alert';
  /** The content file, such as content/fixes/quick-checks.mdx. */
  file: string;
  lastReviewed: Date;
  /** The iOS version the page was checked for. */
  checkedForIos: string;
  /** Every change of wording the vocabulary records for the Settings screens and controls the page names. */
  labelChanges: readonly LabelChange[];
}

export interface ReviewRow extends ReviewEntry {
  due: Date;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
  /** Whether it was checked for an iOS older than the current one. */
  olderIos: boolean;
  /** The label changes in a version newer than checkedForIos, oldest first. */
  changedLabels: LabelChange[];
  /** Why it is listed before the due-date order: "checked for iOS 26 < 27", "uses a label changed in iOS 27 (Backups)". */
  why: string[];
}

/** The label changes of the entries a page names, from each label's and subtitle's from and before. */
export function labelChangesOf(entries: readonly SettingsEntry[]): LabelChange[] {
  const changes = (label: Label) =>
    [label.from, label.before].flatMap((version) => (version === undefined ? [] : [{ text: label.text, version }]));
  return entries.flatMap((entry) => [...entry.labels, ...(entry.subtitle ?? [])].flatMap(changes));
}

/**
 * The Settings screens and controls a page's body names, each once: every
 * step of every bold path and every bold control, resolved as the build
 * resolves them for `range` (the same mentions /settings-paths/ lists). Throws
 * like the build, naming `file`, on a path that does not resolve.
 */
export function settingsEntriesUsed(body: string, vocabulary: Vocabulary, range: IosRange, file: string): SettingsEntry[] {
  const mentions = resolveMentions(parseMarkdown(body), vocabulary, range, file);
  return [...new Set(mentions.flatMap((mention) => mention.steps.map((step) => step.entry)))];
}

/**
 * A content file's review entry, from its text: lastReviewed and
 * checkedForIos from the frontmatter, and the label changes of what its body
 * names, on its appliesTo (an alert's: `covered`). Throws naming the file on a
 * missing field.
 */
export function reviewEntryOf(
  kind: ReviewEntry['kind'],
  file: string,
  text: string,
  vocabulary: Vocabulary,
  covered: IosRange,
): ReviewEntry {
  const { data, body } = readFrontmatter(text);
  const field = (name: string) => {
    const value = data[name];
    if (value instanceof Date) return isoDate(value);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const lastReviewed = new Date(`${field('lastReviewed')}T00:00:00Z`);
  if (Number.isNaN(lastReviewed.getTime())) throw new Error(`${file}: lastReviewed must be a date such as 2026-11-25`);
  const checkedForIos = field('checkedForIos');
  if (!/^\d+(\.\d+)*$/.test(checkedForIos)) throw new Error(`${file}: checkedForIos must be an iOS version such as "26"`);
  const range = (kind === 'article' ? appliesToOf(data) : undefined) ?? covered;
  return { kind, file, lastReviewed, checkedForIos, labelChanges: labelChangesOf(settingsEntriesUsed(body, vocabulary, range, file)) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same day `months` later (UTC), or the last day of that month when it is shorter (Aug 31 → Feb 28). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** "uses a label changed in iOS 27 (Backups)"; several: "uses labels changed in iOS 26.2 (Apple Account), 27 (Backups, Device Backups)". */
function describeChanges(changes: readonly LabelChange[]): string {
  const byVersion = new Map<string, Set<string>>();
  for (const { text, version } of changes) byVersion.set(version, (byVersion.get(version) ?? new Set()).add(text));
  const labels = [...byVersion].map(([version, texts]) => `${version} (${[...texts].join(', ')})`);
  const count = [...byVersion.values()].reduce((sum, texts) => sum + texts.size, 0);
  return `uses ${count === 1 ? 'a label' : 'labels'} changed in iOS ${labels.join(', ')}`;
}

/** 0: uses a label changed since its check; 1: checked for an older iOS; 2: the rest. */
function rank(row: ReviewRow): number {
  if (row.changedLabels.length > 0) return 0;
  return row.olderIos ? 1 : 2;
}

/**
 * Each entry with its due date and why it comes early, in review order: the
 * pages that use a label changed after the version they were checked for
 * (a new release may have renamed what they tell readers to tap), then the
 * pages checked for an iOS older than `currentIos`, then the rest; within
 * each, the most overdue first, then the soonest due; ties by file.
 */
export function reviewSchedule(entries: readonly ReviewEntry[], today: Date, currentIos: string): ReviewRow[] {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return entries
    .map((entry): ReviewRow => {
      const due = addMonths(entry.lastReviewed, REVIEW_INTERVAL_MONTHS);
      const olderIos = compareVersions(entry.checkedForIos, currentIos) < 0;
      const changedLabels = entry.labelChanges
        .filter((change) => compareVersions(change.version, entry.checkedForIos) > 0)
        .sort((a, b) => compareVersions(a.version, b.version));
      return {
        ...entry,
        due,
        daysLeft: Math.round((due.getTime() - start) / DAY_MS),
        olderIos,
        changedLabels,
        why: [
          ...(olderIos ? [`checked for iOS ${entry.checkedForIos} < ${currentIos}`] : []),
          ...(changedLabels.length > 0 ? [describeChanges(changedLabels)] : []),
        ],
      };
    })
    .sort((a, b) => rank(a) - rank(b) || a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

function status(daysLeft: number): string {
  if (daysLeft < 0) return `OVERDUE by ${-daysLeft} d`;
  if (daysLeft === 0) return 'due today';
  return `due in ${daysLeft} d`;
}

/** The schedule as a plain-text table with a heading line and a summary line. */
export function formatReviewReport(rows: readonly ReviewRow[], today: Date, currentIos: string): string {
  const header = ['status', 'due', 'last review', 'iOS', 'kind', 'file', 'listed first because'];
  const body = rows.map((row) => [
    status(row.daysLeft),
    isoDate(row.due),
    isoDate(row.lastReviewed),
    row.checkedForIos,
    row.kind,
    row.file,
    row.why.join('; '),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const overdue = rows.filter((row) => row.daysLeft < 0).length;
  const older = rows.filter((row) => row.olderIos).length;
  const changed = rows.filter((row) => row.changedLabels.length > 0).length;
  return [
    `Content review, ${isoDate(today)}, current iOS ${currentIos}: each page is due ${REVIEW_INTERVAL_MONTHS} months after its last check against its sources.`,
    `Listed first: the pages that use a Settings label changed since the iOS they were checked for, then those checked for an iOS older than ${currentIos}.`,
    '',
    line(header),
    ...body.map(line),
    '',
    `${rows.length} page(s), ${overdue} overdue, ${older} checked for an iOS older than ${currentIos}, ${changed} using a label changed since their check.`,
  ].join('\n');
}
