/**
 * The only search code a page loads up front, so it stays small. It turns the
 * header's search form (a plain GET to /search/ without JavaScript) into the
 * opener of the search dialog: a click, typing or Enter in the box, or
 * Ctrl/⌘+K anywhere (no single-key shortcut: WCAG 2.1.4).
 *
 * Nothing else loads before the reader shows intent (hovering, pressing or
 * focusing the box, or the shortcut). Then preload.ts starts Pagefind's files,
 * and the search code is loaded: the header's inert <template data-search-app>
 * holds its module script; cloned into the page, it runs and hands its API
 * back with an event. (A dynamic import() here would make the bundler add its
 * 1.8 KB module-preload helper, as a file of its own, to every page.)
 *
 * Pages that search on load (the search page, the 404 page) carry
 * [data-search-on-load]: the search code loads at once and enhances them.
 */
import type { SearchApp } from './app';
import { preloadSearch } from './preload';

/** The event the search code's script sends (app.ts SEARCH_APP_EVENT; wiring.test.ts checks). */
const SEARCH_APP_EVENT = 'search-app';

let app: Promise<SearchApp> | undefined;
const load = () =>
  (app ??= new Promise((resolve) => {
    preloadSearch();
    addEventListener(SEARCH_APP_EVENT, (event) => resolve((event as CustomEvent<SearchApp>).detail), { once: true });
    const template = document.querySelector<HTMLTemplateElement>('template[data-search-app]');
    if (template) document.body.append(template.content.cloneNode(true));
  }));

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  /** Opens the dialog with `text` (empty: on its last search); focus goes back to `opener` when it closes. */
  const open = (event: Event, text: string, opener: Element | null) => {
    event.preventDefault();
    void load().then((search) => search.openSearchDialog(text, opener, input));
  };
  const fromBox = (event: Event) => open(event, input.value, input);
  // Intent: load the search code and let it start Pagefind (which uses the preloads at once).
  for (const type of ['pointerenter', 'pointerdown', 'focusin']) form.addEventListener(type, () => void load().then((search) => search.warmUp()));
  // A click, typing or Enter in the box opens the dialog with what it holds.
  input.addEventListener('click', fromBox);
  input.addEventListener('input', fromBox);
  form.addEventListener('submit', fromBox);
  addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
    const opener = document.activeElement;
    // Until the dialog is there, what the reader types goes into the box, and the dialog takes it from there.
    if (!document.querySelector('dialog[open]')) {
      input.focus();
      input.select();
    }
    open(event, '', opener);
  });
  input.setAttribute('aria-haspopup', 'dialog');
  input.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  form.querySelector<HTMLElement>('[data-search-shortcut]')?.removeAttribute('hidden');
}

if (document.querySelector('[data-search-on-load]')) void load().then((search) => search.enhancePage());
