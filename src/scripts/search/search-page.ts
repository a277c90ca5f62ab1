/**
 * Enhances /search/: searches as the reader types and keeps the address in step
 * (?q=…&category=…&risk=…), so a search can be shared at any moment and Back /
 * Forward step through finished searches (createHistoryPolicy in lib/search/url-state.ts).
 * Without JavaScript the form still submits here and the page lists every fix by topic.
 */
import { debounce } from '#lib/search/query.ts';
import {
  createHistoryPolicy,
  filterGroups,
  type FilterSelection,
  type HistoryAction,
  normalizeQuery,
  readSearchState,
  searchQueryString,
  type SearchState,
} from '#lib/search/url-state.ts';
import { availableFilters, ignoreFailure, preloadQuery, TYPING_DEBOUNCE_MS, warmUp } from './engine';
import { createRunner, filterLabels, filterOrder, hitItem, readFilters, renderFilters, resultWords, syncFilters } from './results-view';

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;
/** A pause in typing this long finishes a search: the next change starts a new history entry. */
const SETTLE_MS = 1000;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLElement>('#search-results');
  const correction = document.querySelector<HTMLElement>('#search-correction');
  const filterFold = document.querySelector<HTMLDetailsElement>('details#search-filters');
  const filterBox = filterFold?.querySelector<HTMLElement>('.search-filters-body');
  const wayForward = document.querySelector<HTMLElement>('main [data-search-way-forward]');
  if (!form || !input || !status || !list || !correction || !filterFold || !filterBox || !wayForward) return;

  const initial = readSearchState(location.search);
  let filters: FilterSelection = initial.filters;
  let verbatim = initial.verbatim;
  input.value = initial.query;

  const current = (): SearchState => ({ query: normalizeQuery(input.value), filters, verbatim });
  const policy = createHistoryPolicy(searchQueryString(initial));
  const write = (action: HistoryAction, state: SearchState) => {
    if (action === 'none') return;
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (action === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const words = resultWords(list);
  const run = createRunner({
    view: { list, render: (hit) => [hitItem(hit, words)] },
    status,
    correction,
    wayForward,
    limit: MAX_RESULTS,
    maxSections: MAX_SECTIONS,
    // This page, in its language: the correction line's links search here.
    searchPath: location.pathname,
    onPick: (next) => {
      show(next);
      finish();
    },
  });

  /** Puts a state into the form and searches it, without touching the address. */
  const show = (state: SearchState) => {
    typing.cancel();
    settling.cancel();
    input.value = state.query;
    filters = state.filters;
    verbatim = state.verbatim;
    syncFilters(filterBox, filters);
    run(state).catch(ignoreFailure);
  };

  const typing = debounce(() => {
    const state = current();
    write(policy.typed(searchQueryString(state)), state);
    void run(state);
  }, TYPING_DEBOUNCE_MS);

  /** The search is finished (pause, Enter, filter, correction): Back will return to it. */
  const finish = () => {
    typing.flush();
    settling.cancel();
    const state = current();
    write(policy.settled(searchQueryString(state)), state);
  };
  const settling = debounce(finish, SETTLE_MS);

  let filtersShown = false;
  const showFilters = () => {
    if (filtersShown) return;
    filtersShown = true;
    availableFilters()
      .then((available) => {
        renderFilters(filterBox, filterGroups(available, undefined, filterLabels(filterBox), filterOrder(filterBox)), filters);
        filterFold.hidden = filterBox.childElementCount === 0;
        // A shared search with filters shows them; otherwise they wait, folded, below the box.
        filterFold.open = Object.values(filters).some((values) => values.length > 0);
      })
      .catch(() => (filtersShown = false));
  };

  input.addEventListener('input', () => {
    verbatim = false;
    preloadQuery(input.value);
    typing();
    settling();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing.cancel();
    finish();
    void run(current());
  });
  filterBox.addEventListener('change', () => {
    filters = readFilters(filterBox);
    typing.cancel();
    finish();
    void run(current());
  });
  addEventListener('popstate', () => {
    const state = readSearchState(location.search);
    policy.restored(searchQueryString(state));
    show(state);
  });
  // The reader came here to search: load it now (boot.ts has started Pagefind's files).
  warmUp();
  showFilters();
  void run(initial);
}
