/**
 * Result links carry the searched words (?highlight=icloud&highlight=storage)
 * so the article marks them; see src/scripts/highlight.ts.
 */

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
