import { describe, expect, test } from 'vitest';
import { wordsFromPath, sameSectionFirst, sectionOf } from './not-found';

describe('wordsFromPath', () => {
  test('turns a mistyped article URL into its words', () => {
    expect(wordsFromPath('/fixes/icloud-storge/')).toBe('icloud storge');
  });

  test('drops structural segments and file extensions', () => {
    expect(wordsFromPath('/kb/reset_all_settings.html')).toBe('reset all settings');
  });

  test('decodes escapes and survives malformed ones', () => {
    expect(wordsFromPath('/fixes/sign%20out/')).toBe('sign out');
    expect(wordsFromPath('/fixes/100%-full/')).toBe('100 full');
  });

  test('is empty for a path with no words', () => {
    expect(wordsFromPath('/fixes/')).toBe('');
  });
});

test('sectionOf takes the first folder of an address below it', () => {
  expect(sectionOf('/fixes/icloud-storge/')).toBe('/fixes/');
  expect(sectionOf('/fixes/')).toBe('');
  expect(sectionOf('/icloud-storge')).toBe('');
  expect(sectionOf('/')).toBe('');
});

test('sameSectionFirst keeps the order within each group', () => {
  const hits = [{ url: '/errors/a/?highlight=x' }, { url: '/fixes/b/?highlight=x' }, { url: '/errors/c/' }, { url: '/fixes/d/#s' }];
  expect(sameSectionFirst(hits, '/fixes/').map((h) => h.url)).toEqual([
    '/fixes/b/?highlight=x',
    '/fixes/d/#s',
    '/errors/a/?highlight=x',
    '/errors/c/',
  ]);
  expect(sameSectionFirst(hits, '')).toEqual(hits);
});
