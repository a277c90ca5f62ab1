/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, 1.x) the site uses.
 * Pagefind is loaded at run time, never bundled, so its types are written here.
 */

/** Where a matched word is, and how much its element weighs (h1 = 10, body text = 1). */
interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A heading section of a result page that contains matches. */
export interface PagefindSubResult {
  title: string;
  /** The page URL, with #heading-id for a section (none for the part before the first heading). */
  url: string;
  /** Page text, HTML-escaped, with <mark> around the matched words. */
  excerpt: string;
  weighted_locations?: PagefindWeightedLocation[];
}

/** A result page's data, from `result.data()` (one fragment file each). */
export interface PagefindResultData {
  url: string;
  /** Page text, HTML-escaped, with <mark> around the matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Filter name → value → number of pages (a filter no page has is missing). */
export type PagefindFilterCounts = Partial<Record<string, Record<string, number>>>;

/** `{ risk: { any: ["No risk", "Settings reset"] } }`: a page matches when it has any of the values. */
export type PagefindFilterQuery = Record<string, { any: string[] }>;

interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each filter value among these results. */
  filters: PagefindFilterCounts;
}

interface PagefindRankingOptions {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
  metaWeights?: Record<string, number>;
}

export interface PagefindOptions {
  excerptLength?: number;
  /** Marks an excerpt that starts after the page's start or ends before its end (default: nothing). */
  excerptEllipsis?: string;
  ranking?: PagefindRankingOptions;
  /** Run the search in the page instead of a web worker. */
  noWorker?: boolean;
  /** Replaces the `?ts=<now>` cache-buster of pagefind-entry.json. */
  metaCacheTag?: string;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** A null query finds every page the filters allow. */
  search(query: string | null, options?: { filters?: PagefindFilterQuery }): Promise<PagefindSearchResponse | null>;
  /** Loads the index chunks a query needs without searching. */
  preload(query: string, options?: { filters?: PagefindFilterQuery }): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
}
