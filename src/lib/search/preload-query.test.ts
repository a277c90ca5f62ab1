import { expect, test } from 'vitest';
import { preloadableQuery } from './preload-query';

test.each([
  ['n', ''],
  ['no', ''],
  ['not', 'not'],
  ['not e', 'not'],
  ['not en', 'not'],
  ['not eno', 'not eno'],
  ['not ', 'not'],
  ['apple id ', 'apple id'],
  ['  ', ''],
])('%j → %j', (typed, preloaded) => {
  expect(preloadableQuery(typed)).toBe(preloaded);
});
