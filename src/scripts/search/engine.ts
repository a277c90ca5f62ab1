/**
 * One search, as every search UI runs it: the query policy
 * (lib/search/query.ts: readers' words, every word or some of them, spelling
 * correction) over Pagefind with the chosen filters, and the shown results'
 * data loaded in parallel, in rank order.
 *
 * Pagefind's search API loads on demand. The index is written into dist/ by
 * the build, so the module is fetched at run time, never bundled.
 *
 * Pagefind alone fetches its files one after another: pagefind.js, its entry
 * file, the metadata and the WebAssembly, the index chunks, the fragments.
 * The boot code (preload.ts) has already started them on the reader's
 * intent, and from the build's search manifest the metadata and the chunks
 * for the words typed so far; it hands over the pages' titles (so results show
 * before their fragments) and a way to preload the chunks of more words until
 * Pagefind can. Pagefind's own fetches reuse the preloads as long as they ask
 * for the same URLs: the entry file's cache tag is read back from
 * <html data-search-tag>. Pagefind runs in the page (noWorker): a worker
 * would be one more script to fetch before any of this starts, and could not
 * reuse the page's preloads.
 */
import type { PagePreview } from '#lib/search/search-manifest.ts';
import type { PagefindResult, PagefindApi } from '#lib/search/pagefind-types.ts';
import { preloadableQuery, queryLanguage, readerTerms, runQuery, START_PAGE_FILTER } from '#lib/search/query.ts';
import { languageOf, localizePath } from '#lib/i18n/languages.ts';
import { highlightWords, previewHit, SEARCH_OPTIONS, type SearchHit, shapeHit } from '#lib/search/results.ts';
import { createSpeller, type Speller, VOCABULARY_PATH } from '#lib/search/speller.ts';
import { pagefindFilterQuery, type SearchState } from '#lib/search/url-state.ts';
import type { SearchFiles } from './preload';

/**
 * For a promise deliberately left running: its failure needs no handling here
 * (a failed load is retried by the next search; the page works without it).
 */
export function ignoreFailure(): void {
  // Nothing to do; catching keeps the failure out of the console.
}

/**
 * Typing pauses this long before a search runs: long enough to skip the
 * prefixes of a word typed at speed, short enough to feel instant.
 */
export const TYPING_DEBOUNCE_MS = 50;

/** A filter value no page has (for counting matches without ranking them). */
const NO_PAGE = { 'no-such-filter': { any: ['none'] } };

export interface SearchRequest extends SearchState {
  /** How many results to load and show. */
  limit: number;
  /** How many sections to show under each result. */
  maxSections: number;
}

export interface SearchOutcome {
  /** The words as typed. */
  typed: string;
  /** The words whose results are shown: the typed ones, or the correction. */
  shown: string;
  /** A spelling correction to offer ("Did you mean …?"), if any. */
  suggestion?: string;
  /** True when the results are the suggestion's ("Showing results for …"). */
  showingSuggestion: boolean;
  /** True when some results have only some of the words. */
  someWords: boolean;
  /** How many pages match. */
  total: number;
  /** The first `limit` results, loading in parallel, in rank order. */
  hits: PendingHit[];
}

interface PendingHit {
  /** What can be shown at once: kind, title and address, from the search manifest; none on a large site. */
  preview?: SearchHit;
  /** Loads the whole result (its fragment file), once: with a preview, when it is to be shown. */
  load(): Promise<SearchHit>;
}

/** The page's language: Pagefind searches its index, and the query is read by its rules. */
const pageLanguage = () => document.documentElement.lang;

/** Starts loading what a first search needs: Pagefind and its files. (The speller's vocabulary loads when a search needs it.) */
export function warmUp(): void {
  loadPagefind().catch(ignoreFailure);
}

/** Loads the index chunks for a query being typed, before the debounced search runs. */
export function preloadQuery(query: string): void {
  const words = preloadableQuery(query, queryLanguage(pageLanguage()));
  if (words) preloadIndex(words.split(' '));
}

export async function search(request: SearchRequest): Promise<SearchOutcome> {
  const language = queryLanguage(pageLanguage());
  // The chunks for every word, in parallel with Pagefind's own files (the query's own search may need fewer).
  preloadIndex(readerTerms(request.query, language).terms);
  const [pagefind, previews] = await Promise.all([loadPagefind(), pagePreviews()]);
  const filters = pagefindFilterQuery(request.filters);
  const index = {
    async find(query: string): Promise<PagefindResult[]> {
      await loadChunksFor(pagefind, query.split(' '));
      return (await pagefind.search(query, { filters }))?.results ?? [];
    },
    // A filter no page has: Pagefind matches the words and ranks nothing, and says how many matched.
    async count(query: string): Promise<number> {
      await loadChunksFor(pagefind, query.split(' '));
      return (await pagefind.search(query, { filters: NO_PAGE }))?.unfilteredResultCount ?? 0;
    },
    // Ranked for the words when it has them (its excerpt then marks them); else found by its filter alone.
    async startPages(query: string): Promise<PagefindResult[]> {
      const start = { ...filters, [START_PAGE_FILTER.name]: { any: [START_PAGE_FILTER.value] } };
      await loadChunksFor(pagefind, query.split(' '));
      const withWords = (await pagefind.search(query, { filters: start }))?.results ?? [];
      return withWords.length > 0 ? withWords : ((await pagefind.search(null, { filters: start }))?.results ?? []);
    },
  };
  const { results, ...outcome } = await runQuery(index, loadSpeller, request.query, request.verbatim, language);
  const shape = { words: highlightWords(outcome.shown), highlightParam: __HIGHLIGHT_PARAM__, maxSections: request.maxSections };
  return {
    ...outcome,
    total: results.length,
    hits: results.slice(0, request.limit).map((result): PendingHit => {
      let full: Promise<SearchHit> | undefined;
      const load = () => {
        full ??= result.data().then((data) => shapeHit(data, shape));
        // A superseded search never awaits its hits: keep a failed load out of the console.
        full.catch(ignoreFailure);
        return full;
      };
      const page = previews[result.id];
      return page ? { preview: previewHit(page, shape), load } : { load };
    }),
  };
}

/** The available filters and their page counts. */
export async function availableFilters() {
  return (await loadPagefind()).filters();
}

// ---------------------------------------------------------------------------
// Pagefind, loaded on demand

const PAGEFIND_URL = `${__PAGEFIND_DIR__}pagefind.js`;

let files: SearchFiles | undefined;

/** What the boot code preloaded and learnt (boot.ts calls it before anything else). */
export function useSearchFiles(preloaded: SearchFiles): void {
  files = preloaded;
}

let pagefind: Promise<PagefindApi> | undefined;
let ready = false;

function loadPagefind(): Promise<PagefindApi> {
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
function preloadIndex(words: readonly string[]): void {
  if (words.length === 0) return;
  if (ready && pagefind) pagefind.then((api) => api.preload(words.join(' '))).catch(ignoreFailure);
  else files?.preloadText(words.join(' '));
}

/**
 * Has Pagefind load every index chunk that may hold these words or words that
 * extend them, so a prefix search is complete (lib/search/search-manifest.ts
 * chunksFor says why): a preload of a word of each such chunk.
 */
async function loadChunksFor(pagefind: PagefindApi, words: readonly string[]): Promise<void> {
  const keys = (await files?.chunkWords(words).catch(() => [])) ?? [];
  if (keys.length > 0) await pagefind.preload(keys.join(' '));
}

/** The pages' titles and addresses by Pagefind's page id (none on a large site, or without the manifest). */
async function pagePreviews(): Promise<Readonly<Partial<Record<string, PagePreview>>>> {
  return (await files?.previews.catch(() => undefined)) ?? {};
}

// ---------------------------------------------------------------------------
// The speller, loaded when a search needs it

let speller: Promise<Speller> | undefined;

/** Loads the site's vocabulary (made at build time) and makes the "Did you mean" speller from it. */
function loadSpeller(): Promise<Speller> {
  // The words of the page's language: /search-vocabulary.json, /fr/search-vocabulary.json.
  speller ??= fetch(localizePath(VOCABULARY_PATH, languageOf(pageLanguage().split('-')[0])))
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    // Without a vocabulary search still works, only without corrections.
    .catch(() => [])
    .then((words) => createSpeller(Array.isArray(words) ? words : []));
  return speller;
}
