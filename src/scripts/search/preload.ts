/**
 * Starts fetching, all at once, what the first search needs, as early as each
 * file can be named. On intent: Pagefind's script, its entry file and its
 * WebAssembly, and the build's search manifest (lib/search/search-manifest.ts). When the manifest arrives: Pagefind's
 * metadata file, and the index chunks for the words the reader has typed.
 * Pagefind would fetch them one after another; as <link rel="preload">
 * requests they run in parallel, and the fetches of Pagefind and of the
 * search code then reuse them (same URL, same CORS mode).
 *
 * Runs in the boot code on every page, on the reader's first sign of intent,
 * so it is kept small and imports nothing the search code imports at run time
 * (the search code only takes types from lib/search/search-manifest.ts).
 * The file names it preloads are Pagefind's (pagefind.<hash>.pf_meta,
 * index/<hash>.pf_index): lib/search/pagefind-format.test.ts checks them
 * against the installed Pagefind.
 */
import {
  chunksFor,
  chunkWord,
  type LanguageManifest,
  type PagePreview,
  preloadWords,
  SEARCH_MANIFEST_PATH,
  type SearchManifest,
} from '#lib/search/search-manifest.ts';

const PAGEFIND_DIR = __PAGEFIND_DIR__;

/** What the boot code learnt for the search code (app.ts start()). */
export interface SearchFiles {
  /** The pages' titles and addresses by Pagefind's page id, from the manifest; empty on a large site. */
  previews: Promise<Readonly<Record<string, PagePreview>>>;
  /** Preloads the index chunks for the words of a text, as soon as the manifest says which. */
  preloadText(text: string): void;
  /** A word of each index chunk that may hold these words or words that extend them (lib/search/search-manifest.ts chunksFor). */
  chunkWords(words: readonly string[]): Promise<string[]>;
}

/**
 * For the boot code's promises left running: a failed preload needs no
 * handling (Pagefind then fetches its files itself, one after another).
 */
export function ignoreFailure(): void {
  // Nothing to do; catching keeps the failure out of the console.
}

const requested = new Set<string>();

function preload(href: string, rel = 'preload'): void {
  if (requested.has(href)) return;
  requested.add(href);
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

let files: SearchFiles | undefined;

/**
 * Starts the preloads, once per page. The cache tag of pagefind-entry.json
 * (Pagefind's metaCacheTag) and of the manifest, both fetched fresh each page
 * view, is kept in <html data-search-tag>, where engine.ts reads it back.
 * `typed` gives the words typed so far (the dialog's input).
 */
export function preloadSearch(typed: () => string): SearchFiles {
  if (files) return files;
  const root = document.documentElement;
  // One tag per page view: as fresh as Pagefind's own default (?ts=<now>), and known in advance.
  const tag = (root.dataset.searchTag ??= String(Date.now()));
  const language = (root.lang || 'unknown').toLowerCase().split('-')[0] ?? 'unknown';
  preload(`${PAGEFIND_DIR}pagefind.js`, 'modulepreload');
  preload(`${PAGEFIND_DIR}wasm.${language}.pagefind`);
  preload(`${PAGEFIND_DIR}pagefind-entry.json?ts=${tag}`);

  const manifest: Promise<{ filler: string[]; mine?: LanguageManifest }> = fetch(`${SEARCH_MANIFEST_PATH}?ts=${tag}`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchManifest>) : undefined))
    .then((all) => {
      // The language Pagefind picks: the page's, else its base language, else the first.
      const languages: Partial<Record<string, LanguageManifest>> = all?.languages ?? {};
      const mine = languages[language] ?? Object.values(languages)[0];
      if (mine) preload(`${PAGEFIND_DIR}pagefind.${mine.meta}.pf_meta`);
      return { filler: all?.filler ?? [], ...(mine ? { mine } : {}) };
    })
    // Without it Pagefind still finds its files, only one after another.
    .catch(() => ({ filler: [] }));
  const preloadText = (text: string) => {
    manifest
      .then(({ filler, mine }) => {
        for (const [, , hash] of chunksFor(preloadWords(text, filler), mine?.chunks ?? []))
          preload(`${PAGEFIND_DIR}index/${hash}.pf_index`);
      })
      .catch(ignoreFailure);
  };
  // What was typed before the manifest arrived (a pasted alert, say).
  manifest
    .then(() => {
      preloadText(typed());
    })
    .catch(ignoreFailure);
  const chunkWords = async (words: readonly string[]) =>
    chunksFor(words, (await manifest).mine?.chunks ?? []).flatMap((chunk) => chunkWord(chunk) ?? []);
  files = { previews: manifest.then(({ mine }) => mine?.pages ?? {}), preloadText, chunkWords };
  return files;
}
