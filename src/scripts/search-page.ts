/**
 * Enhances /search/: runs the query from ?q= on load and shows Pagefind's
 * results. Without JavaScript the page still lists every fix by topic.
 */
import { loadPagefind, type PagefindResultData } from './pagefind';

const MAX_RESULTS = 10;

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, excerpt);
  return item;
}

async function runSearch(query: string, status: HTMLElement, list: HTMLElement): Promise<void> {
  list.replaceChildren();
  if (!query) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await loadPagefind();
  const search = await pagefind.search(query);
  const results = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
  list.replaceChildren(...results.map(renderResult));
  status.textContent =
    results.length === 0
      ? `No fixes match “${query}”. Try other words, or browse by topic below.`
      : `${results.length} ${results.length === 1 ? 'fix matches' : 'fixes match'} “${query}”.`;
}

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLElement>('#search-results');
  if (!input || !status || !list) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  void runSearch(query, status, list);
}
