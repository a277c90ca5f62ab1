/**
 * One search, as every search UI runs it: Pagefind with the chosen filters;
 * the speller's correction too when the typed words found fewer than two
 * results (a misspelt word Pagefind has never seen counts as finding nothing:
 * Pagefind leaves such words out); and the shown results' data loaded in
 * parallel, in rank order.
 */
import { mergeAnyWord } from '../../lib/search/any-words';
import { changedWords, chooseCorrection, typedResultCount, wantsCorrection } from '../../lib/search/correction';
import { pagefindFilterQuery } from '../../lib/search/filters';
import { HIGHLIGHT_PARAM, highlightWords } from '../../lib/search/highlight-link';
import type { PagefindApi, PagefindResult } from '../../lib/search/pagefind-types';
import { preloadableQuery } from '../../lib/search/preload-query';
import { shapeHit, type SearchHit } from '../../lib/search/results';
import type { SearchState } from '../../lib/search/url-state';
import { tokenize } from '../../lib/search/vocabulary';
import { loadPagefind } from '../pagefind';
import { loadSpeller } from './speller';

/**
 * Typing pauses this long before a search runs: long enough to skip the
 * prefixes of a word typed at speed, short enough to feel instant.
 */
export const TYPING_DEBOUNCE_MS = 50;

export interface SearchRequest extends SearchState {
  /** How many results to load and show. */
  limit: number;
  /** How many sections to show under each result. */
  maxSections: number;
  /** When every word together finds nothing, rank pages by how many of the words they have (the 404 page). */
  anyWord?: boolean;
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
  /** How many pages match. */
  total: number;
  /** The first `limit` results, loading in parallel, in rank order. */
  hits: Promise<SearchHit>[];
}

/** Starts loading everything a first search needs: Pagefind's files and the vocabulary. */
export function warmUp(): void {
  void loadPagefind().catch(() => {});
  void loadSpeller();
}

/** Loads the index chunks for a query being typed, before the debounced search runs. */
export function preloadQuery(query: string): void {
  const words = preloadableQuery(query);
  if (!words) return;
  void loadPagefind()
    .then((pagefind) => pagefind.preload(words))
    .catch(() => {});
}

async function find(pagefind: PagefindApi, query: string, state: SearchRequest): Promise<PagefindResult[]> {
  return (await pagefind.search(query, { filters: pagefindFilterQuery(state.filters) }))?.results ?? [];
}

/** Pages with any of the words, those with more of them first. */
async function findAnyWord(pagefind: PagefindApi, query: string, state: SearchRequest): Promise<PagefindResult[]> {
  const words = [...new Set(tokenize(query))];
  return mergeAnyWord(await Promise.all(words.map((word) => find(pagefind, word, state))));
}

/** How many of the words Pagefind finds nothing for on their own (it leaves such words out of a search). */
async function countUnknown(pagefind: PagefindApi, words: readonly string[]): Promise<number> {
  const found = await Promise.all(words.map(async (word) => ((await pagefind.search(word))?.results.length ?? 0) > 0));
  return found.filter((known) => !known).length;
}

export async function search(request: SearchRequest): Promise<SearchOutcome> {
  const typed = request.query;
  const [pagefind, speller] = await Promise.all([loadPagefind(), loadSpeller()]);
  let results = await find(pagefind, typed, request);
  let shown = typed;
  let suggestion: string | undefined;
  let showingSuggestion = false;

  const corrected = request.verbatim ? undefined : speller.suggest(typed);
  if (corrected) {
    const changed = changedWords(tokenize(typed), tokenize(corrected));
    const typedCount = typedResultCount(results.length, await countUnknown(pagefind, changed));
    if (wantsCorrection(typedCount, request.verbatim)) {
      const correctedResults = await find(pagefind, corrected, request);
      const choice = chooseCorrection(typedCount, correctedResults.length);
      if (choice.suggest) suggestion = corrected;
      if (choice.showCorrected) {
        results = correctedResults;
        shown = corrected;
        showingSuggestion = true;
      }
    }
  }
  if (results.length === 0 && request.anyWord && tokenize(typed).length > 1) {
    results = await findAnyWord(pagefind, suggestion ?? typed, request);
    if (suggestion && results.length > 0) {
      shown = suggestion;
      showingSuggestion = true;
    }
  }

  const words = highlightWords(shown);
  const shape = { words, highlightParam: HIGHLIGHT_PARAM, maxSections: request.maxSections };
  return {
    typed,
    shown,
    suggestion,
    showingSuggestion,
    total: results.length,
    hits: results.slice(0, request.limit).map((result) => {
      const hit = result.data().then((data) => shapeHit(data, shape));
      // A superseded search never awaits its hits: keep a failed load out of the console.
      hit.catch(() => {});
      return hit;
    }),
  };
}

/** The available filters and their page counts. */
export async function availableFilters() {
  return (await loadPagefind()).filters();
}
