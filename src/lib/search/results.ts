/**
 * Pagefind's result data shaped for display: what kind of page it is, title,
 * ID, excerpt, and the best matching sections, every link carrying the
 * searched words.
 */
import { ERRORS_PATH, FIXES_PATH, TROUBLESHOOT_PATH } from '../routes';
import { withHighlight } from './highlight-link';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';

/** What a result is, shown on it: a fix to follow, an alert explained, or the guided questions. */
type ResultKind = 'Fix' | 'Alert' | 'Guided questions';

/** The kind of the page at a URL (path, or path with ?query and #fragment); undefined for other pages. */
export function resultKind(url: string): ResultKind | undefined {
  const path = url.replace(/[?#].*$/s, '');
  if (path.startsWith(FIXES_PATH) && path !== FIXES_PATH) return 'Fix';
  if (path.startsWith(ERRORS_PATH) && path !== ERRORS_PATH) return 'Alert';
  if (path.startsWith(TROUBLESHOOT_PATH)) return 'Guided questions';
  return undefined;
}

export interface SearchSection {
  title: string;
  /** The article URL with ?highlight=… and #heading-id. */
  url: string;
  /** HTML: escaped text with <mark> around matched words (Pagefind's own output). */
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
  const seen = new Set<string>();
  const sections = data.sub_results
    // The part before the first heading is the article itself, already the main link.
    .filter((sub) => sub.url.includes('#') && !seen.has(sub.url) && seen.add(sub.url))
    .map((sub, order) => ({ sub, order, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxSections)
    .map(({ sub }) => ({ title: cleanHeading(sub.title), url: withHighlight(sub.url, words, highlightParam), excerptHtml: sub.excerpt }));
  const kbId = data.meta.kbId?.trim();
  const kind = resultKind(data.url);
  return {
    url: withHighlight(data.url, words, highlightParam),
    ...(kind ? { kind } : {}),
    title: data.meta.title?.trim() || data.url,
    ...(kbId ? { kbId } : {}),
    excerptHtml: data.excerpt,
    sections,
  };
}
