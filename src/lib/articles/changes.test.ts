import { describe, expect, test } from 'vitest';
import { findChangeDateProblems, newestFirst } from './changes';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('findChangeDateProblems', () => {
  const reviewed = day('2026-11-25');
  const today = day('2026-12-01');
  /** The problems of changes on these days, reviewed on 2026-11-25. */
  const problemsOf = (...days: string[]) =>
    findChangeDateProblems(
      days.map((iso, i) => ({ date: day(iso), summary: `change ${i}` })),
      reviewed,
      today,
    );

  test('changes on or before lastReviewed are fine', () => {
    expect(problemsOf('2026-11-25', '2026-01-02')).toEqual([]);
  });

  test('a change after lastReviewed is named by its index', () => {
    expect(problemsOf('2026-11-01', '2026-11-30')).toEqual([
      { index: 1, message: expect.stringContaining('2026-11-30, after lastReviewed (2026-11-25)') as string },
    ]);
  });

  test('a change in the future is named as such, even when lastReviewed is later still', () => {
    expect(findChangeDateProblems([{ date: day('2027-01-01'), summary: 'a' }], day('2027-02-01'), today)).toEqual([
      { index: 0, message: expect.stringContaining('in the future') as string },
    ]);
  });
});

describe('newestFirst', () => {
  test('sorts by date, newest first, without changing the input', () => {
    const changes = [
      { date: day('2026-01-01'), summary: 'old' },
      { date: day('2026-06-01'), summary: 'new' },
    ];
    expect(newestFirst(changes).map((c) => c.summary)).toEqual(['new', 'old']);
    expect(changes[0]?.summary).toBe('old');
  });
});
