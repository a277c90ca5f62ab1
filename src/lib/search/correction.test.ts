import { expect, test } from 'vitest';
import { changedWords, chooseCorrection, typedResultCount, wantsCorrection } from './correction';

test('asks the speller when a query finds fewer than two results, unless verbatim', () => {
  expect(wantsCorrection(0, false)).toBe(true);
  expect(wantsCorrection(1, false)).toBe(true);
  expect(wantsCorrection(2, false)).toBe(false);
  expect(wantsCorrection(0, true)).toBe(false);
});

test.each([
  [0, 3, { showCorrected: true, suggest: true }],
  [1, 2, { showCorrected: true, suggest: true }],
  [1, 1, { showCorrected: false, suggest: true }],
  [1, 0, { showCorrected: false, suggest: false }],
  [0, 0, { showCorrected: false, suggest: false }],
])('typed %i results, corrected %i', (typed, corrected, choice) => {
  expect(chooseCorrection(typed, corrected)).toEqual(choice);
});

test('changedWords lists the typed words the speller replaced', () => {
  expect(changedWords(['icloud', 'storge', 'ful'], ['icloud', 'storage', 'full'])).toEqual(['storge', 'ful']);
  expect(changedWords(['icloud'], ['icloud'])).toEqual([]);
});

test('typedResultCount is nothing when Pagefind left out a word it does not know', () => {
  expect(typedResultCount(13, 1)).toBe(0);
  expect(typedResultCount(13, 0)).toBe(13);
});
