/**
 * One search, as every search UI runs it: the query policy
 * (lib/search/query.ts: readers' words, every word or some of them, spelling
 * correction) over Pagefind with the chosen filters, and the shown results'
 * data loaded in parallel, in rank order.
 */
import { pagefindFilterQuery } from '../../lib/search/url-state';
import { highlightWords } from '../../lib/search/results';
import type { PagefindResult } from '../../lib/search/pagefind-types';
import { preloadableQuery, readerTerms, runQuery } from '../../lib/search/query';
import { previewHit, shapeHit, type SearchHit } from '../../lib/search/results';
import type { SearchState } from '../../lib/search/url-state';
import { loadChunksFor, loadPagefind, pagePreviews, preloadIndex } from '../pagefind';
import { loadSpeller } from './speller';

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

/** Starts loading what a first search needs: Pagefind and its files. (The speller's vocabulary loads when a search needs it.) */
export function warmUp(): void {
  loadPagefind().catch(() => {});
}

/** Loads the index chunks for a query being typed, before the debounced search runs. */
export function preloadQuery(query: string): void {
  const words = preloadableQuery(query);
  if (words) preloadIndex(words.split(' '));
}

export async function search(request: SearchRequest): Promise<SearchOutcome> {
  // The chunks for every word, in parallel with Pagefind's own files (the query's own search may need fewer).
  preloadIndex(readerTerms(request.query).terms);
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
  };
  const { results, ...outcome } = await runQuery(index, loadSpeller, request.query, request.verbatim);
  const shape = { words: highlightWords(outcome.shown), highlightParam: __HIGHLIGHT_PARAM__, maxSections: request.maxSections };
  return {
    ...outcome,
    total: results.length,
    hits: results.slice(0, request.limit).map((result): PendingHit => {
      let full: Promise<SearchHit> | undefined;
      const load = () => {
        full ??= result.data().then((data) => shapeHit(data, shape));
        // A superseded search never awaits its hits: keep a failed load out of the console.
        full.catch(() => {});
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
