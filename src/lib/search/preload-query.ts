/**
 * What to load index chunks for while a query is being typed. Pagefind splits
 * its index into chunks by word; a one- or two-letter prefix ("n", "no") can
 * span several of them, so loading for every keystroke would fetch chunks the
 * finished query never needs (on the 1,000-article benchmark site, five chunks
 * for "not enough icloud storage" instead of the words' own).
 */

/** A last word shorter than this is still being typed: not worth loading for. */
export const MIN_PRELOAD_PREFIX = 3;

/** "not en" → "not"; "not eno" → "not eno"; "not " → "not"; "no" → "". */
export function preloadableQuery(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const typing = !/\s$/.test(query);
  if (typing && (words.at(-1)?.length ?? 0) < MIN_PRELOAD_PREFIX) words.pop();
  return words.join(' ');
}
