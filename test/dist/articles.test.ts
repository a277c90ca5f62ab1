/**
 * The articles as built (no browser): the permanent URLs, the path's order,
 * each article's title, summary, meta line, review details, breadcrumb,
 * contents, Next link, related fixes and sources, the "Next" links walking the
 * whole path, and the home page's list (what a browser without JavaScript
 * shows). Visibility on screen, with and without JavaScript, is checked in
 * e2e/help-desk.spec.ts and e2e/no-javascript.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { articleBySlug, articles, pathArticles, riskLabel, safetyNet } from '../support/content.ts';
import { defined } from '#lib/defined.ts';
import { distExists, fileForUrlPath, readDist } from '../support/dist.ts';
import { allElements, attr, type HtmlDocument, type HtmlElement, parseHtml, textContent } from '../support/html.ts';
import { escapeRegExp } from '../support/regexp.ts';

/** URLs promised to readers (bookmarks, links from elsewhere): they must keep working. */
const PERMANENT_SLUGS = [
  'quick-checks',
  'check-icloud-storage',
  'sign-out-and-back-in',
  'check-apple-system-status',
  'update-ios',
  'reset-all-settings',
  'contact-apple-support',
  'back-up-with-a-computer',
  'check-restrictions-and-device-management',
  'finish-a-slow-or-stuck-backup',
];

const documentAt = (urlPath: string): HtmlDocument => parseHtml(readDist(fileForUrlPath(urlPath)));
/** Text as a reader sees it in one line: runs of white space as one space. */
const text = (el: HtmlElement) => textContent(el).replace(/\s+/g, ' ').trim();
const hrefsIn = (el: HtmlElement) => selectAll('a', el).map((a) => attr(a, 'href') ?? '');

/** A navigation landmark by accessible name: its aria-label, or the text of the element its aria-labelledby names. */
function navNamed(document: HtmlDocument, name: string): HtmlElement[] {
  return selectAll('nav', document).filter((nav) => {
    const labelledBy = attr(nav, 'aria-labelledby');
    const label = labelledBy ? select(`#${labelledBy}`, document) : undefined;
    return (label ? text(label) : attr(nav, 'aria-label')) === name;
  });
}

test('the permanent article URLs exist', () => {
  for (const slug of PERMANENT_SLUGS) {
    expect(
      articles.map((a) => a.slug),
      `content/fixes/${slug}.mdx`,
    ).toContain(slug);
    expect(distExists(fileForUrlPath(`/fixes/${slug}/`)), `/fixes/${slug}/`).toBe(true);
  }
});

test('articles on the path have distinct positions; only the safety net is off the path', () => {
  expect(new Set(pathArticles.map((a) => a.order)).size).toBe(pathArticles.length);
  expect(articles.filter((a) => a.order === undefined).map((a) => a.role)).toEqual(['safety-net']);
});

/**
 * The order readers are promised (issue 9): the original seven fixes keep this
 * relative order, the safest first; the new fixes go between them.
 */
test('the original fixes keep their relative order on the path', () => {
  const original = [
    'quick-checks',
    'check-icloud-storage',
    'check-apple-system-status',
    'update-ios',
    'sign-out-and-back-in',
    'reset-all-settings',
    'contact-apple-support',
  ];
  expect(pathArticles.map((a) => a.slug).filter((slug) => original.includes(slug))).toEqual(original);
  // Every no-risk check comes before the first fix that can cost settings or data, but for storage,
  // whose alert names its cause.
  const slugs = pathArticles.map((a) => a.slug);
  const signOut = slugs.indexOf('sign-out-and-back-in');
  for (const slug of ['finish-a-slow-or-stuck-backup', 'check-restrictions-and-device-management', 'check-apple-system-status']) {
    expect(slugs.indexOf(slug), `${slug} before the sign-out`).toBeLessThan(signOut);
  }
});

describe('each article page', () => {
  test.each(articles.map((a) => [`${a.order ?? '(safety net, off the path)'}: ${a.url}`, a] as const))('article %s', (_, article) => {
    const pathIndex = pathArticles.indexOf(article);
    const next = pathIndex === -1 ? undefined : pathArticles[pathIndex + 1];
    expect(distExists(fileForUrlPath(article.url)), article.url).toBe(true);
    const document = documentAt(article.url);
    const main = defined(select('main', document), 'main');

    expect(selectAll('h1', document).map(text)).toEqual([article.title]);
    expect(selectAll('p.summary', document).map(text)).toEqual([article.description]);

    // Under the summary, the compact meta line: risk and time first, then the iOS versions.
    const meta = defined(select('ul.meta-line:not(.about-line)', document), 'the meta line');
    const items = selectAll('li', meta).map(text);
    expect(items[0]).toMatch(riskLabel(article));
    expect(items[1]).toContain(`${article.minutes} min`);
    expect(items[2]).toContain('iOS');
    // The review details wait below the steps, out of the reader's way.
    const about = defined(select('ul.about-line', document), 'the about line');
    expect(text(about)).toContain('Last reviewed');
    expect(attr(defined(select('time', about), 'the review date'), 'datetime')).toMatch(new RegExp(`^${article.lastReviewed}`));
    expect(text(about)).toContain(`Steps checked for iOS ${article.checkedForIos}`);
    expect(text(about)).toContain(`ID ${article.kbId}`);
    const prose = defined(select('div.prose', document), 'div.prose');
    const order = allElements(document);
    expect(order.indexOf(about), 'the review details come after the steps').toBeGreaterThan(order.indexOf(prose));
    // The review date claims a check against the sources, never a test on a device.
    expect(selectAll('section.sources .review-note', document).map(text).join(' ')).toContain('checked against these sources');
    expect(text(main)).not.toMatch(/checked (it )?(against|on) a real iPhone/i);

    // Navigation landmarks by accessible name.
    const breadcrumbs = navNamed(document, 'Breadcrumb');
    expect(breadcrumbs).toHaveLength(1);
    const breadcrumb = defined(breadcrumbs[0], 'the breadcrumb');
    const crumbs = selectAll('a', breadcrumb);
    expect(crumbs.filter((a) => text(a) === 'Home').map((a) => attr(a, 'href'))).toEqual(['/']);
    expect(crumbs.filter((a) => text(a) === 'Fixes')).toHaveLength(1);
    expect(text(breadcrumb)).toMatch(new RegExp(`Home.*Fixes.*${escapeRegExp(article.title)}`, 's'));

    // Table of contents: a link to every h2 of the body, in order; every link
    // leads to a heading of the body (h3 entries are allowed).
    const h2Targets = selectAll('h2[id]', prose).map((h) => `#${attr(h, 'id')}`);
    const headingTargets = selectAll('h2[id], h3[id], h4[id]', prose).map((h) => `#${attr(h, 'id')}`);
    const tocs = navNamed(document, 'On this page');
    expect(tocs).toHaveLength(1);
    const tocTargets = hrefsIn(defined(tocs[0], 'the contents'));
    expect(h2Targets.length, 'the body should have h2 sections').toBeGreaterThan(0);
    expect(
      tocTargets.filter((t) => h2Targets.includes(t)),
      'contents links to the h2s',
    ).toEqual(h2Targets);
    for (const target of tocTargets) expect(headingTargets, 'contents link target').toContain(target);

    expect(selectAll('li', prose).length, 'the body has steps').toBeGreaterThan(0);

    const nextLinks = selectAll('a[rel="next"]', document);
    if (next) {
      expect(nextLinks.map((a) => attr(a, 'href'))).toEqual([next.url]);
      expect(text(defined(nextLinks[0], 'the Next link'))).toContain(next.title);
      expect(text(main)).toMatch(/Didn.t work\?/);
    } else {
      expect(nextLinks, 'the last article and the safety net have no next fix').toHaveLength(0);
    }

    if (article.related.length > 0) {
      const related = navNamed(document, 'Related fixes');
      expect(related).toHaveLength(1);
      expect(hrefsIn(defined(related[0], 'the related fixes')).sort()).toEqual(article.related.map((slug) => articleBySlug(slug).url).sort());
    }

    expect(selectAll('section.sources a[href^="https://"]', document).length, 'at least one external source link').toBeGreaterThan(0);
  });
});

test('"Next" links walk the whole path in order and stop at the last fix', () => {
  const visited = [defined(pathArticles[0], 'the first article on the path').url];
  for (;;) {
    const links = selectAll('a[rel="next"]', documentAt(defined(visited.at(-1), 'a page')));
    expect(links.length, `${visited.at(-1)}: at most one Next link`).toBeLessThanOrEqual(1);
    const link = links[0];
    if (!link) break;
    expect(visited.length, 'the Next links should not loop').toBeLessThan(pathArticles.length);
    visited.push(new URL(attr(link, 'href') ?? '', 'http://site.invalid' + (visited.at(-1) ?? '/')).pathname);
  }
  expect(visited).toEqual(pathArticles.map((a) => a.url));
});

test('the home page lists the safety net first, then every fix in path order (as a browser without JavaScript shows it)', () => {
  const document = documentAt('/');
  const main = defined(select('main', document), 'main');
  const order = hrefsIn(main).filter((href) => href.startsWith('/fixes/'));
  expect(order[0]).toBe(safetyNet?.url);
  expect(selectAll('ol.fix-list > li a', main).map((a) => attr(a, 'href'))).toEqual(pathArticles.map((a) => a.url));
});
