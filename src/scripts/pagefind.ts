/**
 * Loads Pagefind's search API on demand. The index is written into dist/ after
 * the Astro build, so the module is fetched at run time, never bundled.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (api: PagefindApi) => {
    await api.options({ excerptLength: 24 });
    await api.init();
    return api;
  });
  return pagefind;
}
