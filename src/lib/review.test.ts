import { describe, expect, test } from 'vitest';
import { addMonths, formatReviewReport, reviewSchedule, type ReviewEntry } from './review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (file: string, lastReviewed: string, kind: ReviewEntry['kind'] = 'article'): ReviewEntry => ({
  kind,
  file,
  lastReviewed: day(lastReviewed),
  checkedForIos: '26',
});

describe('addMonths', () => {
  test('keeps the day of the month', () => {
    expect(addMonths(day('2026-12-01'), 6).toISOString().slice(0, 10)).toBe('2027-06-01');
  });

  test('ends on the last day of a shorter month', () => {
    expect(addMonths(day('2026-08-31'), 6).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonths(day('2027-08-31'), 6).toISOString().slice(0, 10)).toBe('2028-02-29');
  });
});

describe('reviewSchedule', () => {
  const today = day('2026-12-01');

  test('is due six months after the last review', () => {
    const [row] = reviewSchedule([entry('content/fixes/a.mdx', '2026-12-01')], today);
    expect(row?.due.toISOString().slice(0, 10)).toBe('2027-06-01');
    expect(row?.daysLeft).toBe(182);
  });

  test('puts overdue pages first, the most overdue at the top, then the soonest due', () => {
    const rows = reviewSchedule(
      [
        entry('content/fixes/fresh.mdx', '2026-11-25'),
        entry('content/errors/old.md', '2026-01-10', 'alert'),
        entry('content/fixes/older.mdx', '2025-12-01'),
        entry('content/fixes/soon.mdx', '2026-06-15'),
      ],
      today,
    );
    expect(rows.map((row) => row.file)).toEqual([
      'content/fixes/older.mdx',
      'content/errors/old.md',
      'content/fixes/soon.mdx',
      'content/fixes/fresh.mdx',
    ]);
    expect(rows[0]?.daysLeft).toBeLessThan(0);
    expect(rows[2]?.daysLeft).toBeGreaterThanOrEqual(0);
  });

  test('orders ties by file', () => {
    const rows = reviewSchedule([entry('b.mdx', '2026-12-01'), entry('a.mdx', '2026-12-01')], today);
    expect(rows.map((row) => row.file)).toEqual(['a.mdx', 'b.mdx']);
  });
});

describe('formatReviewReport', () => {
  test('prints one line per page with its status, due date, last review, iOS version and file', () => {
    const today = day('2026-12-01');
    const report = formatReviewReport(
      reviewSchedule([entry('content/fixes/a.mdx', '2026-12-01'), entry('content/errors/b.md', '2026-05-01', 'alert')], today),
      today,
    );
    const lines = report.split('\n');
    expect(lines[0]).toContain('2026-12-01');
    expect(lines[0]).toContain('6 months');
    expect(report).toMatch(/OVERDUE by 30 d\s+2026-11-01\s+2026-05-01\s+26\s+alert\s+content\/errors\/b\.md/);
    expect(report).toMatch(/due in 182 d\s+2027-06-01\s+2026-12-01\s+26\s+article\s+content\/fixes\/a\.mdx/);
    expect(lines.at(-1)).toBe('2 page(s), 1 overdue.');
    // Overdue first.
    expect(report.indexOf('OVERDUE')).toBeLessThan(report.indexOf('due in'));
  });
});
