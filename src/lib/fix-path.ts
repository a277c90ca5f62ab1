/**
 * The troubleshooting path: articles in the order a reader should try them,
 * quick checks first, contacting Apple last. The order comes from each
 * article's `order` field; nothing else lists the articles.
 */

export interface PathEntry {
  id: string;
  data: { order: number };
}

/** The entries sorted by their place on the path. */
export function byPathOrder<T extends PathEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The fix to try after the one with this id, or undefined at the end of the path. */
export function nextOnPath<T extends PathEntry>(entries: readonly T[], id: string): T | undefined {
  const path = byPathOrder(entries);
  const index = path.findIndex((entry) => entry.id === id);
  if (index === -1) throw new Error(`No article "${id}" on the troubleshooting path.`);
  return path[index + 1];
}
