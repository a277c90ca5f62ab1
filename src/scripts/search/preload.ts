/**
 * Starts fetching, all at once, what the first search needs: Pagefind's script,
 * its entry file, the language's metadata file (named in the entry) and
 * WebAssembly, and the speller's vocabulary. Pagefind would fetch them one
 * after another; as <link rel="preload"> requests they run in parallel, and
 * Pagefind's own fetches then reuse them (../pagefind.ts).
 *
 * Runs in the boot code on every page, on the reader's first sign of intent,
 * so it is kept small and imports nothing the search code imports.
 */

/** Where Pagefind's files are (../pagefind.ts says the same; wiring.test.ts checks). */
export const PAGEFIND_DIR = '/pagefind/';
/** lib/search/vocabulary-file.ts VOCABULARY_PATH (wiring.test.ts checks). */
export const VOCABULARY_URL = '/search-vocabulary.json';

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
 * Starts the preloads once per page and returns the cache tag of
 * pagefind-entry.json (Pagefind's metaCacheTag), which ../pagefind.ts reads
 * back from <html data-search-tag>.
 */
export function preloadSearch(): string {
  const root = document.documentElement;
  if (root.dataset.searchTag) return root.dataset.searchTag;
  // One tag per page view: as fresh as Pagefind's own default (?ts=<now>), and known in advance.
  const tag = (root.dataset.searchTag = String(Date.now()));
  const language = (root.lang || 'unknown').toLowerCase().split('-')[0]!;
  const entry = `${PAGEFIND_DIR}pagefind-entry.json?ts=${tag}`;
  preload(`${PAGEFIND_DIR}pagefind.js`, 'modulepreload');
  preload(`${PAGEFIND_DIR}wasm.${language}.pagefind`);
  preload(entry);
  preload(VOCABULARY_URL);
  // Our own read of the entry names the metadata file, which Pagefind asks for next.
  fetch(`${entry}-meta`)
    .then((response) => response.json())
    .then((json: { languages: Record<string, { hash: string }> }) => preload(`${PAGEFIND_DIR}pagefind.${json.languages[language]!.hash}.pf_meta`))
    // Pagefind fetches what is missing itself, and reports failures to the search.
    .catch(() => {});
  return tag;
}
