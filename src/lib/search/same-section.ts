/**
 * On the 404 page, the broken address says which part of the site the reader
 * wanted: /fixes/icloud-storge/ is a fix article, so fixes go before other
 * pages (alert pages, say) that match the same words.
 */

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
