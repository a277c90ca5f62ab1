/**
 * Results as search shows them: how Pagefind ranks and excerpts them, what
 * kind of page each is, its title, ID, excerpt and best matching sections,
 * every link carrying the searched words for the article's highlighter, and
 * what the status line says about them.
 */
import type { PagefindOptions, PagefindResultData, PagefindSubResult } from './pagefind-types';
import { ALERTS_PATH, FIXES_PATH, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import { basePath } from '#lib/i18n/languages.ts';

// ---------------------------------------------------------------------------
// Ranking

/**
 * How much a match in an article's "Also known as" words (Pagefind meta
 * "aliases", AlsoKnownAs.astro) boosts it: they are metadata, searched but
 * never an excerpt ("as: iCloud storage full" was one). Measured 2026-12-06
 * when they moved out of the text (where they weighed 6): both sets 27/27 in
 * the top three at 1, 3 and 6; the right page first for 23, 23 and 25 of the
 * 27 queries ("not enough icloud storage" and "wifi connection backup" put
 * their fix first at 6; before the move, 23).
 */
const ALIASES_WEIGHT = 6;

/**
 * How Pagefind ranks and excerpts results, in one place. Measured with
 * e2e/search-eval.spec.ts over test/search-eval/ (queries.json and
 * questions.json); change a number only with the hit rates before and after.
 *
 * BM25 as Pagefind ships it (termFrequency 1, termSaturation 1.4,
 * termSimilarity 1, title meta weight 5), except pageLength: 0.35 instead of
 * 0.75. Alert pages are short and name their topic in their title, so at 0.75
 * a topic word ("storage", "wifi", "account") put the alert page above the fix
 * that treats the topic; at 0.35 the fix comes first, and a pasted alert text
 * still finds the alert's page first (its quoted text weighs 10). Below 0.35
 * the short troubleshooter page fell out of the top three for generic
 * questions ("iphone backup not working"). Measured 2026-12-01 on 10
 * articles, 6 alert pages and the troubleshooter's start page: both sets
 * 27/27 in the top three at 0.75, 0.5, 0.35 and 0.25; only the topic words
 * and the generic questions told them apart.
 *
 * The element weights are set on the pages: article titles 10, alert texts 8
 * on articles and 10 on the alert's own page (whose title, the alert's short
 * name, weighs 5), the troubleshooter's lead line 10. "Also known as" words
 * are metadata, weighed by metaWeights (ALIASES_WEIGHT).
 */
export const SEARCH_OPTIONS: PagefindOptions = {
  // Words around a match: a line in the dialog, two on narrow screens.
  excerptLength: 24,
  // An excerpt that starts or ends inside the text says so, rather than seem to start mid-phrase.
  excerptEllipsis: '…',
  ranking: { pageLength: 0.35, metaWeights: { aliases: ALIASES_WEIGHT } },
};

// ---------------------------------------------------------------------------
// Result shapes
// Pagefind's result data shaped for display: what kind of page it is, title,
// ID, excerpt, and the best matching sections, every link carrying the
// searched words.

/** What a result is, shown on it (SearchTextWords.kinds): a fix to follow, an alert explained, or the guided questions. */
type ResultKind = 'fix' | 'alert' | 'troubleshooter';

/** The kind of the page at a URL (path, or path with ?query and #fragment), in any language; undefined for other pages. */
export function resultKind(url: string): ResultKind | undefined {
  const path = basePath(url.replace(/[?#].*$/s, ''));
  if (path.startsWith(FIXES_PATH) && path !== FIXES_PATH) return 'fix';
  if (path.startsWith(ALERTS_PATH) && path !== ALERTS_PATH) return 'alert';
  if (path.startsWith(TROUBLESHOOT_PATH)) return 'troubleshooter';
  return undefined;
}

/**
 * What the search says, in the page's language (searchText in src/lib/i18n/ui/,
 * handed to the browser as JSON in the results list's data-search-text).
 * {query}, {count} and {shown} stand for the values.
 */
export interface SearchTextWords {
  kinds: Record<ResultKind, string>;
  noResults: string;
  oneResult: string;
  results: string;
  bestShown: string;
  didYouMean: string;
  /** After the suggestion: "?", " ?" in French. */
  didYouMeanEnd: string;
  showingFor: string;
  searchInstead: string;
  someWords: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

interface SearchSection {
  title: string;
  /** The article URL with ?highlight=… and #heading-id. */
  url: string;
  /** HTML: escaped text with <mark> around matched words (Pagefind's own output); empty when it is the page's excerpt. */
  excerptHtml: string;
}

export interface SearchHit {
  url: string;
  /** Shown on the result; none for a page of another kind. */
  kind?: ResultKind;
  title: string;
  /** The article's permanent ID (Pagefind meta "kbId"), when it has one. */
  kbId?: string;
  excerptHtml: string;
  sections: SearchSection[];
}

export interface ShapeOptions {
  /** Words for ?highlight=. */
  words: readonly string[];
  /** The URL parameter the article's highlighter reads. */
  highlightParam: string;
  /** How many sections to show at most. */
  maxSections: number;
}

/**
 * A heading's text as Pagefind read it, without a trailing self-link symbol
 * ("Delete backups#": Pagefind takes heading text with its anchor link, even
 * when that link is data-pagefind-ignore).
 */
export function cleanHeading(text: string): string {
  return text.replace(/\s*[#¶§]+\s*$/u, '').trim();
}

// ---------------------------------------------------------------------------
// Excerpts
// Pagefind's excerpt is a window of the page's text. It ends each block
// element (a heading, a paragraph, a list item) with a period, and starts at
// the top of the page or of a section, where the title is.

/** A word of an excerpt as text, for comparing: without Pagefind's <mark>, lower case, without a closing period or colon. */
function plainWord(word: string): string {
  return word
    .replace(/<\/?mark>/g, '')
    .toLowerCase()
    .replace(/[.:]$/, '');
}

/**
 * An excerpt as a result shows it, under its title: without the copies of the
 * title it starts with (the page's <h1>, an alert's text that is its title),
 * and without the period Pagefind adds to a block where the text goes on with
 * its own punctuation (a Settings path's last tap before ". Wait" or ": the date").
 */
export function tidyExcerpt(html: string, title: string): string {
  // The title as Pagefind's excerpts hold text: HTML-escaped, one space between words.
  const titleWords = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').split(/\s+/).filter(Boolean).map(plainWord);
  let words = html.split(/\s+/).filter(Boolean);
  const startsWithTitle = () => titleWords.length > 0 && titleWords.every((word, i) => plainWord(words[i] ?? '') === word);
  while (startsWithTitle()) words = words.slice(titleWords.length);
  return words.join(' ').replace(/\.(<\/mark>)?\s+(?=[.,:;!?])/g, '$1');
}

/** How strongly a section matched: the summed weight of its matched words. */
function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.weight, 0);
}

/**
 * A result as it can be shown before its fragment arrives, from the page's
 * address, title and ID (the build's search manifest): no excerpt, no sections.
 */
export function previewHit(
  [url, title, kbId]: readonly [url: string, title: string, kbId?: string],
  { words, highlightParam }: ShapeOptions,
): SearchHit {
  const kind = resultKind(url);
  return {
    url: withHighlight(url, words, highlightParam),
    ...(kind ? { kind } : {}),
    title,
    ...(kbId ? { kbId } : {}),
    excerptHtml: '',
    sections: [],
  };
}

export function shapeHit(data: PagefindResultData, { words, highlightParam, maxSections }: ShapeOptions): SearchHit {
  const title = data.meta.title?.trim() ?? '';
  const pageExcerpt = tidyExcerpt(data.excerpt, title);
  const seen = new Set<string>();
  const sections = data.sub_results
    // The part before the first heading is the article itself, already the main link.
    .filter((sub) => sub.url.includes('#') && !seen.has(sub.url) && seen.add(sub.url))
    .map((sub, order) => ({ sub, order, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxSections)
    .map(({ sub }) => {
      const title = cleanHeading(sub.title);
      const excerptHtml = tidyExcerpt(sub.excerpt, title);
      // The page's excerpt is often the best section's: said once, under the page's title.
      return { title, url: withHighlight(sub.url, words, highlightParam), excerptHtml: excerptHtml === pageExcerpt ? '' : excerptHtml };
    });
  const kbId = data.meta.kbId?.trim();
  const kind = resultKind(data.url);
  return {
    url: withHighlight(data.url, words, highlightParam),
    ...(kind ? { kind } : {}),
    title: title === '' ? data.url : title,
    ...(kbId ? { kbId } : {}),
    excerptHtml: pageExcerpt,
    sections,
  };
}

// ---------------------------------------------------------------------------
// Links that mark the searched words
// Result links carry the searched words (?highlight=icloud&highlight=storage)
// so the article marks them; see src/scripts/highlight.ts.

/** At most this many words go into a link. */
const MAX_WORDS = 8;

/**
 * The words to mark, as typed: split on white space, stripped of surrounding
 * punctuation, without repeats (case-insensitive).
 */
export function highlightWords(query: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of query.split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/**
 * The URL with one `param=word` per word, before any #fragment:
 * ("/fixes/a/#steps", ["icloud"]) → "/fixes/a/?highlight=icloud#steps".
 */
export function withHighlight(url: string, words: readonly string[], param: string): string {
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  params.delete(param);
  for (const word of words) params.append(param, word);
  return `${path}?${params.toString()}${hash}`;
}

// ---------------------------------------------------------------------------
// The status line
// What the search status line (a live region) says.

/** A piece of the correction line: text, or a link to search other words (as typed: `verbatim`). */
type CorrectionPart = string | { text: string; query: string; verbatim: boolean };

/** What a search's outcome says above its results: the words it searched, and whether it found every one. */
interface CorrectionOutcome {
  typed: string;
  shown: string;
  suggestion?: string;
  showingSuggestion: boolean;
  someWords: boolean;
}

/**
 * The line above the results that says what they are for, in pieces: "Did you
 * mean [storage]? Showing results for “storage”. [Search for “storge” instead].",
 * and "Showing results for some of your words." when not every word was found
 * together. Empty when there is nothing to say.
 */
export function correctionParts(outcome: CorrectionOutcome, words: SearchTextWords): CorrectionPart[] {
  const someWords = outcome.someWords ? [words.someWords] : [];
  if (!outcome.suggestion) return someWords;
  return [
    words.didYouMean,
    { text: outcome.suggestion, query: outcome.suggestion, verbatim: false },
    words.didYouMeanEnd,
    ...(outcome.showingSuggestion
      ? [
          ` ${fill(words.showingFor, { query: outcome.shown })} `,
          { text: fill(words.searchInstead, { query: outcome.typed }), query: outcome.typed, verbatim: true },
          '.',
        ]
      : []),
    ...someWords.map((text) => ` ${text}`),
  ];
}

/** "3 results for “storage”.", "12 results for “backup”; the best 6 are shown.", "No results for “x”. …" */
export function countText(total: number, query: string, words: SearchTextWords, shown = total): string {
  if (total === 0) return fill(words.noResults, { query });
  const found = fill(total === 1 ? words.oneResult : words.results, { count: total, query });
  return shown < total ? fill(words.bestShown, { found, shown }) : `${found}.`;
}
