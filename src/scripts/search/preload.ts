/**
 * Starts fetching, all at once, what the first search needs and can be named
 * before anything has arrived: Pagefind's script, its entry file and its
 * WebAssembly, the build's search manifest (which names Pagefind's other
 * files: ../pagefind.ts preloads those as soon as it is in), and the speller's
 * vocabulary. Pagefind would fetch them one after another; as
 * <link rel="preload"> requests they run in parallel, and the fetches of
 * Pagefind and of the search code then reuse them.
 *
 * Runs in the boot code on every page, on the reader's first sign of intent,
 * so it is kept small and imports nothing the search code imports.
 */

/** Where Pagefind's files are (../pagefind.ts says the same; wiring.test.ts checks). */
export const PAGEFIND_DIR = '/pagefind/';
/** lib/search/vocabulary-file.ts VOCABULARY_PATH (wiring.test.ts checks). */
export const VOCABULARY_URL = '/search-vocabulary.json';
/** lib/search/pagefind-files.ts SEARCH_MANIFEST_PATH (wiring.test.ts checks). */
export const MANIFEST_URL = '/search-manifest.json';

function preload(href: string, rel = 'preload'): void {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') {
    link.as = 'fetch';
    // fetch() requests are CORS-mode: the preload must be too, or it is not reused.
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

/**
 * Starts the preloads once per page. The cache tag of pagefind-entry.json
 * (Pagefind's metaCacheTag) and of the manifest, both fetched fresh each page
 * view, is kept in <html data-search-tag>, where ../pagefind.ts reads it back.
 */
export function preloadSearch(): void {
  const root = document.documentElement;
  if (root.dataset.searchTag) return;
  // One tag per page view: as fresh as Pagefind's own default (?ts=<now>), and known in advance.
  const tag = (root.dataset.searchTag = String(Date.now()));
  const language = (root.lang || 'unknown').toLowerCase().split('-')[0] ?? 'unknown';
  preload(`${PAGEFIND_DIR}pagefind.js`, 'modulepreload');
  preload(`${PAGEFIND_DIR}wasm.${language}.pagefind`);
  preload(`${PAGEFIND_DIR}pagefind-entry.json?ts=${tag}`);
  preload(`${MANIFEST_URL}?ts=${tag}`);
  preload(VOCABULARY_URL);
}
