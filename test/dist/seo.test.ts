/**
 * Search-engine metadata of the built pages, read from dist/ (no browser):
 * titles, descriptions, canonical URLs, the sitemap, link-preview tags,
 * JSON-LD and robots.txt.
 */
import { expect, test } from 'vitest';
import { articles } from '../support/content.ts';
import { defined } from '#lib/defined.ts';
import { distExists, fileForUrlPath, readDist, readHtmlPages, readSitemap } from '../support/dist.ts';
import { allElements, attr, elementsByTag, type HtmlDocument, metaContents, textContent, tokens } from '../support/html.ts';

const pages = readHtmlPages();
const sitemap = readSitemap();
/** Redirect pages (short links, former slugs) are stubs: noindex, canonical to their target. */
const redirectPages = pages.filter((p) => p.redirect);
const realPages = pages.filter((p) => !p.redirect);
const contentPages = realPages.filter((p) => !p.notFound);
const notFoundPage = pages.find((p) => p.notFound);

/** The page's own absolute URL on SITE_URL's origin. */
const ownUrl = (urlPath: string) => new URL(urlPath, sitemap.origin).href;

function titlesOf(document: HtmlDocument): string[] {
  return elementsByTag(document, 'title').map((t) => textContent(t).trim());
}

function canonicalsOf(document: HtmlDocument): string[] {
  return elementsByTag(document, 'link')
    .filter((l) => tokens(l, 'rel').includes('canonical'))
    .map((l) => attr(l, 'href') ?? '');
}

/** Every JSON-LD block of a page, parsed; a block that does not parse is reported, not thrown. */
function jsonLdOf(document: HtmlDocument): { data: unknown[]; errors: string[] } {
  const data: unknown[] = [];
  const errors: string[] = [];
  for (const script of elementsByTag(document, 'script')) {
    if ((attr(script, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = textContent(script);
    try {
      data.push(JSON.parse(text));
    } catch (error) {
      errors.push(`${(error as Error).message} in ${text.slice(0, 80)}…`);
    }
  }
  return { data, errors };
}

/** Every object with an @type in a JSON-LD value (arrays, @graph and nested objects included). */
function typedNodes(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(typedNodes);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const nested = Object.values(record).flatMap(typedNodes);
  return '@type' in record ? [record, ...nested] : nested;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).map(String);
}

test('the built site has pages, a 404 page and a sitemap', () => {
  expect(pages.length, 'HTML pages in dist/').toBeGreaterThan(1);
  expect(notFoundPage, 'dist/404.html').toBeDefined();
  expect(sitemap.urls.length, 'pages in the sitemap').toBeGreaterThan(0);
});

test('every page has <html lang>, one non-empty <title> and one meta description', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = elementsByTag(page.document, 'html').at(0);
    if (!html || !(attr(html, 'lang') ?? '').trim()) problems.push(`${page.file}: <html> has no lang`);
    const titles = titlesOf(page.document);
    if (titles.length !== 1) problems.push(`${page.file}: ${titles.length} <title> elements`);
    if (titles.some((t) => t === '')) problems.push(`${page.file}: empty <title>`);
    const descriptions = metaContents(page.document, 'description');
    if (descriptions.length !== 1) problems.push(`${page.file}: ${descriptions.length} meta descriptions`);
    if (descriptions.some((d) => d.trim() === '')) problems.push(`${page.file}: empty meta description`);
  }
  expect(problems).toEqual([]);
});

test('titles and meta descriptions are unique across pages (the 404 page included, redirect stubs not)', () => {
  const duplicates = (label: string, valueOf: (doc: HtmlDocument) => string | undefined) => {
    const byValue = new Map<string, string[]>();
    for (const page of realPages) {
      const value = valueOf(page.document)?.trim();
      if (value) byValue.set(value, [...(byValue.get(value) ?? []), page.file]);
    }
    return [...byValue].filter(([, files]) => files.length > 1).map(([value, files]) => `${label} "${value}" on ${files.join(', ')}`);
  };
  expect([...duplicates('title', (d) => titlesOf(d)[0]), ...duplicates('description', (d) => metaContents(d, 'description')[0])]).toEqual(
    [],
  );
});

test('every page but the 404 has a canonical URL: its own, absolute, on the sitemap origin', () => {
  const problems: string[] = [];
  for (const page of contentPages) {
    const canonicals = canonicalsOf(page.document);
    if (canonicals.length !== 1) {
      problems.push(`${page.file}: ${canonicals.length} <link rel=canonical>`);
      continue;
    }
    const href = defined(canonicals[0], 'the canonical URL');
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      problems.push(`${page.file}: canonical "${href}" is not an absolute URL`);
      continue;
    }
    if (url.origin !== sitemap.origin) problems.push(`${page.file}: canonical ${href} is not on ${sitemap.origin}`);
    if (url.href !== ownUrl(page.urlPath)) problems.push(`${page.file}: canonical ${href}, expected ${ownUrl(page.urlPath)}`);
  }
  expect(problems).toEqual([]);
});

test('the 404 page is noindex and not in the sitemap', () => {
  expect(notFoundPage, 'dist/404.html').toBeDefined();
  const robots = metaContents(defined(notFoundPage, 'dist/404.html').document, 'robots').join(',').toLowerCase();
  expect(robots, '404.html <meta name="robots">').toMatch(/\bnoindex\b/);
  const listed = sitemap.paths.filter((p) => /^\/404(\.html|\/)?$/.test(p) || fileForUrlPath(p) === '404.html');
  expect(listed, '404 page in the sitemap').toEqual([]);
});

test('the sitemap lists exactly the built pages but the 404 page, each once', () => {
  const missingInDist = sitemap.paths.filter((p) => !distExists(fileForUrlPath(p)));
  expect(missingInDist, 'sitemap pages with no file in dist/').toEqual([]);
  const duplicates = sitemap.paths.filter((p, i) => sitemap.paths.indexOf(p) !== i);
  expect(duplicates, 'pages listed twice').toEqual([]);
  const unlisted = contentPages.map((p) => p.urlPath).filter((p) => !sitemap.paths.includes(p));
  expect(unlisted, 'built pages missing from the sitemap').toEqual([]);
});

test('redirect pages are noindex, out of the sitemap, and canonical to the page they lead to', () => {
  expect(redirectPages.length, 'redirect pages (at least one short link per article)').toBeGreaterThanOrEqual(articles.length);
  const problems: string[] = [];
  for (const page of redirectPages) {
    const robots = metaContents(page.document, 'robots').join(',');
    if (!/\bnoindex\b/.test(robots)) problems.push(`${page.file}: not noindex`);
    if (sitemap.paths.includes(page.urlPath)) problems.push(`${page.file}: listed in the sitemap`);
    const target = elementsByTag(page.document, 'a').map((a) => attr(a, 'href'))[0];
    const canonical = canonicalsOf(page.document)[0];
    if (!target || canonical !== ownUrl(target)) problems.push(`${page.file}: canonical ${canonical}, link ${target}`);
  }
  expect(problems).toEqual([]);
});

test('every page has Open Graph and Twitter card tags', () => {
  const required = [
    'og:title',
    'og:description',
    'og:url',
    'og:type',
    'og:site_name',
    'twitter:card',
    'twitter:title',
    'twitter:description',
  ];
  const problems: string[] = [];
  for (const page of realPages) {
    for (const key of required) {
      const values = metaContents(page.document, key);
      if (values.length !== 1 || !values.join('').trim()) {
        problems.push(`${page.file}: ${key} ${values.length === 0 ? 'missing' : `has ${JSON.stringify(values)}`}`);
      }
    }
    if (!page.notFound) {
      const ogUrl = metaContents(page.document, 'og:url').at(0);
      if (ogUrl !== undefined && ogUrl !== ownUrl(page.urlPath)) {
        problems.push(`${page.file}: og:url ${ogUrl}, expected ${ownUrl(page.urlPath)}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('every JSON-LD block parses, and no page has HowTo or FAQPage markup', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const { data, errors } = jsonLdOf(page.document);
    problems.push(...errors.map((e) => `${page.file}: JSON-LD does not parse: ${e}`));
    for (const node of typedNodes(data)) {
      const banned = typesOf(node).filter((t) => /^(https?:\/\/schema\.org\/)?(HowTo|FAQPage)$/.test(t));
      if (banned.length > 0) problems.push(`${page.file}: JSON-LD ${banned.join(', ')}`);
    }
    // Microdata and RDFa too.
    for (const el of allElements(page.document)) {
      const type = `${attr(el, 'itemtype') ?? ''} ${attr(el, 'typeof') ?? ''}`;
      if (/\b(HowTo|FAQPage)\b/.test(type)) problems.push(`${page.file}: <${el.tagName}> typed ${type.trim()}`);
    }
  }
  expect(problems).toEqual([]);
});

for (const article of articles) {
  test(`${article.url}: TechArticle and BreadcrumbList JSON-LD`, () => {
    const file = fileForUrlPath(article.url);
    const page = pages.find((p) => p.file === file);
    expect(page, `dist/${file} for content/fixes/${article.slug}.mdx`).toBeDefined();
    const { document } = defined(page, `dist/${file}`);
    const { data, errors } = jsonLdOf(document);
    expect.soft(errors, 'JSON-LD parse errors').toEqual([]);
    const nodes = typedNodes(data);

    expect.soft(article.lastReviewed, `content/fixes/${article.slug}.mdx lastReviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const lang = attr(defined(elementsByTag(document, 'html').at(0), '<html>'), 'lang');

    const techArticles = nodes.filter((n) => typesOf(n).includes('TechArticle'));
    expect(techArticles, 'one TechArticle').toHaveLength(1);
    const tech = defined(techArticles[0], 'the TechArticle');
    expect.soft(tech['@context'], 'TechArticle @context').toMatch(/^https?:\/\/schema\.org\/?$/);
    expect.soft(tech.headline, 'headline').toBe(article.title);
    expect.soft(tech.description, 'description').toBe(article.description);
    expect.soft(tech.dateModified, 'dateModified = lastReviewed').toBe(article.lastReviewed);
    expect.soft(tech.inLanguage, 'inLanguage = <html lang>').toBe(lang);
    const publisher = tech.publisher as Record<string, unknown> | undefined;
    expect.soft(typeof publisher?.name === 'string' && publisher.name.trim() !== '', 'publisher.name').toBe(true);
    expect.soft(publisher?.name, 'publisher.name = og:site_name').toBe(metaContents(document, 'og:site_name')[0]);

    const breadcrumbs = nodes.filter((n) => typesOf(n).includes('BreadcrumbList'));
    expect(breadcrumbs, 'one BreadcrumbList').toHaveLength(1);
    const items = (defined(breadcrumbs[0], 'the BreadcrumbList').itemListElement ?? []) as Record<string, unknown>[];
    expect(items.length, 'breadcrumb items').toBeGreaterThan(1);
    expect
      .soft(
        items.map((i) => i.position),
        'positions 1..n',
      )
      .toEqual(items.map((_, i) => i + 1));
    const last = defined(items.at(-1), 'the last breadcrumb');
    const lastUrl = typeof last.item === 'string' ? last.item : (last.item as Record<string, unknown> | undefined)?.['@id'];
    expect.soft(lastUrl, 'last breadcrumb is the article').toBe(ownUrl(article.url));
    expect.soft(last.name, 'last breadcrumb name').toBe(article.title);
  });
}

test('robots.txt points to the sitemap index on the same origin', () => {
  expect(distExists('robots.txt'), 'dist/robots.txt').toBe(true);
  const lines = readDist('robots.txt').split(/\r?\n/);
  const sitemaps = lines.map((l) => /^\s*sitemap\s*:\s*(\S+)\s*$/i.exec(l)?.[1]).filter((v): v is string => v !== undefined);
  expect(sitemaps, 'Sitemap: lines').toHaveLength(1);
  const url = new URL(defined(sitemaps[0], 'the Sitemap: line'));
  expect.soft(url.origin, 'sitemap origin').toBe(sitemap.origin);
  expect.soft(url.pathname, 'the sitemap index').toBe('/sitemap-index.xml');
  expect.soft(distExists(fileForUrlPath(url.pathname)), `dist${url.pathname}`).toBe(true);
  // Nothing the sitemap lists may be disallowed for every crawler.
  const disallowAll = lines.some((l) => /^\s*disallow\s*:\s*\/\s*$/i.test(l));
  expect.soft(disallowAll, 'robots.txt disallows the whole site').toBe(false);
});
