/** A few DOM helpers for the search UI. */

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
export function excerpt(tag: 'p' | 'span', html: string, attributes: Attributes = {}): HTMLElement {
  const element = h(tag, { class: 'search-excerpt', ...attributes });
  element.innerHTML = html;
  return element;
}
