/**
 * An article's `changes`: dated one-line notes of what changed, shown as
 * "What changed" at its foot and in the feed, so agents can keep their macros
 * current. A change is part of a review, so it is dated no later than
 * `lastReviewed`, and never in the future.
 */
import { isoDate } from '#lib/format.ts';

export interface Change {
  date: Date;
  summary: string;
}

/** One message per change dated after `lastReviewed` or after `today`, naming its index. */
export function findChangeDateProblems(changes: readonly Change[], lastReviewed: Date, today: Date): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  changes.forEach(({ date }, index) => {
    if (date.getTime() > today.getTime()) {
      problems.push({
        index,
        message: `is ${isoDate(date)}, in the future (today is ${isoDate(today)}): date a change on the day it was made`,
      });
    } else if (date.getTime() > lastReviewed.getTime()) {
      problems.push({
        index,
        message: `is ${isoDate(date)}, after lastReviewed (${isoDate(lastReviewed)}): a change is part of a review, so set lastReviewed to the day of the change or later`,
      });
    }
  });
  return problems;
}

/** Newest first; changes of the same day keep their written order. */
export function newestFirst<C extends Change>(changes: readonly C[]): C[] {
  return [...changes].sort((a, b) => b.date.getTime() - a.date.getTime());
}
