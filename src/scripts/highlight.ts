/**
 * Marks the searched words on an article reached from a search result
 * (?highlight=…), with Pagefind's highlighter, loaded only in that case.
 */
export const HIGHLIGHT_PARAM = 'highlight';

export function highlightSearchTerms(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = '/pagefind/pagefind-highlight.js';
  void import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }) => {
    // Our stylesheet styles <mark>; Pagefind's own styles would be an inline style the CSP blocks.
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  });
}
