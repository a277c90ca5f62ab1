/**
 * The 404 page's "Were you looking for …": the words of the missing address,
 * and the pages of its own section first among the matches.
 */
import { tokenize } from './speller';

// ---------------------------------------------------------------------------
// The words of an address
// The words of a URL path, for the 404 page: "/fixes/icloud-storge/" → "icloud storge".
// A mistyped or outdated link pasted into a ticket still says what the reader wanted.

/** Path segments that say where, not what. */
const STRUCTURAL = new Set(['fixes', 'fix', 'kb', 'errors', 'search', 'index', 'html', 'htm', 'php', 'aspx']);

export function wordsFromPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Keep the raw path: a malformed escape is still made of words.
  }
  return tokenize(decoded.replace(/[-_./+]+/g, ' '))
    .filter((word) => !STRUCTURAL.has(word))
    .join(' ');
}

// ---------------------------------------------------------------------------
// Same section first
// On the 404 page, the broken address says which part of the site the reader
// wanted: /fixes/icloud-storge/ is a fix article, so fixes go before other
// pages (alert pages, say) that match the same words.

/** "/fixes/icloud-storge/" → "/fixes/"; "" for an address with no section. */
export function sectionOf(pathname: string): string {
  const match = /^\/[^/]+\//.exec(pathname);
  return match && match[0].length < pathname.length ? match[0] : '';
}

/** The hits in the same section first, each group in its own order. */
export function sameSectionFirst<T extends { url: string }>(hits: readonly T[], section: string): T[] {
  if (!section) return [...hits];
  const inSection = (hit: T) => new URL(hit.url, 'https://x.invalid').pathname.startsWith(section);
  return [...hits.filter(inSection), ...hits.filter((hit) => !inSection(hit))];
}
