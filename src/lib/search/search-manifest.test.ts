import { describe, expect, test } from 'vitest';
import {
  chunksFor,
  chunkWord,
  indexChunkSize,
  languageManifest,
  MAX_PREVIEW_BYTES,
  pagePreview,
  preloadWords,
  type IndexChunk,
  type PagePreview,
} from './search-manifest';

describe('pagePreview', () => {
  test('gives the address, title and ID of a page', () => {
    expect(pagePreview({ url: '/fixes/a/', meta: { title: ' Quick checks ', kbId: 'icb-101' } })).toEqual([
      '/fixes/a/',
      'Quick checks',
      'icb-101',
    ]);
    expect(pagePreview({ url: '/errors/b/', meta: { title: 'An alert' } })).toEqual(['/errors/b/', 'An alert']);
    expect(pagePreview({ url: '/c/', meta: {} })).toEqual(['/c/', '/c/']);
  });
});

describe('languageManifest', () => {
  const index = {
    metaHash: 'en_123',
    pages: ['en_aaa', 'en_bbb'],
    chunks: [
      ['10', 'cant', 'en_c1'],
      ['cap', 'zzz', 'en_c2'],
    ] as IndexChunk[],
  };
  const previews = new Map<string, PagePreview>([
    ['en_aaa', ['/fixes/a/', 'A', 'icb-101']],
    ['en_bbb', ['/errors/b/', 'B']],
  ]);

  test('names the metadata, lists the chunks, and gives every page’s preview', () => {
    expect(languageManifest(index, previews)).toEqual({
      meta: 'en_123',
      chunks: index.chunks,
      pages: { en_aaa: ['/fixes/a/', 'A', 'icb-101'], en_bbb: ['/errors/b/', 'B'] },
    });
  });

  test('leaves the previews out when a page has none, or when they would be too big', () => {
    expect(languageManifest(index, new Map([...previews].slice(0, 1))).pages).toBeUndefined();
    const long = new Map([...previews].map(([hash, [url]]) => [hash, [url, 'x'.repeat(MAX_PREVIEW_BYTES)] as PagePreview]));
    expect(languageManifest(index, long).pages).toBeUndefined();
  });
});

describe('preloadWords', () => {
  test('keeps the words of three letters or more that are not filler', () => {
    expect(preloadWords('Why is my iCloud storage full?', ['why', 'is', 'my'])).toEqual(['icloud', 'storage', 'full']);
    expect(preloadWords('', [])).toEqual([]);
  });
});

describe('chunksFor', () => {
  const hashes = (words: string[], chunks: IndexChunk[]) => chunksFor(words, chunks).map(([, , hash]) => hash);
  const chunks: IndexChunk[] = [
    ['10', 'backup', 'c1'],
    ['bar', 'icloud', 'c2'],
    ['id', 'stop', 'c3'],
    ['storag', 'zone', 'c4'],
  ];

  test('finds the chunk that holds a word’s stem', () => {
    expect(hashes(['icloud'], chunks)).toEqual(['c2']);
    // "storage" is indexed as "storag"; "sto…" also meets the chunk ending in "stop".
    expect(hashes(['storage'], chunks)).toEqual(['c3', 'c4']);
    expect(hashes(['wifi'], chunks)).toEqual(['c4']);
  });

  test('reads a chunk’s bounds as prefixes: "ge" to "ic" holds "icloud"', () => {
    const pagefindBounds: IndexChunk[] = [
      ['ge', 'ic', 'c1'],
      ['id', 'ip', 'c2'],
      ['is', 'stora', 'c3'],
    ];
    expect(hashes(['icloud'], pagefindBounds)).toEqual(['c1']);
    expect(hashes(['iphone'], pagefindBounds)).toEqual(['c2']);
    expect(hashes(['storage'], pagefindBounds)).toEqual(['c3']);
  });

  test('gives each chunk once, and none for no words', () => {
    expect(hashes(['back', 'backup', 'battery'], chunks)).toEqual(['c1', 'c2']);
    expect(hashes([], chunks)).toEqual([]);
    expect(hashes([''], chunks)).toEqual([]);
  });
});

describe('chunkWord', () => {
  test('names a chunk by a bound that Pagefind reads as it is', () => {
    expect(chunkWord(['her', 'ic', 'c1'])).toBe('ic');
    expect(chunkWord(['doesn’', 'everyon', 'c2'])).toBe('everyon');
    expect(chunkWord(['every', 'can’', 'c3'])).toBe('every');
    expect(chunkWord(['“i', '”', 'c4'])).toBeUndefined();
  });
});

describe('indexChunkSize', () => {
  test('grows with the square root of the site, within Pagefind’s bounds', () => {
    expect(indexChunkSize(70)).toBe(335);
    expect(indexChunkSize(2018)).toBe(1797);
    expect(indexChunkSize(4000)).toBeGreaterThan(indexChunkSize(1000));
    expect(indexChunkSize(0)).toBe(200);
    expect(indexChunkSize(1_000_000)).toBe(20_000);
  });
});
