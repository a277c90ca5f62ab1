/**
 * How a search page writes its address while the reader types, so that the
 * URL is always copyable and Back/Forward step through finished searches:
 *
 * - the first change after a finished search pushes a new entry (the finished
 *   one stays in history as it was);
 * - later changes while typing replace that entry;
 * - a pause or Enter finishes the search: the next change pushes again.
 *
 * Entries are identified by their URL ("key"). Pure: the caller applies the
 * action with history.pushState / replaceState.
 */
export type HistoryAction = 'push' | 'replace' | 'none';

export interface HistoryPolicy {
  /** The search changed while typing. */
  typed(key: string): HistoryAction;
  /** The search finished: a pause in typing, Enter, or a changed filter. */
  settled(key: string): HistoryAction;
  /** Back or Forward arrived at this entry. */
  restored(key: string): void;
}

export function createHistoryPolicy(initialKey: string): HistoryPolicy {
  let current = initialKey;
  let drafting = false;
  const move = (key: string): HistoryAction => {
    if (key === current) return 'none';
    const action = drafting ? 'replace' : 'push';
    current = key;
    return action;
  };
  return {
    typed(key) {
      const action = move(key);
      if (action !== 'none') drafting = true;
      return action;
    },
    settled(key) {
      const action = move(key);
      drafting = false;
      return action;
    },
    restored(key) {
      current = key;
      drafting = false;
    },
  };
}
