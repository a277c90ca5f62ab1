/**
 * What the browser learns about Pagefind's files before Pagefind does, so a
 * first search fetches them side by side instead of one after another.
 *
 * Left alone, Pagefind's first search is a chain of round trips: its entry
 * file names the metadata file; the metadata (with the WebAssembly) names the
 * index chunks; the chunks find the pages, whose fragment files hold their
 * titles and excerpts. On a phone each link costs a round trip. So the build
 * writes a small manifest (/search-manifest.json, fetched fresh on intent,
 * like Pagefind's entry) that names the metadata file, lists the index chunks
 * with the range of words in each, and, on a site small enough, gives each
 * page's address and title. With it the boot code preloads the metadata and
 * the chunks the typed words need as soon as the manifest arrives, and the
 * search code shows the first results as soon as Pagefind has ranked them,
 * before their fragments.
 *
 * Build side: reading Pagefind's files (its CBOR metadata, its fragments) and
 * making the manifest; the index's chunk size. Browser side (the boot code,
 * src/scripts/search/preload.ts): the chunks for a text's words. Pagefind's
 * formats are those of Pagefind 1.6; should they change, the build stops
 * with a message saying what it could not read.
 */

/** The manifest's address. */
export const SEARCH_MANIFEST_PATH = '/search-manifest.json';

/** One index chunk: the first and last (stemmed) word in it, and its file's hash (index/<hash>.pf_index). */
export type IndexChunk = readonly [from: string, to: string, hash: string];

/** A page as a first result shows it before its fragment arrives: address, title, and its ID if it has one. */
export type PagePreview = readonly [url: string, title: string, kbId?: string];

export interface LanguageManifest {
  /** The metadata file's hash: pagefind.<hash>.pf_meta. */
  meta: string;
  chunks: IndexChunk[];
  /** Page hash (Pagefind's result id) → preview; left out on large sites. */
  pages?: Record<string, PagePreview>;
}

export interface SearchManifest {
  /** Words never searched (lib/search/query.ts FILLER) that preloadWords could meet: no chunk is preloaded for them. */
  filler: string[];
  /** Language (as in pagefind-entry.json) → what to preload for it. */
  languages: Record<string, LanguageManifest>;
}

// ---------------------------------------------------------------------------
// Browser side

/** Sorts after every character: "ic" + LAST is after every word that starts with "ic". */
const LAST = '\u{10FFFF}';

/** Shorter words are not worth preloading chunks for (a chunk of "my" or "up" would be most of a small index). */
export const MIN_PRELOAD_WORD = 3;

/**
 * The words of a text worth preloading index chunks for: a rough cut for
 * preloading only (the search itself reads words with lib/search/query.ts):
 * lower case, split at anything but letters and digits, MIN_PRELOAD_WORD
 * letters or more, not filler.
 */
export function preloadWords(text: string, filler: readonly string[]): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_PRELOAD_WORD && !filler.includes(word));
}

/**
 * The chunks that may hold the words of a search, or words that extend them:
 * for each word, every chunk whose range meets the words that start like it.
 * Pagefind looks chunks up by the word's stem, which the browser cannot
 * compute without Pagefind; the stem of an English word starts with its first
 * three letters (storage → storag, batteries → batteri), so the range of those
 * covers it, at the cost of a neighbouring chunk now and then. A chunk's
 * bounds are the shortest prefixes that part it from its neighbours ("ge" to
 * "ic" holds "icloud"), so its last word is anything that starts with its `to`.
 *
 * The range matters beyond preloading: Pagefind matches a word as a prefix
 * ("back" finds "backup"), but loads only the chunk that holds the word
 * itself, so extensions in the next chunk are missed. The search code has
 * Pagefind load all of these chunks before it searches (by a word of each,
 * chunkWord, which Pagefind looks up like any word), so results do not
 * depend on where the chunks happen to split.
 */
export function chunksFor(words: readonly string[], chunks: readonly IndexChunk[]): IndexChunk[] {
  const found = new Set<IndexChunk>();
  for (const word of words) {
    const prefix = word.slice(0, 3);
    if (!prefix) continue;
    for (const chunk of chunks) {
      const [from, to] = chunk;
      if (from <= `${prefix}${LAST}` && prefix <= `${to}${LAST}`) found.add(chunk);
    }
  }
  return [...found];
}

/**
 * A word that Pagefind files under this chunk and no other: its `to` bound
 * (its `from` would do too, but a chunk ends before the next one's `from`),
 * as long as Pagefind's query cleaning leaves it as it is (no punctuation:
 * "doesn’" would become "doesn", which sorts into the chunk before).
 */
export function chunkWord([from, to]: IndexChunk): string | undefined {
  return [to, from].find((bound) => /^[\p{L}\p{N}]+$/u.test(bound));
}

// ---------------------------------------------------------------------------
// Build side

/** Pagefind's files start, once decompressed, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** A decompressed Pagefind file without its signature. */
export function withoutSignature(data: Uint8Array): Uint8Array {
  const head = new TextDecoder().decode(data.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error(`not a Pagefind file: it does not start with "${SIGNATURE}"`);
  return data.subarray(SIGNATURE.length);
}

/**
 * Decodes CBOR (RFC 8949) as Pagefind writes it: unsigned and negative
 * integers, byte and text strings, arrays and maps (definite or not),
 * true/false/null. Floats and tags are not used by Pagefind's metadata.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
    if (info === 31) return -1;
    throw new Error(`CBOR: unsupported length ${info} at byte ${at}`);
  };
  const read = (): unknown => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = view.getUint8(at++);
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: unsupported simple value ${info} at byte ${at - 1}`);
    }
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        if (n < 0) throw new Error('CBOR: indefinite strings are not supported');
        const chunk = bytes.subarray(at, (at += n));
        return major === 3 ? text.decode(chunk) : chunk;
      }
      case 4: {
        const items: unknown[] = [];
        if (n < 0) while (view.getUint8(at) !== 0xff) items.push(read());
        else for (let i = 0; i < n; i++) items.push(read());
        if (n < 0) at++;
        return items;
      }
      case 5: {
        const map: Record<string, unknown> = {};
        for (let i = 0; n < 0 ? view.getUint8(at) !== 0xff : i < n; i++) map[String(read())] = read();
        if (n < 0) at++;
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };
  return read();
}

interface PagefindMeta {
  /** Page hashes, in Pagefind's page order. */
  pages: string[];
  chunks: IndexChunk[];
}

/**
 * Pagefind 1.6's metadata file (pagefind.<hash>.pf_meta, decompressed, without
 * signature): [version, pages [[hash, word count, fragment group]…],
 * chunks [[from, to, hash]…], filters, sorts, meta fields].
 */
export function readPagefindMeta(data: Uint8Array): PagefindMeta {
  const meta = decodeCbor(data);
  const list = (value: unknown, what: string): unknown[] => {
    if (!Array.isArray(value)) throw new Error(`Pagefind metadata: ${what} is not a list`);
    return value;
  };
  const root = list(meta, 'the file');
  const pages = list(root[1], 'pages').map((page) => {
    const [hash] = list(page, 'a page');
    if (typeof hash !== 'string') throw new Error('Pagefind metadata: a page has no hash');
    return hash;
  });
  const chunks = list(root[2], 'index chunks').map((chunk): IndexChunk => {
    const [from, to, hash] = list(chunk, 'an index chunk');
    if (typeof from !== 'string' || typeof to !== 'string' || typeof hash !== 'string') {
      throw new Error('Pagefind metadata: an index chunk is not [from, to, hash]');
    }
    return [from, to, hash];
  });
  return { pages, chunks };
}

/** A page's fragment file (fragment/<hash>.pf_fragment, decompressed, without signature): JSON. */
export function readFragment(data: Uint8Array): PagePreview {
  const fragment = JSON.parse(new TextDecoder().decode(data)) as { url?: unknown; meta?: Record<string, unknown> };
  const url = typeof fragment.url === 'string' ? fragment.url : '';
  const title = typeof fragment.meta?.title === 'string' ? fragment.meta.title.trim() : '';
  const kbId = typeof fragment.meta?.kbId === 'string' ? fragment.meta.kbId.trim() : '';
  if (!url) throw new Error('Pagefind fragment: no url');
  return kbId ? [url, title || url, kbId] : [url, title || url];
}

/**
 * Page previews make the manifest grow with the site; above this many bytes
 * (about 150 pages) they are left out and the first results wait for their
 * fragments (one more round trip), which is cheaper than every page's title.
 */
export const MAX_PREVIEW_BYTES = 12_000;

/** The manifest for one language, from its metadata and its pages' previews (by hash). */
export function languageManifest(metaHash: string, meta: PagefindMeta, previews: ReadonlyMap<string, PagePreview>): LanguageManifest {
  const pages: Record<string, PagePreview> = {};
  for (const hash of meta.pages) {
    const preview = previews.get(hash);
    if (preview) pages[hash] = preview;
  }
  const fits = JSON.stringify(pages).length <= MAX_PREVIEW_BYTES && Object.keys(pages).length === meta.pages.length;
  return { meta: metaHash, chunks: meta.chunks, ...(fits ? { pages } : {}) };
}

/**
 * The index chunk size to ask Pagefind for (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
 * in word occurrences; Pagefind's default is 20,000, one chunk for this whole
 * site). A first search loads the manifest's chunk list, Pagefind's metadata
 * (which lists the chunks too) and the chunks its words need: smaller chunks
 * cost list entries and requests, bigger ones the bytes of words the query
 * does not have. The sum grows with the square root of the index; measured
 * (2026-12-01) it was least near 300 for this site's 70 built pages and flat
 * from 1,200 to 2,500 for the 1,000-article bench's 2,018, so 40·√(built pages).
 */
export function indexChunkSize(pages: number): number {
  return Math.min(20_000, Math.max(200, Math.round(40 * Math.sqrt(Math.max(0, pages)))));
}
