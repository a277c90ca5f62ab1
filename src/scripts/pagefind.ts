/**
 * Loads Pagefind's search API on demand. The index is written into dist/ after
 * the Astro build, so the module is fetched at run time, never bundled.
 *
 * Pagefind fetches its files one after another: pagefind.js, then
 * pagefind-entry.json, then the language's .pf_meta and the WebAssembly, then
 * index chunks. search/preload.ts has already started the first steps at once
 * (on the reader's intent) as preloads, which Pagefind's own fetches reuse, as
 * long as it asks for the same URLs: the entry file's cache tag is read back
 * from <html data-search-tag>. Pagefind runs in the page (noWorker): a worker
 * would be one more script to fetch before any of this starts, and could not
 * reuse the page's preloads.
 */
import { SEARCH_OPTIONS } from '../lib/search/ranking';
import type { PagefindApi } from '../lib/search/pagefind-types';

export type * from '../lib/search/pagefind-types';

export const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  if (!pagefind) {
    const cacheTag = document.documentElement.dataset.searchTag ?? String(Date.now());
    pagefind = import(/* @vite-ignore */ PAGEFIND_URL).then(async (api: PagefindApi) => {
      await api.options({ ...SEARCH_OPTIONS, noWorker: true, metaCacheTag: cacheTag });
      await api.init();
      return api;
    });
    // A failed load may be retried by the next search.
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}
