/**
 * Results as DOM: options of the dialog's listbox, and the items of the
 * search page's list. Both show the kind (Fix, Alert, Guided questions), the
 * title, the ID, the excerpt with the matched words marked, and the
 * best-matching sections.
 */
import type { SearchHit } from '../../lib/search/results';
import { excerpt, h } from './dom';

/**
 * The dialog's options for one result: the article, then its sections, each a
 * link (so a pointer can open it, in a new tab too) with role="option".
 */
export function hitOptions(hit: SearchHit, id: string): HTMLElement[] {
  const option = (
    optionId: string,
    href: string,
    kind: 'page' | 'section',
    title: (Node | string)[],
    text: string,
    extra: Node[] = [],
    label?: string,
  ) =>
    h(
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
        'aria-describedby': `${optionId}-d`,
      },
      ...(label ? [h('span', { class: 'search-kind', id: `${optionId}-k` }, label)] : []),
      h('span', { class: 'search-option-title', id: `${optionId}-t` }, ...title),
      ...extra,
      excerpt('span', text, { id: `${optionId}-d` }),
    );
  return [
    option(id, hit.url, 'page', [hit.title], hit.excerptHtml, hit.kbId ? [h('span', { class: 'search-kbid' }, hit.kbId)] : [], hit.kind),
    ...hit.sections.map((section, i) =>
      option(
        `${id}-s${i}`,
        section.url,
        'section',
        [section.title, h('span', { class: 'visually-hidden' }, `, in ${hit.title}`)],
        section.excerptHtml,
      ),
    ),
  ];
}

/** A result on the search page: heading link, ID, excerpt, and links to its matching sections. */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const item = h(
    'li',
    { class: 'search-hit' },
    h('h2', {}, ...(hit.kind ? [h('span', { class: 'search-kind' }, hit.kind), ' '] : []), h('a', { href: hit.url }, hit.title)),
    ...(hit.kbId ? [h('p', { class: 'search-kbid' }, h('span', { class: 'visually-hidden' }, 'ID '), hit.kbId)] : []),
    excerpt('p', hit.excerptHtml),
  );
  if (hit.sections.length > 0) {
    item.append(
      h(
        'ul',
        { class: 'search-sections', 'aria-label': `Sections of ${hit.title}` },
        ...hit.sections.map((section) => h('li', {}, h('a', { href: section.url }, section.title), excerpt('p', section.excerptHtml))),
      ),
    );
  }
  return item;
}
