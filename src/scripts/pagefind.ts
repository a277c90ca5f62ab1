/**
 * Loads Pagefind's search API on demand, and the files its first search needs
 * as early as they can be known. The index is written into dist/ after the
 * Astro build, so the module is fetched at run time, never bundled.
 *
 * Pagefind alone fetches its files one after another: pagefind.js, its entry
 * file, the metadata and the WebAssembly, the index chunks, the fragments.
 * search/preload.ts has already started, on the reader's intent, what has a
 * fixed name (the script, the WebAssembly, the entry file, the build's search
 * manifest). From the manifest (lib/search/pagefind-files.ts) this module then
 * preloads the metadata file, and the index chunks for a query's words as soon
 * as the query is known, so they arrive with the WebAssembly instead of after
 * it; and it gives the pages' titles, so results show before their fragments.
 * Pagefind's own fetches reuse the preloads as long as they ask for the same
 * URLs: the cache tag of the entry file (and of the manifest) is read back
 * from <html data-search-tag>. Pagefind runs in the page (noWorker): a worker
 * would be one more script to fetch before any of this starts, and could not
 * reuse the page's preloads.
 */
import { chunksFor, SEARCH_MANIFEST_PATH, type LanguageManifest, type PagePreview, type SearchManifest } from '../lib/search/pagefind-files';
import { SEARCH_OPTIONS } from '../lib/search/ranking';
import type { PagefindApi } from '../lib/search/pagefind-types';

export type * from '../lib/search/pagefind-types';

const PAGEFIND_DIR = '/pagefind/';
export const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;

/** One cache tag per page view: as fresh as Pagefind's own default (?ts=<now>), and the same as preload.ts used. */
function cacheTag(): string {
  const root = document.documentElement;
  return (root.dataset.searchTag ??= String(Date.now()));
}

/** Starts a fetch that Pagefind's own fetch() of the same URL will reuse (same URL, same CORS mode). */
const preloaded = new Set<string>();
function preload(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

let manifest: Promise<LanguageManifest | undefined> | undefined;

/** The manifest for the page's language (as Pagefind picks it), with its metadata file preloaded; undefined if it cannot be had. */
function loadManifest(): Promise<LanguageManifest | undefined> {
  manifest ??= fetch(`${SEARCH_MANIFEST_PATH}?ts=${cacheTag()}`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchManifest>) : undefined))
    .then((all) => {
      const language = (document.documentElement.lang || 'unknown').toLowerCase();
      const mine = all?.[language] ?? all?.[language.split('-')[0] ?? ''] ?? Object.values(all ?? {})[0];
      if (mine) preload(`${PAGEFIND_DIR}pagefind.${mine.meta}.pf_meta`);
      return mine;
    })
    // Without it Pagefind still finds its files, only one after another.
    .catch(() => undefined);
  return manifest;
}

let pagefind: Promise<PagefindApi> | undefined;
let ready = false;

export function loadPagefind(): Promise<PagefindApi> {
  if (!pagefind) {
    pagefind = Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>, loadManifest()]).then(async ([api]) => {
      await api.options({ ...SEARCH_OPTIONS, noWorker: true, metaCacheTag: cacheTag() });
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
 * Starts loading the index chunks for these words. Before Pagefind is ready
 * the manifest says which; after, Pagefind's own preload does.
 */
export function preloadIndex(words: readonly string[]): void {
  if (words.length === 0) return;
  if (ready && pagefind) {
    pagefind.then((api) => api.preload(words.join(' '))).catch(() => {});
    return;
  }
  loadManifest()
    .then((mine) => {
      for (const hash of chunksFor(words, mine?.chunks ?? [])) preload(`${PAGEFIND_DIR}index/${hash}.pf_index`);
    })
    .catch(() => {});
}

/** The pages' titles and addresses from the manifest, by Pagefind's page id (none on a large site). */
export async function pagePreviews(): Promise<Readonly<Record<string, PagePreview>>> {
  return (await loadManifest())?.pages ?? {};
}
