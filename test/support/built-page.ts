/**
 * A built page read as a reader's browser would meet it without JavaScript,
 * for the checks in test/dist/ that need no browser: its elements by CSS
 * selector, their text as Playwright's toHaveText compares it (textContent,
 * white space collapsed), document order, regions by their accessible name,
 * and whether markup hides an element (the hidden attribute, a <template>, a
 * closed <details>, .visually-hidden). Built on test/support/html.ts.
 */
import { select, selectAll } from 'hast-util-select';
import { fileForUrlPath, readDist } from './dist.ts';
import { allElements, attr, type HtmlDocument, type HtmlElement, hasAttr, parseHtml, textContent, tokens } from './html.ts';

export interface BuiltPage {
  urlPath: string;
  document: HtmlDocument;
  /** The page's <main>; throws when it has none. */
  main: HtmlElement;
}

const cache = new Map<string, BuiltPage>();

/** The built page for a URL path (/troubleshoot/…/), parsed once. */
export function builtPage(urlPath: string): BuiltPage {
  const cached = cache.get(urlPath);
  if (cached) return cached;
  const document = parseHtml(readDist(fileForUrlPath(urlPath)));
  const main = select('main', document);
  if (!main) throw new Error(`${urlPath}: no <main>`);
  const page = { urlPath, document, main };
  cache.set(urlPath, page);
  return page;
}

/** Text as Playwright's toHaveText and toContainText compare it: textContent with white space collapsed. */
export function text(el: HtmlElement): string {
  return textContent(el).replace(/\s+/g, ' ').trim();
}

/** Every match of a CSS selector under `root`, in document order. */
export function $$(root: HtmlDocument | HtmlElement, selector: string): HtmlElement[] {
  return selectAll(selector, root);
}

/** The first match of a CSS selector under `root`, or undefined. */
export function $(root: HtmlDocument | HtmlElement, selector: string): HtmlElement | undefined {
  return select(selector, root);
}

/** The links under `root` whose text (their accessible name here: no link of these pages has aria-label) is exactly `name`. */
export function linksNamed(root: HtmlElement, name: string | RegExp): HtmlElement[] {
  return $$(root, 'a[href]').filter((a) => (typeof name === 'string' ? text(a) === name : name.test(text(a))));
}

/** The <section aria-labelledby> regions under `root` whose labelling element's text matches `name`. */
export function regionsNamed(page: BuiltPage, root: HtmlElement, name: string | RegExp): HtmlElement[] {
  return $$(root, 'section[aria-labelledby]').filter((section) => {
    const label = $(page.document, `[id="${attr(section, 'aria-labelledby') ?? ''}"]`);
    const labelText = label ? text(label) : '';
    return typeof name === 'string' ? labelText === name : name.test(labelText);
  });
}

/** True when `first` comes before `second` in document order (both must be in the document). */
export function comesBefore(page: BuiltPage, first: HtmlElement, second: HtmlElement): boolean {
  const order = allElements(page.document);
  const a = order.indexOf(first);
  const b = order.indexOf(second);
  return a >= 0 && b >= 0 && a < b;
}

const shownCache = new WeakMap<BuiltPage, Set<HtmlElement>>();

/**
 * The elements of a document that its markup does not hide from a reader: outside
 * <template>, [hidden], a closed <details> (its <summary> aside) and .visually-hidden.
 * What CSS alone hides is the browser tests' to find.
 */
export function shownElements(page: BuiltPage): Set<HtmlElement> {
  const cached = shownCache.get(page);
  if (cached) return cached;
  const shown = new Set<HtmlElement>();
  const visit = (el: HtmlElement) => {
    if (el.tagName === 'template' || hasAttr(el, 'hidden') || tokens(el, 'class').includes('visually-hidden')) return;
    shown.add(el);
    const closedDetails = el.tagName === 'details' && !hasAttr(el, 'open');
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (closedDetails && child.tagName !== 'summary') continue;
      visit(child);
    }
  };
  for (const child of page.document.children) if (child.type === 'element') visit(child);
  shownCache.set(page, shown);
  return shown;
}
