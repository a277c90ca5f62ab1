/**
 * What every search UI shows (the dialog, the search page): the results of
 * the latest search, as the dialog's options or the page's list items, the
 * correction line above them, and the filters' checkboxes.
 *
 * Only the latest search may render. When the search manifest gave every
 * result's title, all results show at once; the first few then load their
 * data (Pagefind's fragment) and fill in their excerpt and sections, and the
 * others do when they scroll into view, so a slow phone fetches what the
 * reader sees. Otherwise they appear one by one in rank order as their data
 * arrives. Either way the previous results are replaced only when the new
 * first one is ready (no flicker while typing), and the status line (a live
 * region) then announces the count.
 *
 * Its own words come from the page, in the page's language (SearchDialog.astro,
 * SearchResults.astro): the status line's data-searching and data-unavailable,
 * the results list's data-in-page, data-id-prefix and data-sections-of ({title}
 * stands for a result's title), the filter box's data-label-<filter>.
 */
import { latestOnly } from '#lib/search/query.ts';
import { correctionParts, countText, type SearchHit, type SearchTextWords } from '#lib/search/results.ts';
import { type FilterGroup, type FilterSelection, searchHref, type SearchState } from '#lib/search/url-state.ts';
import { ignoreFailure, search, type SearchOutcome } from './engine';

interface ResultsView {
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
  /** The search page's path in the page's language: where the correction line's links go. */
  searchPath: string;
  /** A "Did you mean" link was followed: search this instead. */
  onPick: (state: SearchState) => void;
  /** After each finished search, with its outcome (undefined for an empty query). */
  onDone?: (state: SearchState, outcome: SearchOutcome | undefined) => void;
}

/**
 * Results shown from the manifest whose data (excerpt, sections) loads at
 * once: about what a phone's dialog shows. The rest load as they scroll into view.
 */
const EAGER_RESULTS = 3;

export function createRunner({ view, status, correction, wayForward, limit, maxSections, searchPath, onPick, onDone }: RunnerOptions) {
  const latest = latestOnly();
  const { list } = view;
  /** Watches the results whose data has not loaded, until they come into view; replaced by each search. */
  let watcher: IntersectionObserver | undefined;

  const show = (query: string, elements: HTMLElement[]) => {
    list.replaceChildren(...elements);
    list.dataset.query = query;
    view.changed?.();
  };

  const text = searchTextWords(list);

  return async function run(state: SearchState): Promise<void> {
    const isLatest = latest.start();
    watcher?.disconnect();
    watcher = undefined;
    if (!state.query) {
      show('', []);
      list.dataset.state = 'done';
      status.textContent = '';
      wayForward.hidden = true;
      renderCorrection(correction, undefined, state, onPick, searchPath, text);
      onDone?.(state, undefined);
      return;
    }
    list.dataset.state = 'loading';
    if (list.childElementCount === 0) status.textContent = status.dataset.searching ?? '';

    let outcome: SearchOutcome;
    try {
      outcome = await search({ ...state, limit, maxSections });
    } catch {
      if (isLatest()) {
        status.textContent = status.dataset.unavailable ?? '';
        wayForward.hidden = false;
        list.dataset.state = 'done';
      }
      return;
    }
    if (!isLatest()) return;
    renderCorrection(correction, outcome, state, onPick, searchPath, text);

    let shown = 0;
    const previews = outcome.hits.map((hit) => hit.preview);
    if (previews.length > 0 && previews.every((preview) => preview !== undefined)) {
      const groups = previews.map((preview, rank) => view.render(preview, rank));
      show(state.query, groups.flat());
      shown = groups.length;
      status.textContent = countText(outcome.total, outcome.shown, text, shown);
      /** Loads one result's data and puts it in place of its preview. */
      const fill = async (rank: number) => {
        const hit = await outcome.hits[rank]?.load().catch(() => undefined);
        const group = groups.at(rank) ?? [];
        const first = group.at(0);
        if (!hit || !first || !isLatest()) return;
        const fresh = view.render(hit, rank);
        first.replaceWith(...fresh);
        for (const element of group.slice(1)) element.remove();
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
            if (rank >= 0) fill(rank).catch(ignoreFailure);
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
    const count = countText(outcome.total, outcome.shown, text, shown);
    // Said once: a live region may announce a text set again.
    if (status.textContent !== count) status.textContent = count;
    wayForward.hidden = shown > 0;
    list.dataset.state = 'done';
    onDone?.(state, outcome);
  };
}

// ---------------------------------------------------------------------------
// Results as DOM
// Results as DOM: options of the dialog's listbox, and the items of the
// search page's list. Both show the kind (Fix, Alert, Guided questions), the
// title, the ID, the excerpt with the matched words marked, and the
// best-matching sections.

/** The words results are shown with, in the page's language. */
export interface ResultWords {
  /** After a section's title, for screen readers: ", in {title}". */
  inPage: string;
  /** Before an ID, for screen readers: "ID ". */
  idPrefix: string;
  /** The name of a result's list of sections: "Sections of {title}". */
  sectionsOf: string;
  /** What each kind of result is called: "Fix", "Alert", "Guided questions". */
  kinds: SearchTextWords['kinds'];
}

/** The result words from the results list's data- attributes. */
export function resultWords(list: HTMLElement): ResultWords {
  const { inPage = '', idPrefix = '', sectionsOf = '' } = list.dataset;
  return { inPage, idPrefix, sectionsOf, kinds: searchTextWords(list).kinds };
}

/** What the search says, from the results list's data-search-text (JSON, in the page's language). */
function searchTextWords(list: HTMLElement): SearchTextWords {
  return JSON.parse(list.dataset.searchText ?? '{}') as SearchTextWords;
}

/** A template's {title} filled in. */
const withTitle = (template: string, title: string) => template.replace('{title}', () => title);

/** The filters' names in the page's language, from the filter box's data-label-<filter> attributes. */
export function filterLabels(box: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    Object.entries(box.dataset).flatMap(([key, value]) =>
      key.startsWith('label') && value ? [[key.slice('label'.length).toLowerCase(), value]] : [],
    ),
  );
}

/** The filters' values in reader order, from the filter box's data-order-<filter> attributes (JSON lists). */
export function filterOrder(box: HTMLElement): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(box.dataset).flatMap(([key, value]) =>
      key.startsWith('order') && value ? [[key.slice('order'.length).toLowerCase(), JSON.parse(value) as string[]]] : [],
    ),
  );
}

/**
 * The dialog's options for one result: the article, then its sections, each a
 * link (so a pointer can open it, in a new tab too) with role="option".
 */
export function hitOptions(hit: SearchHit, id: string, words: ResultWords): HTMLElement[] {
  const option = (
    optionId: string,
    href: string,
    kind: 'page' | 'section',
    title: (Node | string)[],
    text: string,
    extra: Node[] = [],
    label?: string,
  ) => {
    // A page's excerpt is always there (empty in a preview, keeping its room); a section's only when it says something else.
    const described = kind === 'page' || text !== '';
    return h(
      'a',
      {
        role: 'option',
        id: optionId,
        href,
        tabindex: '-1',
        'aria-selected': 'false',
        class: `search-option search-option--${kind}`,
        'data-kind': kind,
        'aria-labelledby': label ? `${optionId}-k ${optionId}-t` : `${optionId}-t`,
        'aria-describedby': described ? `${optionId}-d` : undefined,
      },
      ...(label ? [h('span', { class: 'search-kind', id: `${optionId}-k` }, label)] : []),
      h('span', { class: 'search-option-title', id: `${optionId}-t` }, ...title),
      ...extra,
      ...(described ? [excerpt('span', text, { id: `${optionId}-d` })] : []),
    );
  };
  return [
    option(
      id,
      hit.url,
      'page',
      [hit.title],
      hit.excerptHtml,
      hit.kbId ? [h('span', { class: 'search-kbid' }, hit.kbId)] : [],
      hit.kind && words.kinds[hit.kind],
    ),
    ...hit.sections.map((section, i) =>
      option(
        `${id}-s${i}`,
        section.url,
        'section',
        [section.title, h('span', { class: 'visually-hidden' }, withTitle(words.inPage, hit.title))],
        section.excerptHtml,
      ),
    ),
  ];
}

/** A result on the search page: heading link, ID, excerpt, and links to its matching sections. */
export function hitItem(hit: SearchHit, words: ResultWords): HTMLLIElement {
  const item = h(
    'li',
    { class: 'search-hit' },
    h(
      'h2',
      {},
      ...(hit.kind ? [h('span', { class: 'search-kind' }, words.kinds[hit.kind]), ' '] : []),
      h('a', { href: hit.url }, hit.title),
    ),
    ...(hit.kbId ? [h('p', { class: 'search-kbid' }, h('span', { class: 'visually-hidden' }, words.idPrefix), hit.kbId)] : []),
    excerpt('p', hit.excerptHtml),
  );
  if (hit.sections.length > 0) {
    item.append(
      h(
        'ul',
        { class: 'search-sections', 'aria-label': withTitle(words.sectionsOf, hit.title) },
        ...hit.sections.map((section) =>
          h('li', {}, h('a', { href: section.url }, section.title), ...(section.excerptHtml ? [excerpt('p', section.excerptHtml)] : [])),
        ),
      ),
    );
  }
  return item;
}

// ---------------------------------------------------------------------------
// The correction line
// The line above the results that says what they are for (correctionParts in
// lib/search/results.ts); its links are real links to the search page, which
// `onPick` runs in place.

function renderCorrection(
  target: HTMLElement,
  outcome: SearchOutcome | undefined,
  state: SearchState,
  onPick: (next: SearchState) => void,
  searchPath: string,
  text: SearchTextWords,
): void {
  const parts = outcome ? correctionParts(outcome, text) : [];
  target.replaceChildren(
    ...parts.map((part) => {
      if (typeof part === 'string') return part;
      const next = { ...state, query: part.query, verbatim: part.verbatim };
      const a = h('a', { href: searchHref(searchPath, next) }, part.text);
      a.addEventListener('click', (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onPick(next);
      });
      return a;
    }),
  );
  target.hidden = parts.length === 0;
}

// ---------------------------------------------------------------------------
// The filters
// The filters as fieldsets of checkboxes, one per filter (topic, risk).

/**
 * Fills `target` with a fieldset per group. The checkboxes are named after the
 * filter, so a form submitted without JavaScript handling carries them too.
 * Each is inside its label, so the whole label is the touch target.
 */
export function renderFilters(target: HTMLElement, groups: readonly FilterGroup[], selection: FilterSelection): void {
  target.replaceChildren(
    ...groups.map((group) =>
      h(
        'fieldset',
        { class: 'search-filter' },
        h('legend', {}, group.label),
        ...group.options.map((option) =>
          h(
            'label',
            { class: 'search-filter-option' },
            h('input', {
              type: 'checkbox',
              name: group.name,
              value: option.value,
              checked: (selection[group.name] ?? []).includes(option.value),
            }),
            option.value,
          ),
        ),
      ),
    ),
  );
}

/** Ticks the checkboxes to match a selection (after Back/Forward). */
export function syncFilters(target: HTMLElement, selection: FilterSelection): void {
  for (const box of target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (selection[box.name] ?? []).includes(box.value);
  }
}

/** The selection the checkboxes show. */
export function readFilters(target: HTMLElement): FilterSelection {
  const selection: Record<string, string[]> = {};
  for (const box of target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (selection[box.name] ??= []).push(box.value);
  }
  return selection;
}

// ---------------------------------------------------------------------------
// DOM helpers

type Attributes = Record<string, string | boolean | undefined>;

/** An element with attributes (true → empty attribute, false/undefined → none) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/**
 * Pagefind's excerpt: the page's own text, HTML-escaped by Pagefind, with
 * <mark> around the matched words, so it is set as HTML.
 */
function excerpt(tag: 'p' | 'span', html: string, attributes: Attributes = {}): HTMLElement {
  const element = h(tag, { class: 'search-excerpt', ...attributes });
  element.innerHTML = html;
  return element;
}
