/**
 * A search as a URL: /search/?q=not+enough+storage&risk=No+risk. The search
 * page reads it on load and on Back/Forward and writes it while the reader
 * types, so any search can be shared by copying the address. Also here: the
 * filters a URL may carry, as checkboxes and as a Pagefind query, and when
 * the search page pushes or replaces its history entry.
 */
import type { PagefindFilterCounts, PagefindFilterQuery } from './pagefind-types';

// ---------------------------------------------------------------------------
// The search in a URL

const QUERY_PARAM = 'q';
/** Search the words as typed: no "Did you mean" correction. */
const VERBATIM_PARAM = 'verbatim';
/** The Pagefind filters a URL may carry, in the order they are written. */
const FILTER_PARAMS = ['category', 'risk'] as const;

export interface SearchState {
  query: string;
  /** Filter name → chosen values; a page matches when it has any of them. */
  filters: Readonly<Record<string, readonly string[]>>;
  verbatim: boolean;
}

/** Trims and collapses white space: "  not   enough " → "not enough". */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** The search in a query string ("?q=…" or URLSearchParams). Unknown parameters are ignored. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_PARAMS) {
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[name] = values;
  }
  const verbatim = params.get(VERBATIM_PARAM);
  return {
    query: normalizeQuery(params.get(QUERY_PARAM) ?? ''),
    filters,
    verbatim: verbatim !== null && verbatim !== '0' && verbatim !== 'false',
  };
}

/** "?q=not+enough+storage&risk=No+risk", or "" for an empty search. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normalizeQuery(state.query);
  if (query) params.set(QUERY_PARAM, query);
  for (const name of FILTER_PARAMS) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  if (state.verbatim && query) params.set(VERBATIM_PARAM, '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address of a search on a page: searchHref('/search/', state) → "/search/?q=…". */
export function searchHref(path: string, state: SearchState): string {
  return `${path}${searchQueryString(state)}`;
}

// ---------------------------------------------------------------------------
// Filters
// The search filters (Pagefind's data-pagefind-filter values: category and
// risk) as groups of checkboxes, and the chosen values as a Pagefind query.

/** The legend of each filter group. */
const FILTER_LABELS: Readonly<Record<string, string>> = { category: 'Topic', risk: 'Risk' };

interface FilterOption {
  value: string;
  /** Pages with this value in the whole index. */
  count: number;
}

export interface FilterGroup {
  name: string;
  label: string;
  options: FilterOption[];
}

export type FilterSelection = Readonly<Record<string, readonly string[]>>;

/** The groups to show, from `pagefind.filters()`: known filters only, values in reader order, then A–Z. */
export function filterGroups(
  available: PagefindFilterCounts,
  names: readonly string[] = FILTER_PARAMS,
  labels: Readonly<Record<string, string>> = FILTER_LABELS,
  /** Values in the order readers know them, per filter (the page gives them, in its language: filterValueOrder). */
  order: Readonly<Record<string, readonly string[]>> = {},
): FilterGroup[] {
  return names.flatMap((name) => {
    const counts = available[name];
    if (!counts) return [];
    const known = order[name] ?? [];
    const rank = (value: string) => (known.includes(value) ? known.indexOf(value) : known.length);
    const options = Object.entries(counts)
      .filter(([value, count]) => value && count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
    return options.length > 0 ? [{ name, label: labels[name] ?? name, options }] : [];
  });
}

/** The chosen values as Pagefind filters: within a group any value matches; groups must all match. */
export function pagefindFilterQuery(selection: FilterSelection): PagefindFilterQuery {
  const query: PagefindFilterQuery = {};
  for (const [name, values] of Object.entries(selection)) {
    if (values.length > 0) query[name] = { any: [...values] };
  }
  return query;
}

// ---------------------------------------------------------------------------
// History entries

/**
 * How a search page writes its address while the reader types, so that the
 * URL is always copyable and Back/Forward step through finished searches:
 *
 * - the first change after a finished search pushes a new entry (the finished
 *   one stays in history as it was);
 * - later changes while typing replace that entry;
 * - a pause or Enter finishes the search: the next change pushes again.
 *
 * Entries are identified by their URL ("key"). Pure: the caller applies the
 * action with history.pushState / replaceState.
 */
export type HistoryAction = 'push' | 'replace' | 'none';

export interface HistoryPolicy {
  /** The search changed while typing. */
  typed(key: string): HistoryAction;
  /** The search finished: a pause in typing, Enter, or a changed filter. */
  settled(key: string): HistoryAction;
  /** Back or Forward arrived at this entry. */
  restored(key: string): void;
}

export function createHistoryPolicy(initialKey: string): HistoryPolicy {
  let current = initialKey;
  let drafting = false;
  const move = (key: string): HistoryAction => {
    if (key === current) return 'none';
    const action = drafting ? 'replace' : 'push';
    current = key;
    return action;
  };
  return {
    typed(key) {
      const action = move(key);
      if (action !== 'none') drafting = true;
      return action;
    },
    settled(key) {
      const action = move(key);
      drafting = false;
      return action;
    },
    restored(key) {
      current = key;
      drafting = false;
    },
  };
}
