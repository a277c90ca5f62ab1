/**
 * Runs searches for one search UI and shows them: only the latest search may
 * render. When the search manifest gave every result's title, all results
 * show at once; the first few then load their data (Pagefind's fragment) and
 * fill in their excerpt and sections, and the others do when they scroll into
 * view, so a slow phone fetches what the reader sees. Otherwise they appear
 * one by one in rank order as their data arrives. Either way the previous
 * results are replaced only when the new first one is ready (no flicker while
 * typing), and the status line (a live region) then announces the count.
 */
import { latestOnly } from '../../lib/search/query';
import { countText } from '../../lib/search/results';
import type { SearchHit } from '../../lib/search/results';
import type { SearchState } from '../../lib/search/url-state';
import { renderCorrection } from './correction-ui';
import { search, type SearchOutcome } from './engine';

export interface ResultsView {
  /** The element holding the results; gets data-query (the typed words it shows) and data-state (loading, done). */
  list: HTMLElement;
  /** Elements for one result, appended in rank order. */
  render(hit: SearchHit, rank: number): HTMLElement[];
  /** After the results changed. */
  changed?(): void;
  /** The box the results scroll in, if not the page (what is inside it is in view). */
  scroller?: HTMLElement;
}

export interface RunnerOptions {
  view: ResultsView;
  status: HTMLElement;
  correction: HTMLElement;
  /** Links to the troubleshooter and the alerts (SearchWayForward.astro), shown when a search finds nothing. */
  wayForward: HTMLElement;
  limit: number;
  maxSections: number;
  /** A "Did you mean" link was followed: search this instead. */
  onPick(state: SearchState): void;
  /** After each finished search, with its outcome (undefined for an empty query). */
  onDone?(state: SearchState, outcome: SearchOutcome | undefined): void;
}

const UNAVAILABLE = 'Search is not available right now. Try again, or browse the fixes by topic.';

/**
 * Results shown from the manifest whose data (excerpt, sections) loads at
 * once: about what a phone's dialog shows. The rest load as they scroll into view.
 */
const EAGER_RESULTS = 3;

export function createRunner({ view, status, correction, wayForward, limit, maxSections, onPick, onDone }: RunnerOptions) {
  const latest = latestOnly();
  const { list } = view;
  /** Watches the results whose data has not loaded, until they come into view; replaced by each search. */
  let watcher: IntersectionObserver | undefined;

  const show = (query: string, elements: HTMLElement[]) => {
    list.replaceChildren(...elements);
    list.dataset.query = query;
    view.changed?.();
  };

  return async function run(state: SearchState): Promise<void> {
    const isLatest = latest.start();
    watcher?.disconnect();
    watcher = undefined;
    if (!state.query) {
      show('', []);
      list.dataset.state = 'done';
      status.textContent = '';
      wayForward.hidden = true;
      renderCorrection(correction, undefined, state, onPick);
      onDone?.(state, undefined);
      return;
    }
    list.dataset.state = 'loading';
    if (list.childElementCount === 0) status.textContent = 'Searching…';

    let outcome: SearchOutcome;
    try {
      outcome = await search({ ...state, limit, maxSections });
    } catch {
      if (isLatest()) {
        status.textContent = UNAVAILABLE;
        wayForward.hidden = false;
        list.dataset.state = 'done';
      }
      return;
    }
    if (!isLatest()) return;
    renderCorrection(correction, outcome, state, onPick);

    let shown = 0;
    const previews = outcome.hits.map((hit) => hit.preview);
    if (previews.length > 0 && previews.every((preview) => preview !== undefined)) {
      const groups = previews.map((preview, rank) => view.render(preview, rank));
      show(state.query, groups.flat());
      shown = groups.length;
      status.textContent = countText(outcome.total, outcome.shown, shown);
      /** Loads one result's data and puts it in place of its preview. */
      const fill = async (rank: number) => {
        const hit = await outcome.hits[rank]?.load().catch(() => undefined);
        const [first, ...rest] = groups[rank] ?? [];
        if (!hit || !first || !isLatest()) return;
        const fresh = view.render(hit, rank);
        first.replaceWith(...fresh);
        for (const element of rest) element.remove();
        groups[rank] = fresh;
        view.changed?.();
      };
      // The first results at once; the others when they come into view, once the first have their final height.
      const eager = groups.map((_, rank) => rank).filter((rank) => rank < EAGER_RESULTS);
      await Promise.all(eager.map(fill));
      if (!isLatest()) return;
      const watching = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            watching.unobserve(entry.target);
            const rank = groups.findIndex((group) => group[0] === entry.target);
            if (rank >= 0) fill(rank).catch(() => {});
          }
        },
        { root: view.scroller ?? null },
      );
      for (const group of groups.slice(EAGER_RESULTS)) if (group[0]) watching.observe(group[0]);
      watcher = watching;
    } else {
      const loading = outcome.hits.map((pending) => pending.load().catch(() => undefined));
      for (const [rank, pending] of loading.entries()) {
        const hit = await pending;
        if (!isLatest()) return;
        if (!hit) continue;
        const elements = view.render(hit, rank);
        if (shown === 0) show(state.query, elements);
        else {
          list.append(...elements);
          view.changed?.();
        }
        shown++;
      }
    }
    if (shown === 0) show(state.query, []);
    const count = countText(outcome.total, outcome.shown, shown);
    // Said once: a live region may announce a text set again.
    if (status.textContent !== count) status.textContent = count;
    wayForward.hidden = shown > 0;
    list.dataset.state = 'done';
    onDone?.(state, outcome);
  };
}
