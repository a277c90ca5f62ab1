/**
 * What the search index holds of each page, read from dist/: the text a
 * reader sees, not the words only a screen reader hears nor the Settings
 * paths' separators ("Open Settings. ›then General" was an excerpt), and the
 * "Also known as" words as metadata, searched but never cut into an excerpt.
 */
import { expect, test } from 'vitest';
import { readHtmlPages, readPagefindFragments } from '../support/dist.ts';
import { attr, hasAttr, textContent, tokens, type HtmlElement } from '../support/html.ts';

/** Elements Pagefind never indexes, whatever their attributes. */
const NOT_INDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

/** Text-holding elements inside a data-pagefind-body that Pagefind indexes, with the test for each. */
function indexedElements(root: HtmlElement, pick: (el: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (el: HtmlElement, inBody: boolean) => {
    if (NOT_INDEXED.has(el.tagName) || hasAttr(el, 'data-pagefind-ignore')) return;
    const body = inBody || hasAttr(el, 'data-pagefind-body');
    if (body && pick(el)) found.push(el);
    for (const child of el.children) if (child.type === 'element') walk(child, body);
  };
  walk(root, false);
  return found;
}

const pages = readHtmlPages().filter((page) => !page.redirect);
const fragments = readPagefindFragments();

test('no text only a screen reader hears, and no text hidden from one, is in the search index', () => {
  const hiddenText = (el: HtmlElement) =>
    (tokens(el, 'class').includes('visually-hidden') || attr(el, 'aria-hidden') === 'true') && textContent(el).trim() !== '';
  const problems = pages.flatMap((page) =>
    page.document.children.flatMap((child) =>
      child.type === 'element' ? indexedElements(child, hiddenText).map((el) => `${page.file}: “${textContent(el).trim()}”`) : [],
    ),
  );
  expect(problems).toEqual([]);
});

test('the index text of no page holds a Settings path separator', () => {
  expect(fragments.length).toBeGreaterThan(0);
  expect(fragments.filter((fragment) => fragment.content.includes('›')).map((fragment) => fragment.url)).toEqual([]);
});

test('"Also known as" words are metadata: searched, never in the text excerpts are cut from', () => {
  const articles = pages.flatMap((page) => {
    const aliases = page.document.children.flatMap((child) =>
      child.type === 'element' ? indexedAliases(child) : [],
    );
    return aliases.length > 0 ? [{ urlPath: page.urlPath, aliases: aliases.join(' ') }] : [];
  });
  expect(articles.length).toBeGreaterThan(0);
  for (const { urlPath, aliases } of articles) {
    const fragment = fragments.find((f) => f.url === urlPath);
    expect(fragment?.meta.aliases, urlPath).toBe(aliases);
    expect(fragment?.content, urlPath).not.toContain(aliases);
  }
});

/** The text of each "Also known as" list (.aliases), wherever it is. */
function indexedAliases(root: HtmlElement): string[] {
  const found: string[] = [];
  const walk = (el: HtmlElement) => {
    if (tokens(el, 'class').includes('aliases')) {
      const list = el.children.find((child): child is HtmlElement => child.type === 'element');
      if (list) found.push(textContent(list).trim());
    }
    for (const child of el.children) if (child.type === 'element') walk(child);
  };
  walk(root);
  return found;
}
