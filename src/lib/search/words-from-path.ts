/**
 * The words of a URL path, for the 404 page: "/fixes/icloud-storge/" → "icloud storge".
 * A mistyped or outdated link pasted into a ticket still says what the reader wanted.
 */
import { tokenize } from './vocabulary';

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
