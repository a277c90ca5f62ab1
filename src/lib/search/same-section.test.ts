import { expect, test } from 'vitest';
import { sameSectionFirst, sectionOf } from './same-section';

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
