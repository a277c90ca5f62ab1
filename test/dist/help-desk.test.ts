/**
 * Help-desk features as the built files hold them (no browser): the short
 * links' redirect pages (/kb/<kbId>/), the links to every section and step and
 * their numbering, the help-desk tools on each article, and the plain-text
 * reply /kb/<kbId>.txt. What needs a browser (following the redirects,
 * copying to the clipboard, print) is in e2e/help-desk.spec.ts.
 *
 * Expectations come from content/fixes/*.mdx (test/support/content.ts); the
 * short links' origin is SITE_URL's, read from the sitemap.
 */
import { describe, expect, test } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { type Article, articles } from '../support/content.ts';
import { defined } from '#lib/defined.ts';
import { distExists, fileForUrlPath, readDist, readSitemap } from '../support/dist.ts';
import { attr, elementsByTag, type HtmlDocument, type HtmlElement, parseHtml, textContent, tokens } from '../support/html.ts';

/** The short link path: the promise made to agents, so spelt out here rather than imported. */
const kbPathOf = (article: Article) => `/kb/${article.kbId}/`;
const replyPathOf = (article: Article) => `/kb/${article.kbId}.txt`;
const absoluteUrlOf = (urlPath: string) => new URL(urlPath, readSitemap().origin).href;
/** The short link as the article shows it: absolute, on SITE_URL's origin. */
const shortLinkOf = (article: Article) => absoluteUrlOf(kbPathOf(article));

const documentAt = (urlPath: string): HtmlDocument => parseHtml(readDist(fileForUrlPath(urlPath)));
const hrefs = (links: readonly HtmlElement[]) => links.map((a) => attr(a, 'href'));
const childElements = (el: HtmlElement, tagName: string) =>
  el.children.filter((c): c is HtmlElement => c.type === 'element' && c.tagName === tagName);

describe('short links /kb/<kbId>/: a redirect page each (meta refresh, link, canonical, noindex)', () => {
  test.each(articles.map((a) => [kbPathOf(a), a] as const))('%s', (kbPath, article) => {
    expect(distExists(fileForUrlPath(kbPath)), `dist/${fileForUrlPath(kbPath)}`).toBe(true);
    const document = documentAt(kbPath);

    const refreshes = elementsByTag(document, 'meta').filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh');
    expect(refreshes, 'one meta refresh').toHaveLength(1);
    const refresh = attr(defined(refreshes[0], 'the meta refresh'), 'content') ?? '';
    const refreshMatch = /^\s*0\s*;\s*url\s*=\s*(\S+)\s*$/i.exec(refresh);
    expect(refreshMatch, `meta refresh content "${refresh}" should be "0; url=${article.url}"`).toBeTruthy();
    expect(new URL(defined(refreshMatch?.[1], 'the meta refresh URL'), absoluteUrlOf('/')).pathname).toBe(article.url);

    const links = elementsByTag(document, 'a').filter((a) => new URL(attr(a, 'href') ?? '', absoluteUrlOf(kbPath)).pathname === article.url);
    expect(links.length, `a link to ${article.url}`).toBeGreaterThan(0);
    expect(textContent(defined(links[0], `a link to ${article.url}`))).toContain(article.title);

    const canonicals = elementsByTag(document, 'link').filter((l) => tokens(l, 'rel').includes('canonical'));
    expect(canonicals.map((l) => attr(l, 'href'))).toEqual([absoluteUrlOf(article.url)]);

    const robots = elementsByTag(document, 'meta').filter((m) => attr(m, 'name')?.toLowerCase() === 'robots');
    expect(robots.map((m) => attr(m, 'content') ?? '').join(',')).toMatch(/\bnoindex\b/);
  });
});

describe('section and step anchors: every h2, h3 and step has an id and a link; steps are numbered through the article', () => {
  test.each(articles.map((a) => [a.url, a] as const))('%s', (url, article) => {
    const document = documentAt(url);
    const prose = defined(select('div.prose', document), `${url}: div.prose`);
    const inSummary = new Set(selectAll('summary h2, summary h3', prose));
    // Inside the closed lead section: out of the accessibility tree until it is opened.
    const folded = new Set(selectAll('details h2, details h3, details a', prose));

    const headings = selectAll('h2, h3', prose);
    expect(headings.length, 'the body has headings').toBeGreaterThan(0);
    for (const heading of headings) {
      const id = attr(heading, 'id');
      expect(id, `heading "${textContent(heading)}" has an id`).toBeTruthy();
      // The folded lead section's heading is its <summary>'s text: a summary holds no other control.
      expect(hrefs(selectAll('a[data-anchor-link]', heading)), `heading "${textContent(heading)}" links to itself`).toEqual(
        inSummary.has(heading) ? [] : [`#${id}`],
      );
    }
    // The links' accessible names (aria-label), as assistive technology reads them: not the folded ones.
    const anchorLinks = selectAll('a[data-anchor-link]', prose).filter((a) => !folded.has(a));
    expect(hrefs(anchorLinks.filter((a) => (attr(a, 'aria-label') ?? '').startsWith('Link to section')))).toEqual(
      headings.filter((h) => !folded.has(h)).map((h) => `#${attr(h, 'id')}`),
    );

    // Steps: the items of the body's top-level numbered lists, numbered through the article.
    const lists = childElements(prose, 'ol');
    expect(lists.length, 'the body has numbered steps').toBeGreaterThan(0);
    let step = 0;
    for (const [l, list] of lists.entries()) {
      expect(tokens(list, 'class'), `list ${l + 1}`).toContain('steps');
      expect(attr(list, 'start'), `list ${l + 1} starts at ${step + 1}`).toBe(String(step + 1));
      for (const item of childElements(list, 'li')) {
        step += 1;
        expect(attr(item, 'id'), `item ${step}`).toBe(`step-${step}`);
        const own = childElements(item, 'a').filter((a) => attr(a, 'data-anchor-link') !== undefined);
        expect(hrefs(own), `step ${step}'s own link`).toEqual([`#step-${step}`]);
      }
    }
    expect(
      anchorLinks
        .filter((a) => /^Link to step \d+$/.test(attr(a, 'aria-label') ?? ''))
        .map((a) => `${attr(a, 'href')} ${attr(a, 'aria-label')}`),
      'each step link is named after its step',
    ).toEqual(Array.from({ length: step }, (_, i) => `#step-${i + 1} Link to step ${i + 1}`));
    // No other element claims a step id (nested lists are part of their step; old step numbers are .step-alias markers).
    expect(
      selectAll('[id^="step-"]', document)
        .filter((el) => !tokens(el, 'class').includes('step-alias'))
        .map((el) => attr(el, 'id')),
    ).toEqual(Array.from({ length: step }, (_, i) => `step-${i + 1}`));

    // The plain-text reply numbers the steps the same way: its top-level numbers are 1..N.
    const reply = readDist(replyPathOf(article));
    expect(
      [...reply.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])),
      `${replyPathOf(article)} numbers its steps like the page`,
    ).toEqual(Array.from({ length: step }, (_, i) => i + 1));
  });
});

describe('the help-desk tools on each article: short link, Copy as reply (hidden until JavaScript shows it), plain text, print line', () => {
  test.each(articles.map((a) => [a.url, a] as const))('%s', (url, article) => {
    const document = documentAt(url);
    const shortLinks = selectAll('a[data-short-link]', document);
    expect(shortLinks, 'one short link').toHaveLength(1);
    const shortLink = defined(shortLinks[0], 'the short link');
    // The short link the page shows is the absolute URL of /kb/<kbId>/ on the site's origin.
    expect(attr(shortLink, 'data-short-link')).toBe(shortLinkOf(article));
    expect(textContent(shortLink).trim()).toMatch(new RegExp(`${article.kbId}$`));
    expect(attr(shortLink, 'href')).toBe(kbPathOf(article));

    // The copy-link live region: role=status, so screen readers hear what was copied.
    expect(selectAll('[data-copy-status]', document).map((el) => attr(el, 'role'))).toEqual(['status']);

    // Without JavaScript there is no copy button: it is hidden until the script shows it.
    const copyButtons = selectAll('button', document).filter((b) => textContent(b).trim() === 'Copy as reply');
    expect(copyButtons, 'one "Copy as reply" button').toHaveLength(1);
    const copyButton = defined(copyButtons[0], 'the Copy as reply button');
    expect(attr(copyButton, 'hidden'), 'the button is hidden without JavaScript').toBe('');
    expect(attr(copyButton, 'data-copy-reply')).toBe(replyPathOf(article));
    // The plain reply link works without JavaScript.
    const plain = selectAll('a', document).filter((a) => /reply as plain text/i.test(textContent(a).replace(/\s+/g, ' ')));
    expect(hrefs(plain), 'the "Reply as plain text" link').toEqual([replyPathOf(article)]);
    expect(attr(defined(plain[0], 'the plain text link'), 'hidden')).toBeUndefined();

    // The line only print shows: the article's address.
    const printOnly = selectAll('.print-only', document);
    expect(printOnly).toHaveLength(1);
    expect(textContent(defined(printOnly[0], '.print-only'))).toContain(absoluteUrlOf(article.url));
  });
});

describe('/kb/<kbId>.txt: every article as a plain-text reply', () => {
  test.each(articles.map((a) => [replyPathOf(a), a] as const))('%s', (where, article) => {
    // A static host serves a .txt file as text/plain.
    expect(distExists(where), `dist${where}`).toBe(true);
    const text = readDist(where);
    const lines = text.trimEnd().split('\n');

    expect(lines[0], `${where} starts with the title`).toBe(article.title);
    expect(text, `${where} has numbered steps`).toMatch(/^1\. \S/m);
    expect(text, `${where} has numbered steps`).toMatch(/^2\. \S/m);
    expect(lines.at(-1), `${where} ends with the short link`).toBe(`Full article: ${shortLinkOf(article)}`);

    // No Markdown and no HTML. Brackets belong to the Settings paths: a placeholder step after " > "
    // ("> [your name]") and a note after a step's label ("Manage Storage [on some versions: …]").
    const plain = text.replace(/(?<=[^\s>]) \[[^\]\n]+\]/g, '').replace(/(?<=> )\[[^\]\n]+\]/g, '');
    const found = [
      ...['**', '__', '`', '#', '](', '[', ']'].filter((symbol) => plain.includes(symbol)),
      ...(plain.match(/<\/?[a-z][^>]*>/gi) ?? []),
      ...(plain.match(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi) ?? []),
    ];
    expect(found, `Markdown or HTML in ${where}:\n${text}`).toEqual([]);
  });
});
