/**
 * Pagefind finds pages with every word of a query. For the words of a broken
 * link ("how to fix icloud storage full") that is often none, so the 404 page
 * also searches each word alone and merges the lists: pages with more of the
 * words first, then by summed score.
 */
export interface Scored {
  id: string;
  score: number;
}

export function mergeAnyWord<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { item: T; words: number; score: number; first: number }>();
  let position = 0;
  for (const list of lists) {
    for (const item of list) {
      const entry = merged.get(item.id);
      if (entry) {
        entry.words += 1;
        entry.score += item.score;
      } else {
        merged.set(item.id, { item, words: 1, score: item.score, first: position });
      }
      position++;
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first)
    .map((entry) => entry.item);
}
