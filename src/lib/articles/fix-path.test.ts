import { describe, expect, test } from 'vitest';
import { byPathOrder, nextOnPath, onPath } from './fix-path';

const fix = (id: string, order: number | undefined) => ({ id, data: { order } });

const quickChecks = fix('quick-checks', 1);
const storage = fix('check-icloud-storage', 2);
const update = fix('update-ios', 3);
const support = fix('contact-apple-support', 7);
/** The safety net: an article with no order, not a step on the path. */
const safetyNet = fix('back-up-with-a-computer', undefined);

describe('onPath', () => {
  test('keeps only the articles with an order, sorted by it', () => {
    expect(onPath([support, safetyNet, quickChecks]).map((entry) => entry.id)).toEqual(['quick-checks', 'contact-apple-support']);
  });

  test('does not mutate the input array', () => {
    const input = [support, safetyNet, quickChecks];
    onPath(input);
    expect(input).toEqual([support, safetyNet, quickChecks]);
  });
});

describe('byPathOrder', () => {
  test('sorts entries by data.order, lowest first', () => {
    const sorted = byPathOrder([support, quickChecks, update, storage]);
    expect(sorted.map((entry) => entry.id)).toEqual(['quick-checks', 'check-icloud-storage', 'update-ios', 'contact-apple-support']);
  });

  test('sorts numerically, not as strings', () => {
    const sorted = byPathOrder([fix('tenth', 10), fix('second', 2), fix('first', 1)]);
    expect(sorted.map((entry) => entry.id)).toEqual(['first', 'second', 'tenth']);
  });

  test('does not mutate the input array', () => {
    const input = [update, quickChecks, storage];
    byPathOrder(input);
    expect(input).toEqual([update, quickChecks, storage]);
  });

  test('returns a new array with the same entry objects', () => {
    const input = [storage, quickChecks];
    const sorted = byPathOrder(input);
    expect(sorted).not.toBe(input);
    expect(sorted[0]).toBe(quickChecks);
    expect(sorted[1]).toBe(storage);
  });

  test('returns an empty array for no entries', () => {
    expect(byPathOrder([])).toEqual([]);
  });

  test('puts articles off the path after the path, by id', () => {
    const other = fix('another-safety-net', undefined);
    const sorted = byPathOrder([safetyNet, support, other, quickChecks]);
    expect(sorted.map((entry) => entry.id)).toEqual([
      'quick-checks',
      'contact-apple-support',
      'another-safety-net',
      'back-up-with-a-computer',
    ]);
  });
});

describe('nextOnPath', () => {
  test('returns the entry with the next higher order', () => {
    expect(nextOnPath([quickChecks, storage, update], 'quick-checks')).toBe(storage);
    expect(nextOnPath([quickChecks, storage, update], 'check-icloud-storage')).toBe(update);
  });

  test('follows path order when the input is unordered', () => {
    const unordered = [support, update, quickChecks, storage];
    expect(nextOnPath(unordered, 'quick-checks')).toBe(storage);
    expect(nextOnPath(unordered, 'update-ios')).toBe(support);
  });

  test('skips gaps in the order numbers', () => {
    expect(nextOnPath([update, support], 'update-ios')).toBe(support);
  });

  test('skips articles off the path', () => {
    expect(nextOnPath([quickChecks, safetyNet, storage], 'quick-checks')).toBe(storage);
  });

  test('returns undefined for an article off the path', () => {
    expect(nextOnPath([quickChecks, safetyNet, storage], 'back-up-with-a-computer')).toBeUndefined();
  });

  test('returns undefined for the last entry on the path', () => {
    expect(nextOnPath([support, quickChecks, update], 'contact-apple-support')).toBeUndefined();
  });

  test('throws for an id that is not on the path, naming the id', () => {
    expect(() => nextOnPath([quickChecks, storage], 'no-such-fix')).toThrow('No article "no-such-fix" on the troubleshooting path.');
  });

  test('does not mutate the input array', () => {
    const input = [update, quickChecks, storage];
    nextOnPath(input, 'quick-checks');
    expect(input).toEqual([update, quickChecks, storage]);
  });
});
