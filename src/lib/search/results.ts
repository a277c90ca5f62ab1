/**
 * Pagefind's result data shaped for display: title, ID, excerpt, and the best
 * matching sections, every link carrying the searched words.
 */
import { withHighlight } from './highlight-link';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';

export interface SearchSection {
  title: string;
  /** The article URL with ?highlight=… and #heading-id. */
  url: string;
  /** HTML: escaped text with <mark> around matched words (Pagefind's own output). */
  excerptHtml: string;
}

export interface SearchHit {
  url: string;
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
  return {
    url: withHighlight(data.url, words, highlightParam),
    title: data.meta.title?.trim() || data.url,
    ...(kbId ? { kbId } : {}),
    excerptHtml: data.excerpt,
    sections,
  };
}
