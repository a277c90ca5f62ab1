/**
 * The only search code a page loads up front, so it stays small. It turns the
 * header's search form (a plain GET to /search/ without JavaScript) into the
 * opener of the search dialog: a click, typing or Enter in the box, or
 * Ctrl/⌘+K anywhere (no single-key shortcut: WCAG 2.1.4).
 *
 * Nothing else loads before the reader shows intent (hovering, pressing or
 * focusing the box, or the shortcut). Then the header's inert
 * <template data-search-app> is cloned into the page: the dialog's markup
 * (SearchDialog.astro) and the search code's module script, which runs and
 * hands its API back with an event; preload.ts starts Pagefind's files at the
 * same time, and hands what it learns to the search code. (A dynamic import()
 * here would make the bundler add its 1.8 KB module-preload helper, as a file
 * of its own, to every page.)
 *
 * The dialog opens here, at once, with the caret in its input: it never waits
 * for the search code. Keys typed before that arrives stay in the input, and
 * the search code searches them when it takes over.
 *
 * Pages that search on load (the search page, the 404 page) carry
 * [data-search-on-load]: the search code loads at once and enhances them.
 */
import { dialogTextAction } from '#lib/search/dialog-text.ts';
import type { SearchApp } from './app';
import { ignoreFailure, preloadSearch } from './preload';

/** The dialog's id (SearchDialog.astro). */
const DIALOG_ID = __SEARCH_DIALOG_ID__;

/** The words in the dialog's input so far. */
const typed = () => document.getElementById(DIALOG_ID)?.querySelector('input')?.value ?? '';

let app: Promise<SearchApp> | undefined;
const load = () =>
  (app ??= new Promise((resolve) => {
    const files = preloadSearch(typed);
    addEventListener(
      __SEARCH_APP_EVENT__,
      (event) => {
        const search = (event as CustomEvent<SearchApp>).detail;
        search.start(files);
        resolve(search);
      },
      { once: true },
    );
    const template = document.querySelector<HTMLTemplateElement>('template[data-search-app]');
    if (template) document.body.append(template.content.cloneNode(true));
  }));

/**
 * Shows the dialog (in the page once load() has run) with `text`: the header
 * box's words, or, when empty, the last search selected so typing replaces it.
 * Tells the search code when the text changed, as typing would.
 */
function showDialog(text: string): void {
  const dialog = document.getElementById(DIALOG_ID);
  const field = dialog?.querySelector('input');
  if (!(dialog instanceof HTMLDialogElement) || !field) return;
  const opening = !dialog.open;
  if (opening) dialog.showModal();
  const action = dialogTextAction(text, field.value, opening);
  field.focus();
  if (action === 'take') {
    field.value = text;
    field.setSelectionRange(text.length, text.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (action === 'select-last') {
    field.select();
  }
}

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  /** Opens the dialog with `text` (empty: on its last search); focus goes back to `opener` when it closes. */
  const open = (event: Event, text: string, opener: Element | null) => {
    event.preventDefault();
    const search = load();
    showDialog(text);
    search
      .then((app) => {
        app.openSearchDialog(opener, input);
      })
      .catch(ignoreFailure);
  };
  const fromBox = (event: Event) => {
    open(event, input.value, input);
  };
  // Intent: put the dialog and the search code into the page, and let it start Pagefind (which uses the preloads at once).
  for (const type of ['pointerenter', 'pointerdown', 'focusin']) {
    form.addEventListener(type, () => {
      load()
        .then((search) => {
          search.warmUp();
        })
        .catch(ignoreFailure);
    });
  }
  // A click, typing or Enter in the box opens the dialog with what it holds.
  input.addEventListener('click', fromBox);
  input.addEventListener('input', fromBox);
  form.addEventListener('submit', fromBox);
  addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
    open(event, '', document.activeElement);
  });
  input.setAttribute('aria-haspopup', 'dialog');
  input.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  form.querySelector<HTMLElement>('[data-search-shortcut]')?.removeAttribute('hidden');
}

if (document.querySelector('[data-search-on-load]')) {
  load()
    .then((search) => {
      search.enhancePage();
    })
    .catch(ignoreFailure);
}
