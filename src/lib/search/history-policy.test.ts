import { expect, test } from 'vitest';
import { createHistoryPolicy } from './history-policy';

test('typing pushes one entry, then replaces it; a pause ends it', () => {
  const policy = createHistoryPolicy('?q=storage');
  expect(policy.typed('?q=r')).toBe('push');
  expect(policy.typed('?q=re')).toBe('replace');
  expect(policy.typed('?q=reset')).toBe('replace');
  expect(policy.settled('?q=reset')).toBe('none');
  expect(policy.typed('?q=reset+all')).toBe('push');
});

test('nothing is written when the URL would not change', () => {
  const policy = createHistoryPolicy('?q=a');
  expect(policy.typed('?q=a')).toBe('none');
  expect(policy.settled('?q=a')).toBe('none');
});

test('a settled change while not typing (Enter, a filter) pushes', () => {
  const policy = createHistoryPolicy('?q=backup');
  expect(policy.settled('?q=backup&risk=No+risk')).toBe('push');
  expect(policy.settled('?q=backup')).toBe('push');
});

test('Enter while typing keeps the entry typing made', () => {
  const policy = createHistoryPolicy('');
  expect(policy.typed('?q=st')).toBe('push');
  expect(policy.settled('?q=storage')).toBe('replace');
  expect(policy.typed('?q=storage+f')).toBe('push');
});

test('after Back, typing starts a new entry', () => {
  const policy = createHistoryPolicy('?q=a');
  policy.typed('?q=ab');
  policy.restored('?q=a');
  expect(policy.typed('?q=ac')).toBe('push');
});
