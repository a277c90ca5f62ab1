import { expect, test } from 'vitest';
import { mergeAnyWord } from './any-words';

test('pages matching more words come first, then the higher summed score', () => {
  const icloud = [
    { id: 'a', score: 1 },
    { id: 'b', score: 5 },
    { id: 'c', score: 2 },
  ];
  const storage = [
    { id: 'c', score: 4 },
    { id: 'd', score: 9 },
  ];
  expect(mergeAnyWord([icloud, storage]).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
});

test('is empty for no lists', () => {
  expect(mergeAnyWord([])).toEqual([]);
});
