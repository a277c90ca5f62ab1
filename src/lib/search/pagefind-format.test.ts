import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  decodeCbor,
  PAGEFIND_FORMAT_VERSION,
  readFragmentFile,
  readMeta,
  readPagefindFiles,
  type PagefindFile,
  type PagefindIndexFiles,
} from './pagefind-format';

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

describe('readMeta and readFragmentFile', () => {
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

  test('readMeta gives the page ids and the chunk ranges', () => {
    expect(readMeta(cbor(META))).toEqual({
      pages: ['en_aaa', 'en_bbb'],
      chunks: [
        ['10', 'cant', 'en_c1'],
        ['cap', 'zzz', 'en_c2'],
      ],
    });
  });

  test('readMeta says the format changed, and what it could not read', () => {
    expect(() => readMeta(cbor(['1.6.0', 'pages']))).toThrow(/format changed.*pages is not a list/);
    expect(() => readMeta(cbor(['1.6.0', [], [['a', 1, 'h']]]))).toThrow(/format changed.*index chunk/);
  });

  test('readFragmentFile reads gzip, the signature and JSON, and refuses anything else', () => {
    const file = (text: string) => gzipSync(new TextEncoder().encode(text));
    expect(readFragmentFile(file('pagefind_dcd{"url":"/a/","content":"A","meta":{"title":"A"}}'))).toEqual({
      url: '/a/',
      content: 'A',
      meta: { title: 'A' },
    });
    expect(() => readFragmentFile(file('{"url":"/a/"}'))).toThrow(/format changed.*signature/);
    expect(() => readFragmentFile(file('pagefind_dcd{"meta":{}}'))).toThrow(/format changed.*no url/);
  });
});

/**
 * The installed Pagefind, on a small site: what the build needs from its
 * private files must still be there, where this module looks for it.
 */
describe('the installed Pagefind', () => {
  const PAGES = {
    'fixes/quick-checks/index.html': { title: 'Quick checks', kbId: 'icb-101', word: 'quokka' },
    'fixes/check-storage/index.html': { title: 'Check your iCloud storage', kbId: 'icb-102', word: 'storage' },
    'errors/backup-failed/index.html': { title: 'iPhone Backup Failed', kbId: undefined, word: 'zeppelin' },
  };
  const filler = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa';
  let dir = '';
  let installed = '';
  let files: PagefindFile[] = [];
  let pageCount = 0;
  let read: PagefindIndexFiles | undefined;
  let readError: unknown;
  const changed = (detail: string) =>
    `Pagefind's private index format changed (installed version ${installed}): update src/lib/search/pagefind-format.ts: ${detail}`;

  beforeAll(async () => {
    // The package's exports leave out its package.json: read it where npm put it.
    const pkg = join(process.cwd(), 'node_modules', 'pagefind', 'package.json');
    installed = (JSON.parse(await readFile(pkg, 'utf8')) as { version: string }).version;
    dir = await mkdtemp(join(tmpdir(), 'pagefind-format-'));
    for (const [path, { title, kbId, word }] of Object.entries(PAGES)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      const meta = kbId ? `<span data-pagefind-meta="kbId" hidden>${kbId}</span>` : '';
      await writeFile(
        join(dir, path),
        `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body>` +
          `<h1>${title}</h1>${meta}<p>${word} ${filler} ${word}.</p></main></body></html>`,
      );
    }
    // Small chunks, as the build asks for on a large site: the index comes in several.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '20';
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      pageCount = (await index.addDirectory({ path: dir })).page_count;
      files = (await index.getFiles()).files;
    } finally {
      await pagefind.close();
      Reflect.deleteProperty(process.env, 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE');
    }
    try {
      read = readPagefindFiles(files);
    } catch (error) {
      readError = error;
    }
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test(`is the release whose format pagefind-format.ts reads (${PAGEFIND_FORMAT_VERSION})`, () => {
    expect(
      installed.startsWith(`${PAGEFIND_FORMAT_VERSION}.`),
      `Pagefind ${installed} is installed; src/lib/search/pagefind-format.ts reads ${PAGEFIND_FORMAT_VERSION}'s private format: ` +
        'check that the tests below still pass, then update PAGEFIND_FORMAT_VERSION and its header',
    ).toBe(true);
  });

  test('its files read as pagefind-format.ts expects', () => {
    expect(pageCount, 'Pagefind indexed the fixture site').toBe(Object.keys(PAGES).length);
    expect(readError, changed(String(readError))).toBeUndefined();
  });

  test('the metadata file: its hash, the page ids, the index chunks', () => {
    const paths = new Set(files.map((file) => file.path.replace(/\\/g, '/')));
    const languages = read?.languages ?? [];
    expect(
      languages.map((language) => language.language),
      changed('pagefind-entry.json: no "en" language'),
    ).toEqual(['en']);
    const [en] = languages;
    expect(paths.has(`pagefind.${en?.metaHash}.pf_meta`), changed('the entry names no metadata file (pagefind.<hash>.pf_meta)')).toBe(true);
    expect(en?.pages.length, changed('the metadata lists another number of pages')).toBe(pageCount);
    const chunks = en?.chunks ?? [];
    expect(chunks.length, changed('the metadata lists no index chunks, or one only with a small chunk size')).toBeGreaterThan(1);
    for (const [from, to, hash] of chunks) {
      expect(from <= to, changed(`an index chunk's range runs backwards: ${from} to ${to}`)).toBe(true);
      // The boot code preloads index/<hash>.pf_index (src/scripts/search/preload.ts).
      expect(paths.has(`index/${hash}.pf_index`), changed(`no index/${hash}.pf_index for a chunk`)).toBe(true);
    }
    for (const { word } of Object.values(PAGES)) {
      const holding = chunks.filter(([from, to]) => from <= word && word <= `${to}\u{10FFFF}`);
      expect(holding.length, changed(`no chunk's range holds "${word}"`)).toBeGreaterThan(0);
    }
  });

  test('page ids → fragments: addresses, titles and metadata', () => {
    const pages = (read?.languages[0]?.pages ?? []).map((id) => read?.fragment(id));
    const expected = Object.entries(PAGES).map(([path, { title, kbId }]) => ({ url: `/${path.replace(/index\.html$/, '')}`, title, kbId }));
    const found = pages.map((fragment) => ({ url: fragment?.url, title: fragment?.meta.title, kbId: fragment?.meta.kbId }));
    expect(
      found.sort((a, b) => String(a.url).localeCompare(String(b.url))),
      changed('a page id does not lead to its fragment (fragment/<id>.pf_fragment) with its url and meta'),
    ).toEqual(expected.sort((a, b) => a.url.localeCompare(b.url)));
  });
});
