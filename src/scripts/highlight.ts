/**
 * Marks the searched words on an article reached from a search result
 * (?highlight=…), with Pagefind's highlighter, loaded only in that case.
 */
/** The part of Pagefind's highlighter module (/pagefind/pagefind-highlight.js) used here. */
interface PagefindHighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export function highlightSearchTerms(): void {
  if (!new URLSearchParams(location.search).has(__HIGHLIGHT_PARAM__)) return;
  const url = `${__PAGEFIND_DIR__}pagefind-highlight.js`;
  void (import(/* @vite-ignore */ url) as Promise<PagefindHighlightModule>).then(({ default: PagefindHighlight }) => {
    // Our stylesheet styles <mark>; Pagefind's own styles would be an inline style the CSP blocks.
    new PagefindHighlight({ highlightParam: __HIGHLIGHT_PARAM__, addStyles: false });
  });
}
