/**
 * The troubleshooting path: articles in the order a reader should try them,
 * quick checks first, contacting Apple last. The order comes from each
 * article's `order` field; nothing else lists the articles. An article
 * without an order (the safety net) is not a step on the path.
 */

export interface PathEntry {
  id: string;
  data: { order?: number | undefined };
}

/** The articles that are steps on the path, sorted by their place on it. */
export function onPath<T extends PathEntry>(entries: readonly T[]): T[] {
  return entries.filter((entry) => entry.data.order !== undefined).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
}

/** Every article: the steps of the path in order, then the ones off the path, by id. */
export function byPathOrder<T extends PathEntry>(entries: readonly T[]): T[] {
  const offPath = entries.filter((entry) => entry.data.order === undefined).sort((a, b) => a.id.localeCompare(b.id));
  return [...onPath(entries), ...offPath];
}

/** The fix to try after the one with this id; undefined at the end of the path and for an article off it. */
export function nextOnPath<T extends PathEntry>(entries: readonly T[], id: string): T | undefined {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No article "${id}" on the troubleshooting path.`);
  if (entry.data.order === undefined) return undefined;
  const path = onPath(entries);
  return path[path.indexOf(entry) + 1];
}
