/**
 * The search manifest: what the browser learns about Pagefind's files before
 * Pagefind does, so a first search fetches them side by side instead of one
 * after another.
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
 * Browser side (the boot code, src/scripts/search/preload.ts): the chunks for
 * a text's words. Build side (src/integrations/search-index.ts): the manifest
 * from what lib/search/pagefind-format.ts, the one reader of Pagefind's
 * private files, found in them; the index's chunk size.
 */
import type { PagefindFragment, PagefindLanguage } from './pagefind-format';

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
// Build side (src/integrations/search-index.ts), from what lib/search/pagefind-format.ts reads

/** A page's preview from its data as Pagefind keeps it (the browser API's result.data()): address, title, ID. */
export function pagePreview(fragment: Pick<PagefindFragment, 'url' | 'meta'>): PagePreview {
  const title = fragment.meta.title?.trim() ?? '';
  const kbId = fragment.meta.kbId?.trim() ?? '';
  return kbId ? [fragment.url, title || fragment.url, kbId] : [fragment.url, title || fragment.url];
}

/**
 * Page previews make the manifest grow with the site; above this many bytes
 * (about 150 pages) they are left out and the first results wait for their
 * fragments (one more round trip), which is cheaper than every page's title.
 */
export const MAX_PREVIEW_BYTES = 12_000;

/** The manifest for one language, from its index (metadata hash, page ids, chunks) and its pages' previews (by page id). */
export function languageManifest(
  index: Pick<PagefindLanguage, 'metaHash' | 'pages' | 'chunks'>,
  previews: ReadonlyMap<string, PagePreview>,
): LanguageManifest {
  const pages: Record<string, PagePreview> = {};
  for (const id of index.pages) {
    const preview = previews.get(id);
    if (preview) pages[id] = preview;
  }
  const fits = JSON.stringify(pages).length <= MAX_PREVIEW_BYTES && Object.keys(pages).length === index.pages.length;
  return { meta: index.metaHash, chunks: [...index.chunks], ...(fits ? { pages } : {}) };
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
