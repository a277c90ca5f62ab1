import { describe, expect, test } from 'vitest';
import {
  chunksFor,
  chunkWord,
  decodeCbor,
  indexChunkSize,
  languageManifest,
  MAX_PREVIEW_BYTES,
  preloadWords,
  readFragment,
  readPagefindMeta,
  withoutSignature,
  type IndexChunk,
  type PagePreview,
} from './pagefind-files';

/** A small CBOR encoder for the tests: integers, strings, arrays, maps, booleans and null. */
function cbor(value: unknown): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  };
  const write = (v: unknown): void => {
    if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else if (v === null) out.push(0xf6);
    else if (typeof v === 'number') head(v < 0 ? 1 : 0, v < 0 ? -1 - v : v);
    else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      out.push(...bytes);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(write);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      head(5, entries.length);
      for (const [key, item] of entries) {
        write(key);
        write(item);
      }
    }
  };
  write(value);
  return Uint8Array.from(out);
}

describe('decodeCbor', () => {
  test.each([
    [0],
    [23],
    [24],
    [500],
    [70_000],
    [-1],
    [-300],
    ['“curly” é'],
    [''],
    [[1, [2, 'x'], []]],
    [{ a: 1, b: ['c'] }],
    [true],
    [false],
    [null],
  ])('%j round-trips', (value) => {
    expect(decodeCbor(cbor(value))).toEqual(value);
  });

  test('reads indefinite-length arrays and byte strings', () => {
    expect(decodeCbor(Uint8Array.from([0x9f, 0x01, 0x02, 0xff]))).toEqual([1, 2]);
    expect(decodeCbor(Uint8Array.from([0x42, 0x0a, 0x0b]))).toEqual(Uint8Array.from([0x0a, 0x0b]));
  });

  test('fails on what Pagefind never writes, and on cut-off data', () => {
    expect(() => decodeCbor(Uint8Array.from([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/unsupported/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/end of data/);
  });
});

const META = [
  '1.6.0',
  [
    ['en_aaa', 581, ''],
    ['en_bbb', 120, ''],
  ],
  [
    ['10', 'cant', 'en_c1'],
    ['cap', 'zzz', 'en_c2'],
  ],
  [],
  [],
  ['title'],
];

describe('Pagefind files', () => {
  test('withoutSignature drops the "pagefind_dcd" signature, and refuses other data', () => {
    const data = new TextEncoder().encode('pagefind_dcd{}');
    expect(new TextDecoder().decode(withoutSignature(data))).toBe('{}');
    expect(() => withoutSignature(new TextEncoder().encode('{}'))).toThrow(/not a Pagefind file/);
  });

  test('readPagefindMeta gives the page hashes and the chunk ranges', () => {
    expect(readPagefindMeta(cbor(META))).toEqual({
      pages: ['en_aaa', 'en_bbb'],
      chunks: [
        ['10', 'cant', 'en_c1'],
        ['cap', 'zzz', 'en_c2'],
      ],
    });
  });

  test('readPagefindMeta names what it cannot read', () => {
    expect(() => readPagefindMeta(cbor(['1.6.0', 'pages']))).toThrow(/pages is not a list/);
    expect(() => readPagefindMeta(cbor(['1.6.0', [], [['a', 1, 'h']]]))).toThrow(/index chunk/);
  });

  test('readFragment gives the address, title and ID of a page', () => {
    const fragment = (value: object) => new TextEncoder().encode(JSON.stringify(value));
    expect(readFragment(fragment({ url: '/fixes/a/', meta: { title: ' Quick checks ', kbId: 'icb-101' } }))).toEqual([
      '/fixes/a/',
      'Quick checks',
      'icb-101',
    ]);
    expect(readFragment(fragment({ url: '/errors/b/', meta: { title: 'An alert' } }))).toEqual(['/errors/b/', 'An alert']);
    expect(() => readFragment(fragment({ meta: {} }))).toThrow(/no url/);
  });
});

describe('languageManifest', () => {
  const meta = readPagefindMeta(cbor(META));
  const previews = new Map<string, PagePreview>([
    ['en_aaa', ['/fixes/a/', 'A', 'icb-101']],
    ['en_bbb', ['/errors/b/', 'B']],
  ]);

  test('names the metadata, lists the chunks, and gives every page’s preview', () => {
    expect(languageManifest('en_123', meta, previews)).toEqual({
      meta: 'en_123',
      chunks: meta.chunks,
      pages: { en_aaa: ['/fixes/a/', 'A', 'icb-101'], en_bbb: ['/errors/b/', 'B'] },
    });
  });

  test('leaves the previews out when a page has none, or when they would be too big', () => {
    expect(languageManifest('en_123', meta, new Map([...previews].slice(0, 1))).pages).toBeUndefined();
    const long = new Map([...previews].map(([hash, [url]]) => [hash, [url, 'x'.repeat(MAX_PREVIEW_BYTES)] as PagePreview]));
    expect(languageManifest('en_123', meta, long).pages).toBeUndefined();
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
