/**
 * The search dialog's behaviour. Its markup is SearchDialog.astro, which
 * boot.ts puts into the page and opens (the dialog never waits for this
 * code); this code takes over the open dialog: it searches what the input
 * holds, then as the reader types, runs the combobox keys, the filters and
 * the "Did you mean" links, and gives focus (and the words) back on close.
 */
import { SEARCH_PATH } from '#lib/links/routes.ts';
import { debounce } from '#lib/search/query.ts';
import { filterGroups, normalizeQuery, searchHref, type SearchState } from '#lib/search/url-state.ts';
import { availableFilters, ignoreFailure, preloadQuery, TYPING_DEBOUNCE_MS, warmUp } from './engine';
import { createRunner, filterLabels, filterOrder, hitOptions, readFilters, renderFilters, resultWords, syncFilters } from './results-view';

const LIMIT = 6;
const MAX_SECTIONS = 2;
const ID = __SEARCH_DIALOG_ID__;

function part<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`search dialog: no ${selector}`);
  return element;
}

function attach(dialog: HTMLDialogElement) {
  const input = part(dialog, `#${ID}-input`, HTMLInputElement);
  const filters = part(dialog, 'details.search-filters', HTMLDetailsElement);
  const filterBox = part(dialog, '.search-filters-body', HTMLElement);
  const status = part(dialog, '[role="status"]', HTMLElement);
  const correction = part(dialog, '.search-correction', HTMLElement);
  const wayForward = part(dialog, '[data-search-way-forward]', HTMLElement);
  const listbox = part(dialog, `#${ID}-results`, HTMLElement);
  const allResults = part(dialog, '[data-search-all]', HTMLAnchorElement);
  const close = part(dialog, '[data-search-close]', HTMLButtonElement);
  // The search page in the page's language (the form's action), and the words results are shown with.
  const searchPath = part(dialog, 'form[role="search"]', HTMLFormElement).getAttribute('action') ?? SEARCH_PATH;
  const words = resultWords(listbox);

  let verbatim = false;
  let returnFocus: { element: HTMLElement | null; source: HTMLInputElement | null } | undefined;
  const state = (): SearchState => ({ query: normalizeQuery(input.value), filters: readFilters(filterBox), verbatim });
  const box = combobox(input, listbox);
  const run = createRunner({
    view: {
      list: listbox,
      render: (hit, rank) => hitOptions(hit, `${ID}-r${rank}`, words),
      changed: () => {
        box.update();
      },
      scroller: listbox,
    },
    status,
    correction,
    wayForward,
    limit: LIMIT,
    maxSections: MAX_SECTIONS,
    searchPath,
    onPick(next) {
      input.value = next.query;
      verbatim = next.verbatim;
      syncFilters(filterBox, next.filters);
      input.focus();
      run(state()).catch(ignoreFailure);
    },
    onDone(done) {
      allResults.href = searchHref(searchPath, done);
    },
  });
  const later = debounce(() => {
    run(state()).catch(ignoreFailure);
  }, TYPING_DEBOUNCE_MS);

  input.addEventListener('input', () => {
    verbatim = false;
    preloadQuery(input.value);
    later();
  });
  filterBox.addEventListener('change', () => {
    later.cancel();
    run(state()).catch(ignoreFailure);
  });
  let filtersLoaded = false;
  filters.addEventListener('toggle', () => {
    if (!filters.open || filtersLoaded) return;
    filtersLoaded = true;
    availableFilters()
      .then((available) => {
        renderFilters(
          filterBox,
          filterGroups(available, undefined, filterLabels(filterBox), filterOrder(filterBox)),
          readFilters(filterBox),
        );
      })
      .catch(() => (filtersLoaded = false));
  });
  close.addEventListener('click', () => {
    dialog.close();
  });
  // A click on the backdrop lands on the <dialog> itself (its body fills the box).
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    later.cancel();
    if (returnFocus?.source) returnFocus.source.value = input.value;
    const element = returnFocus?.element;
    returnFocus = undefined;
    if (element?.isConnected) element.focus();
  });

  return {
    /** The dialog is open (boot.ts opened it): remember where focus returns; search what the input holds, if not yet. */
    opened(opener: HTMLElement | null, source: HTMLInputElement | null) {
      returnFocus ??= { element: opener, source };
      if (normalizeQuery(input.value) !== (listbox.dataset.query ?? '') || listbox.dataset.state === undefined) {
        later.cancel();
        run(state()).catch(ignoreFailure);
      }
    },
  };
}

let searchDialog: ReturnType<typeof attach> | undefined;

/**
 * Takes over the dialog boot.ts opened. Focus returns to `opener` when it
 * closes, and `source` (the header's input) gets the dialog's words.
 */
export function openSearchDialog(opener: Element | null = null, source: HTMLInputElement | null = null): void {
  const dialog = document.getElementById(ID);
  if (!(dialog instanceof HTMLDialogElement)) return;
  warmUp();
  searchDialog ??= attach(dialog);
  searchDialog.opened(opener instanceof HTMLElement ? opener : null, source);
}

// ---------------------------------------------------------------------------
// The combobox keys

/**
 * The keyboard side of the WAI-ARIA combobox with a listbox popup: focus stays
 * in the input, ArrowDown/ArrowUp move the active option (aria-activedescendant,
 * aria-selected), Enter opens it. Escape is the dialog's (it closes it).
 */
interface Combobox {
  /**
   * Call after the options change: aria-expanded follows the list; an active
   * option that was replaced by one with its id (its data arrived) stays
   * active; one that left the list is dropped.
   */
  update(): void;
}

function combobox(input: HTMLInputElement, listbox: HTMLElement): Combobox {
  let active: HTMLElement | undefined;
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];

  const activate = (option: HTMLElement | undefined) => {
    active?.setAttribute('aria-selected', 'false');
    active = option;
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const list = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.length === 0) return;
      event.preventDefault();
      const at = active ? list.indexOf(active) : -1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From no option, Down goes to the first and Up to the last; past either end, back to the input.
      const next = at === -1 ? (step === 1 ? 0 : list.length - 1) : at + step;
      activate(list[next]);
    } else if (event.key === 'Enter' && active && list.includes(active)) {
      event.preventDefault();
      const href = active.getAttribute('href');
      if (href) location.assign(href);
    }
  });
  // Editing the text makes the choice stale.
  input.addEventListener('input', () => {
    activate(undefined);
  });

  return {
    update() {
      if (active && !listbox.contains(active)) {
        const same = options().find((option) => option.id === active?.id);
        active = undefined;
        activate(same);
      }
      input.setAttribute('aria-expanded', String(options().length > 0));
    },
  };
}
