import { expect, test } from 'vitest';
import { countText } from './messages';

test.each([
  [0, 0, 'No results for “x”. Try other words, or fewer.'],
  [1, 1, '1 result for “x”.'],
  [3, 3, '3 results for “x”.'],
  [12, 6, '12 results for “x”; the best 6 are shown.'],
])('%i results, %i shown', (total, shown, text) => {
  expect(countText(total, 'x', shown)).toBe(text);
});
