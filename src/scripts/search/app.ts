/**
 * All of search's own code, as one module and one file, loaded on demand by
 * boot.ts: SearchDialog.astro's module script imports it, inside the header's
 * <template data-search-app>; boot.ts clones it into the page and waits for
 * the API this module sends back.
 */
import { ignoreFailure, useSearchFiles, warmUp } from './engine';
import { openSearchDialog } from './dialog';
import { suggestForMissingPage } from './not-found';
import { startSearchPage } from './search-page';

/** Enhances the search parts of the page it is on: the search page's form, the 404 page's suggestions. */
function enhancePage(): void {
  startSearchPage();
  suggestForMissingPage().catch(ignoreFailure);
}

/** boot.ts calls it first: what it has preloaded, and how to preload more before Pagefind can. */
const start = useSearchFiles;

const searchApp = { start, openSearchDialog, warmUp, enhancePage };
export type SearchApp = typeof searchApp;

/** Hands the API to boot.ts, which is waiting for it. */
export function provideSearchApp(): void {
  dispatchEvent(new CustomEvent<SearchApp>(__SEARCH_APP_EVENT__, { detail: searchApp }));
}
