/** What the search status line (a live region) says. */

/** "3 results for “storage”.", "12 results for “backup”; the best 6 are shown.", "No results for “x”. …" */
export function countText(total: number, query: string, shown = total): string {
  if (total === 0) return `No results for “${query}”. Try other words, or fewer.`;
  const found = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”`;
  return shown < total ? `${found}; the best ${shown} are shown.` : `${found}.`;
}
