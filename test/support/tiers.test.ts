import { describe, expect, test } from 'vitest';
import { byTier, coveringSample, FULL_TAG, tagsFor } from './tiers';

const pages = [
  { path: '/', has: ['h1', 'p'] },
  { path: '/fixes/a/', has: ['h1', 'p', 'ol'] },
  { path: '/fixes/b/', has: ['h1', 'ol'] },
  { path: '/fixes/c/', has: ['h1', 'ol', 'table'] },
  { path: '/errors/x/', has: ['h1', 'blockquote'] },
  { path: '/errors/y/', has: ['blockquote'] },
];

describe('coveringSample', () => {
  test('picks, in order, each item that brings something no earlier pick has', () => {
    expect(coveringSample(pages, (p) => p.has).map((p) => p.path)).toEqual(['/', '/fixes/a/', '/fixes/c/', '/errors/x/']);
  });

  test('a new kind of element pulls its first page in', () => {
    const withDialog = [...pages, { path: '/search/', has: ['h1', 'dialog'] }, { path: '/search/2/', has: ['dialog'] }];
    expect(coveringSample(withDialog, (p) => p.has).map((p) => p.path)).toContain('/search/');
    expect(coveringSample(withDialog, (p) => p.has).map((p) => p.path)).not.toContain('/search/2/');
  });

  test('the first item is picked even with no signatures; an empty list gives an empty sample', () => {
    expect(coveringSample(['a', 'b'], () => [])).toEqual(['a']);
    expect(coveringSample([], () => ['x'])).toEqual([]);
  });
});

describe('tiers', () => {
  test('an item in the sample runs in the gate; any other only in the full tier', () => {
    expect(tagsFor('a', ['a'])).toEqual({ tag: [] });
    expect(tagsFor('b', ['a'])).toEqual({ tag: [FULL_TAG] });
  });

  test('byTier splits the items into the sample and the rest, and leaves out an empty rest', () => {
    expect(byTier(['a', 'b', 'c'], ['a', 'c'])).toEqual([
      { label: 'a covering sample', tag: [], items: ['a', 'c'] },
      { label: 'the rest', tag: [FULL_TAG], items: ['b'] },
    ]);
    expect(byTier(['a'], ['a'])).toEqual([{ label: 'a covering sample', tag: [], items: ['a'] }]);
  });
});
