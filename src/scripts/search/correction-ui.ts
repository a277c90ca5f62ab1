/**
 * The line above the results that says what they are for: "Did you mean
 * storage? Showing results for “storage”. Search for “storge” instead." (both
 * real links to the search page; `onPick` runs them in place), and "Showing
 * results for some of your words." when not every word was found together.
 */
import { SEARCH_PATH } from '../../lib/routes';
import { searchHref, type SearchState } from '../../lib/search/url-state';
import type { SearchOutcome } from './engine';
import { h } from './dom';

const SOME_WORDS = 'Showing results for some of your words.';

export function renderCorrection(
  target: HTMLElement,
  outcome: SearchOutcome | undefined,
  state: SearchState,
  onPick: (next: SearchState) => void,
): void {
  target.replaceChildren();
  target.hidden = !outcome?.suggestion && !outcome?.someWords;
  if (!outcome) return;
  if (!outcome.suggestion) {
    if (outcome.someWords) target.append(SOME_WORDS);
    return;
  }
  const link = (text: string, next: SearchState) => {
    const a = h('a', { href: searchHref(SEARCH_PATH, next) }, text);
    a.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onPick(next);
    });
    return a;
  };
  target.append('Did you mean ', link(outcome.suggestion, { ...state, query: outcome.suggestion, verbatim: false }), '?');
  if (outcome.showingSuggestion) {
    target.append(
      ` Showing results for “${outcome.shown}”. `,
      link(`Search for “${outcome.typed}” instead`, { ...state, query: outcome.typed, verbatim: true }),
      '.',
    );
  }
  if (outcome.someWords) target.append(' ', SOME_WORDS);
}
