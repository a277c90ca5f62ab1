/**
 * The search dialog every page opens from its header: a native modal <dialog>
 * with a WAI-ARIA combobox (the input) controlling a listbox of results.
 * Built on first use; nothing of it is in the page's HTML.
 */
import { SEARCH_PATH } from '../../lib/routes';
import { debounce } from '../../lib/search/debounce';
import { dialogTextAction } from '../../lib/search/dialog-text';
import { filterGroups } from '../../lib/search/filters';
import { normalizeQuery, searchHref, type SearchState } from '../../lib/search/url-state';
import { combobox } from './combobox';
import { h } from './dom';
import { availableFilters, preloadQuery, TYPING_DEBOUNCE_MS, warmUp } from './engine';
import { readFilters, renderFilters, syncFilters } from './filters-ui';
import { hitOptions } from './render';
import { createRunner } from './runner';

const LIMIT = 6;
const MAX_SECTIONS = 2;
const ID = 'search-dialog';

function build() {
  const input = h('input', {
    id: `${ID}-input`,
    type: 'text',
    name: 'q',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${ID}-results`,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    placeholder: 'For example: not enough storage',
  });
  const filterBox = h('div', { class: 'search-filters-body' });
  const filters = h('details', { class: 'search-filters' }, h('summary', {}, 'Filter by topic or risk'), filterBox);
  const status = h('p', { role: 'status', class: 'search-status' });
  const correction = h('p', { class: 'search-correction', hidden: true });
  const listbox = h('div', { role: 'listbox', id: `${ID}-results`, class: 'search-options', 'aria-label': 'Results' });
  const allResults = h('a', { href: SEARCH_PATH }, 'All results on the search page');
  const close = h('button', { type: 'button', class: 'search-dialog-close' }, 'Close');
  const dialog = h(
    'dialog',
    { id: ID, class: 'search-dialog', 'aria-labelledby': `${ID}-title` },
    h(
      'div',
      { class: 'search-dialog-body' },
      h(
        // Enter with no active option submits: the search page, with the same words and filters.
        'form',
        { role: 'search', action: SEARCH_PATH, method: 'get', class: 'search-dialog-form' },
        h('div', { class: 'search-dialog-head' }, h('h2', { id: `${ID}-title` }, h('label', { for: input.id }, 'Search the fixes')), close),
        input,
        filters,
      ),
      correction,
      status,
      listbox,
      h('p', { class: 'search-dialog-foot' }, allResults),
    ),
  );
  document.body.append(dialog);

  let verbatim = false;
  let returnFocus: { element: HTMLElement | null; source: HTMLInputElement | null } = { element: null, source: null };
  const state = (): SearchState => ({ query: normalizeQuery(input.value), filters: readFilters(filterBox), verbatim });
  const box = combobox(input, listbox);
  const run = createRunner({
    view: {
      list: listbox,
      render: (hit, rank) => hitOptions(hit, `${ID}-r${rank}`),
      changed: () => box.update(),
    },
    status,
    correction,
    limit: LIMIT,
    maxSections: MAX_SECTIONS,
    onPick(next) {
      input.value = next.query;
      verbatim = next.verbatim;
      syncFilters(filterBox, next.filters);
      input.focus();
      void run(state());
    },
    onDone(done) {
      allResults.href = searchHref(SEARCH_PATH, done);
    },
  });
  const later = debounce(() => void run(state()), TYPING_DEBOUNCE_MS);

  input.addEventListener('input', () => {
    verbatim = false;
    preloadQuery(input.value);
    later();
  });
  filterBox.addEventListener('change', () => {
    later.cancel();
    void run(state());
  });
  let filtersLoaded = false;
  filters.addEventListener('toggle', () => {
    if (!filters.open || filtersLoaded) return;
    filtersLoaded = true;
    availableFilters()
      .then((available) => renderFilters(filterBox, filterGroups(available), readFilters(filterBox), `${ID}-filter`))
      .catch(() => (filtersLoaded = false));
  });
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the <dialog> itself (its body fills the box).
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    later.cancel();
    const { element, source } = returnFocus;
    if (source) source.value = input.value;
    if (element?.isConnected) element.focus();
  });

  return {
    open(text: string, opener: HTMLElement | null, source: HTMLInputElement | null) {
      const opening = !dialog.open;
      if (opening) {
        returnFocus = { element: opener, source };
        dialog.showModal();
      }
      const action = dialogTextAction(text, input.value, opening);
      input.focus();
      if (action === 'keep') return;
      if (action === 'take') {
        input.value = text;
        verbatim = false;
        input.setSelectionRange(text.length, text.length);
      } else {
        input.select();
      }
      later.cancel();
      void run(state());
    },
  };
}

let searchDialog: ReturnType<typeof build> | undefined;

/**
 * Opens the dialog with `text` (an empty text keeps the last search). Focus
 * returns to `opener` when it closes, and `source` (the header's input) gets
 * the dialog's words.
 */
export function openSearchDialog(text = '', opener: Element | null = null, source: HTMLInputElement | null = null): void {
  warmUp();
  searchDialog ??= build();
  searchDialog.open(text, opener instanceof HTMLElement ? opener : null, source);
}

export { warmUp };
