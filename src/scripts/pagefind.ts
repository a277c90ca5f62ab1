/**
 * Loads Pagefind's search API on demand. The index is written into dist/ by
 * the build, so the module is fetched at run time, never bundled.
 *
 * Pagefind alone fetches its files one after another: pagefind.js, its entry
 * file, the metadata and the WebAssembly, the index chunks, the fragments.
 * The boot code (search/preload.ts) has already started them on the reader's
 * intent, and from the build's search manifest the metadata and the chunks
 * for the words typed so far; it hands over the pages' titles (so results show
 * before their fragments) and a way to preload the chunks of more words until
 * Pagefind can. Pagefind's own fetches reuse the preloads as long as they ask
 * for the same URLs: the entry file's cache tag is read back from
 * <html data-search-tag>. Pagefind runs in the page (noWorker): a worker
 * would be one more script to fetch before any of this starts, and could not
 * reuse the page's preloads.
 */
import type { PagePreview } from '../lib/search/pagefind-files';
import { SEARCH_OPTIONS } from '../lib/search/results';
import type { PagefindApi } from '../lib/search/pagefind-types';
import type { SearchFiles } from './search/preload';

export type * from '../lib/search/pagefind-types';

const PAGEFIND_URL = `${__PAGEFIND_DIR__}pagefind.js`;

let files: SearchFiles | undefined;

/** What the boot code preloaded and learnt (boot.ts calls it before anything else). */
export function useSearchFiles(preloaded: SearchFiles): void {
  files = preloaded;
}

let pagefind: Promise<PagefindApi> | undefined;
let ready = false;

export function loadPagefind(): Promise<PagefindApi> {
  if (!pagefind) {
    const cacheTag = document.documentElement.dataset.searchTag ?? String(Date.now());
    pagefind = import(/* @vite-ignore */ PAGEFIND_URL).then(async (api: PagefindApi) => {
      await api.options({ ...SEARCH_OPTIONS, noWorker: true, metaCacheTag: cacheTag });
      // The manifest names the metadata file, preloaded before Pagefind asks for it (else it would be fetched twice).
      await files?.previews.catch(() => undefined);
      await api.init();
      ready = true;
      return api;
    });
    // A failed load may be retried by the next search.
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

/**
 * Starts loading the index chunks for these words: before Pagefind is ready
 * from the manifest (through the boot code), after by Pagefind's own preload.
 */
export function preloadIndex(words: readonly string[]): void {
  if (words.length === 0) return;
  if (ready && pagefind) pagefind.then((api) => api.preload(words.join(' '))).catch(() => {});
  else files?.preloadText(words.join(' '));
}

/**
 * Has Pagefind load every index chunk that may hold these words or words that
 * extend them, so a prefix search is complete (lib/search/pagefind-files.ts
 * chunksFor says why): a preload of a word of each such chunk.
 */
export async function loadChunksFor(pagefind: PagefindApi, words: readonly string[]): Promise<void> {
  const keys = (await files?.chunkWords(words).catch(() => [])) ?? [];
  if (keys.length > 0) await pagefind.preload(keys.join(' '));
}

/** The pages' titles and addresses by Pagefind's page id (none on a large site, or without the manifest). */
export async function pagePreviews(): Promise<Readonly<Record<string, PagePreview>>> {
  return (await files?.previews.catch(() => undefined)) ?? {};
}
