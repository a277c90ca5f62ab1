/**
 * The 404 page's "Were you looking for …": the words of the missing address
 * (/fixes/icloud-storge/ → "icloud storge"), spelling-corrected, searched, and
 * the best articles listed. Without JavaScript the page keeps its fixed links.
 */
import { sameSectionFirst, sectionOf, wordsFromPath } from '#lib/search/not-found.ts';
import type { SearchHit } from '#lib/search/results.ts';
import { h } from './results-view';
import { search } from './engine';

const MAX_SUGGESTIONS = 3;
/** Candidates to pick the suggestions from, pages in the address's own section first. */
const CANDIDATES = 8;

export async function suggestForMissingPage(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-not-found-suggestions]');
  const list = box?.querySelector('ul');
  const from = box?.querySelector('[data-words]');
  const words = wordsFromPath(location.pathname);
  if (!box || !list || !words) return;

  const outcome = await search({ query: words, filters: {}, verbatim: false, limit: CANDIDATES, maxSections: 0 }).catch(() => undefined);
  if (!outcome || outcome.total === 0) return;
  const found = (
    await Promise.all(outcome.hits.map((hit) => (hit.preview ? Promise.resolve(hit.preview) : hit.load().catch(() => undefined))))
  ).filter((hit): hit is SearchHit => !!hit);
  const hits = sameSectionFirst(found, sectionOf(location.pathname)).slice(0, MAX_SUGGESTIONS);
  if (hits.length === 0) return;
  list.replaceChildren(...hits.map((hit) => h('li', {}, h('a', { href: hit.url }, hit.title))));
  if (from) from.textContent = outcome.shown;
  box.hidden = false;
}
