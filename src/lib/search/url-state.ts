/**
 * A search as a URL: /search/?q=not+enough+storage&risk=No+risk. The search
 * page reads it on load and on Back/Forward and writes it while the reader
 * types, so any search can be shared by copying the address.
 */

export const QUERY_PARAM = 'q';
/** Search the words as typed: no "Did you mean" correction. */
export const VERBATIM_PARAM = 'verbatim';
/** The Pagefind filters a URL may carry, in the order they are written. */
export const FILTER_PARAMS = ['category', 'risk'] as const;

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
