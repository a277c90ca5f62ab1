import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import {
  addMonths,
  formatReviewReport,
  labelChangesOf,
  reviewEntryOf,
  reviewSchedule,
  settingsEntriesUsed,
  type LabelChange,
  type ReviewEntry,
} from './review';
import { createVocabulary, loadVocabularyFile, type SettingsEntry } from '#lib/settings/settings-vocabulary.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (
  file: string,
  lastReviewed: string,
  {
    kind = 'article',
    checkedForIos = '26',
    labelChanges = [],
  }: { kind?: ReviewEntry['kind']; checkedForIos?: string; labelChanges?: LabelChange[] } = {},
): ReviewEntry => ({ kind, file, lastReviewed: day(lastReviewed), checkedForIos, labelChanges });

/** A vocabulary whose "Backups" became "Device Backups" in iOS 27, for a release the real one does not record yet. */
const source = { title: 'A test source' };
const label = (text: string, span: { from?: string; before?: string } = {}) => ({ text, ...span, source, confidence: 'apple' as const });
const ENTRIES: SettingsEntry[] = [
  { id: 'settings', kind: 'screen', placeholder: false, labels: [label('Settings')] },
  { id: 'general', parent: 'settings', kind: 'screen', placeholder: false, labels: [label('General')] },
  {
    id: 'backups',
    parent: 'general',
    kind: 'button',
    placeholder: false,
    labels: [label('Backups', { before: '27' }), label('Device Backups', { from: '27' })],
  },
  {
    id: 'account',
    parent: 'settings',
    kind: 'screen',
    placeholder: true,
    labels: [label('[your name]')],
    subtitle: [label('Apple ID', { before: '18' }), label('Apple Account', { from: '18' })],
  },
];
const words = createVocabulary(ENTRIES);

describe('addMonths', () => {
  test('keeps the day of the month', () => {
    expect(addMonths(day('2026-12-01'), 6).toISOString().slice(0, 10)).toBe('2027-06-01');
  });

  test('ends on the last day of a shorter month', () => {
    expect(addMonths(day('2026-08-31'), 6).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonths(day('2027-08-31'), 6).toISOString().slice(0, 10)).toBe('2028-02-29');
  });
});

describe('labelChangesOf and settingsEntriesUsed', () => {
  test("every label's and subtitle's from and before is a change", () => {
    expect(labelChangesOf(ENTRIES.slice(1))).toEqual([
      { text: 'Backups', version: '27' },
      { text: 'Device Backups', version: '27' },
      { text: 'Apple ID', version: '18' },
      { text: 'Apple Account', version: '18' },
    ]);
  });

  test('a page uses every step of its paths and every control it names, each once', () => {
    const real = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..', '..'));
    const body = '1. Open **Settings > [your name] > iCloud**.\n2. Tap **Manage Storage**.\n3. Open **Settings > [your name]** again.\n';
    const used = settingsEntriesUsed(body, real, COVERED_IOS, 'content/fixes/x.mdx').map((used) => used.id);
    expect(used).toEqual(['settings', 'account', 'icloud', 'manage-storage']);
  });
});

describe('reviewEntryOf', () => {
  const file = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

  test('reads the review fields and the label changes of what the body names', () => {
    const text = file(
      'title: "X"\nappliesTo:\n  from: "17"\nlastReviewed: 2026-12-01\ncheckedForIos: "26"',
      '1. Open **Settings > General** and tap **Device Backups**.',
    );
    expect(reviewEntryOf('article', 'content/fixes/x.mdx', text, words, COVERED_IOS)).toEqual({
      kind: 'article',
      file: 'content/fixes/x.mdx',
      lastReviewed: day('2026-12-01'),
      checkedForIos: '26',
      labelChanges: [
        { text: 'Backups', version: '27' },
        { text: 'Device Backups', version: '27' },
      ],
    });
  });

  test("resolves an article's paths on its appliesTo, an alert's on the covered versions", () => {
    const fields = 'appliesTo:\n  from: "17"\n  to: "26"\nlastReviewed: 2026-12-01\ncheckedForIos: "26"';
    const text = file(fields, 'Open **Settings > General** and tap **Backups**.');
    expect(reviewEntryOf('article', 'content/fixes/x.mdx', text, words, COVERED_IOS).labelChanges).toHaveLength(2);
    // On iOS 27 and later the control is "Device Backups": the alert's text would not build.
    expect(() => reviewEntryOf('alert', 'content/alerts/x.md', text, words, COVERED_IOS)).toThrow(/^content\/alerts\/x\.md: /);
  });

  test('a missing review field names the file', () => {
    expect(() => reviewEntryOf('alert', 'content/alerts/x.md', file('checkedForIos: "26"', ''), words, COVERED_IOS)).toThrow(
      'content/alerts/x.md: lastReviewed must be a date',
    );
    expect(() => reviewEntryOf('alert', 'content/alerts/x.md', file('lastReviewed: 2026-12-01', ''), words, COVERED_IOS)).toThrow(
      'content/alerts/x.md: checkedForIos must be an iOS version',
    );
  });
});

describe('reviewSchedule', () => {
  const today = day('2026-12-01');

  test('is due six months after the last review', () => {
    const [row] = reviewSchedule([entry('content/fixes/a.mdx', '2026-12-01')], today, '26');
    expect(row?.due.toISOString().slice(0, 10)).toBe('2027-06-01');
    expect(row?.daysLeft).toBe(182);
  });

  test('puts overdue pages first, the most overdue at the top, then the soonest due', () => {
    const rows = reviewSchedule(
      [
        entry('content/fixes/fresh.mdx', '2026-11-25'),
        entry('content/alerts/old.md', '2026-01-10', { kind: 'alert' }),
        entry('content/fixes/older.mdx', '2025-12-01'),
        entry('content/fixes/soon.mdx', '2026-06-15'),
      ],
      today,
      '26',
    );
    expect(rows.map((row) => row.file)).toEqual([
      'content/fixes/older.mdx',
      'content/alerts/old.md',
      'content/fixes/soon.mdx',
      'content/fixes/fresh.mdx',
    ]);
    expect(rows[0]?.daysLeft).toBeLessThan(0);
    expect(rows[2]?.daysLeft).toBeGreaterThanOrEqual(0);
  });

  test('orders ties by file', () => {
    const rows = reviewSchedule([entry('b.mdx', '2026-12-01'), entry('a.mdx', '2026-12-01')], today, '26');
    expect(rows.map((row) => row.file)).toEqual(['a.mdx', 'b.mdx']);
  });

  test('lists first the pages that use a changed label, then those checked for an older iOS, then the rest by due date', () => {
    const renamed = [{ text: 'Device Backups', version: '27' }];
    const rows = reviewSchedule(
      [
        entry('overdue-current.mdx', '2025-01-01', { checkedForIos: '27' }),
        entry('older-soon.mdx', '2026-06-15'),
        entry('older-fresh.mdx', '2026-11-25'),
        entry('renamed-fresh.mdx', '2026-11-25', { labelChanges: renamed }),
        entry('renamed-soon.mdx', '2026-06-15', { labelChanges: renamed }),
        // A change the page was checked for does not count: iOS 26 already had Apple Account.
        entry('old-change.mdx', '2026-11-20', { labelChanges: [{ text: 'Apple Account', version: '18' }] }),
        entry('current.mdx', '2026-11-25', { checkedForIos: '27' }),
      ],
      today,
      '27',
    );
    expect(rows.map((row) => [row.file, row.why.join('; ')])).toEqual([
      ['renamed-soon.mdx', 'checked for iOS 26 < 27; uses a label changed in iOS 27 (Device Backups)'],
      ['renamed-fresh.mdx', 'checked for iOS 26 < 27; uses a label changed in iOS 27 (Device Backups)'],
      ['older-soon.mdx', 'checked for iOS 26 < 27'],
      ['old-change.mdx', 'checked for iOS 26 < 27'],
      ['older-fresh.mdx', 'checked for iOS 26 < 27'],
      ['overdue-current.mdx', ''],
      ['current.mdx', ''],
    ]);
  });

  test('a label changed in a point release after the check comes first, even on a page checked for the current iOS', () => {
    const rows = reviewSchedule(
      [
        entry('older.mdx', '2026-06-15'),
        entry('point.mdx', '2026-11-25', { checkedForIos: '27', labelChanges: [{ text: 'Backups', version: '27.1' }] }),
      ],
      today,
      '27',
    );
    expect(rows.map((row) => [row.file, row.why])).toEqual([
      ['point.mdx', ['uses a label changed in iOS 27.1 (Backups)']],
      ['older.mdx', ['checked for iOS 26 < 27']],
    ]);
  });

  test('names every changed label, by version', () => {
    const [row] = reviewSchedule(
      [
        entry('a.mdx', '2026-11-25', {
          checkedForIos: '26',
          labelChanges: [
            { text: 'Device Backups', version: '27' },
            { text: 'Backups', version: '27' },
            { text: 'Apple Account', version: '26.2' },
          ],
        }),
      ],
      today,
      '26',
    );
    expect(row?.why).toEqual(['uses labels changed in iOS 26.2 (Apple Account), 27 (Device Backups, Backups)']);
  });
});

describe('formatReviewReport', () => {
  test('prints one line per page with its status, due date, last review, iOS version, file and why it is early', () => {
    const today = day('2026-12-01');
    const report = formatReviewReport(
      reviewSchedule(
        [
          entry('content/fixes/a.mdx', '2026-12-01', { checkedForIos: '27' }),
          entry('content/alerts/b.md', '2026-05-01', { kind: 'alert', checkedForIos: '27' }),
          entry('content/fixes/c.mdx', '2026-11-01', { labelChanges: [{ text: 'Device Backups', version: '27' }] }),
        ],
        today,
        '27',
      ),
      today,
      '27',
    );
    const lines = report.split('\n');
    expect(lines[0]).toContain('2026-12-01');
    expect(lines[0]).toContain('6 months');
    expect(lines[0]).toContain('current iOS 27');
    expect(report).toMatch(
      /due in 151 d\s+2027-05-01\s+2026-11-01\s+26\s+article\s+content\/fixes\/c\.mdx\s+checked for iOS 26 < 27; uses a label changed in iOS 27 \(Device Backups\)\n/,
    );
    expect(report).toMatch(/OVERDUE by 30 d\s+2026-11-01\s+2026-05-01\s+27\s+alert\s+content\/alerts\/b\.md\n/);
    expect(report).toMatch(/due in 182 d\s+2027-06-01\s+2026-12-01\s+27\s+article\s+content\/fixes\/a\.mdx\n/);
    expect(lines.at(-1)).toBe('3 page(s), 1 overdue, 1 checked for an iOS older than 27, 1 using a label changed since their check.');
    // The early page first, then overdue before due.
    expect(report.indexOf('c.mdx')).toBeLessThan(report.indexOf('OVERDUE'));
    expect(report.indexOf('OVERDUE')).toBeLessThan(report.indexOf('due in 182'));
  });
});
