/**
 * First-load weight of every article page, from the files in dist/ (no
 * browser): the HTML plus every stylesheet and script it loads before any
 * interaction, each gzip-compressed. Pagefind is loaded on demand by the
 * search page only, so it is outside the budget, and no page may load it
 * directly. Scripts inside an inert <template> (the search dialog and its
 * code, cloned into the page on the reader's intent) do not load with the
 * page either: they are reported on their own line, outside the budget.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { defined } from '#lib/defined.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '#lib/i18n/languages.ts';
import { distExists, distFiles, fileForUrlPath, readDistBytes, readSitemap, urlPathForFile } from '../support/dist.ts';
import {
  attr,
  describeElement,
  elementsByTag,
  elementsInTemplates,
  elementsOutsideTemplates,
  hasAttr,
  headOf,
  isDataBlock,
  parseHtml,
  textContent,
  tokens,
  type HtmlDocument,
  type HtmlElement,
} from '../support/html.ts';

const BUDGET = 16 * 1024;
/** The document and one script: a script that imports a shared chunk would be a third. */
const MAX_REQUESTS = 2;
const PAGEFIND = '/pagefind/';

const { origin } = readSitemap();
// The articles in every language: dist/fixes/… and dist/fr/fixes/….
const articleFiles = LANGUAGE_CODES.flatMap((lang) => {
  const folder = lang === DEFAULT_LANGUAGE ? 'fixes' : `${lang}/fixes`;
  return distFiles(folder).filter((f) => /^(?:[a-z]{2}\/)?fixes\/[^/]+\/index\.html$/.test(f));
});

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const bytes = (data: string) => Buffer.byteLength(data, 'utf8');

type Kind = 'html' | 'css' | 'js' | 'other';

interface Resource {
  /** URL path on the site, or the HTML file itself. */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

interface Weight {
  file: string;
  resources: Resource[];
  /** Inline parts of the HTML, for the report: raw and gzip of each part alone. */
  inline: { css: string; js: string; jsonLd: string };
  /** Scripts in inert <template>s, loaded on the reader's intent: not part of the first load. */
  onIntent: Resource[];
  problems: string[];
  total: number;
}

/** Static import / export-from specifiers in JavaScript (not dynamic import()). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const [, , specifier = ''] of code.matchAll(re)) found.push(specifier);
  return found;
}

/** @import rules in CSS. */
function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g)].map(([, , specifier = '']) => specifier);
}

function isModuleScript(el: HtmlElement): boolean {
  return (attr(el, 'type') ?? '').trim().toLowerCase() === 'module';
}

function firstLoadWeight(file: string): Weight {
  const pageUrl = new URL(urlPathForFile(file), origin);
  const html = readDistBytes(file);
  const document: HtmlDocument = parseHtml(html.toString('utf8'));
  const problems: string[] = [];
  const resources: Resource[] = [{ path: file, kind: 'html', raw: html.length, gzip: gzip(html) }];
  const seen = new Set<string>();
  const inline = { css: '', js: '', jsonLd: '' };

  /** Adds one referenced file (and what it imports) to the first load. */
  const load = (reference: string, base: URL, kind: Kind, from: string) => {
    const url = new URL(reference, base);
    if (url.protocol === 'data:') return; // part of the file that names it, already counted
    if (url.origin !== origin) {
      problems.push(`${from} loads ${url.href} from another origin`);
      return;
    }
    if (url.pathname.startsWith(PAGEFIND)) {
      problems.push(`${from} loads ${url.pathname} on first load; Pagefind must be imported on demand only`);
      return;
    }
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const distFile = fileForUrlPath(url.pathname);
    if (!distExists(distFile)) {
      problems.push(`${from} loads ${url.pathname}, which is not in dist/`);
      return;
    }
    const content = readDistBytes(distFile);
    resources.push({ path: url.pathname, kind, raw: content.length, gzip: gzip(content) });
    if (kind === 'js') for (const spec of staticImports(content.toString('utf8'))) load(spec, url, 'js', url.pathname);
    if (kind === 'css') for (const spec of cssImports(content.toString('utf8'))) load(spec, url, 'css', url.pathname);
  };

  const onIntent: Resource[] = [];
  for (const script of elementsInTemplates(document, 'script')) {
    const src = attr(script, 'src');
    const distFile = src === undefined ? undefined : fileForUrlPath(new URL(src, pageUrl).pathname);
    if (src === undefined || distFile === undefined || !distExists(distFile)) continue;
    const content = readDistBytes(distFile);
    onIntent.push({ path: new URL(src, pageUrl).pathname, kind: 'js', raw: content.length, gzip: gzip(content) });
  }
  for (const link of elementsOutsideTemplates(document, 'link')) {
    const href = attr(link, 'href');
    const rel = tokens(link, 'rel');
    if (href === undefined) continue;
    const target = new URL(href, pageUrl);
    if (target.origin === origin && target.pathname.startsWith(PAGEFIND)) {
      problems.push(`${file}: ${describeElement(link)} references Pagefind directly`);
      continue;
    }
    if (rel.includes('stylesheet')) load(href, pageUrl, 'css', file);
    else if (rel.includes('modulepreload')) load(href, pageUrl, 'js', file);
    else if (rel.includes('preload')) {
      const as = (attr(link, 'as') ?? '').toLowerCase();
      load(href, pageUrl, as === 'style' ? 'css' : as === 'script' ? 'js' : 'other', file);
    }
  }
  for (const script of elementsOutsideTemplates(document, 'script')) {
    const src = attr(script, 'src');
    if (src !== undefined) {
      const target = new URL(src, pageUrl);
      if (target.origin === origin && target.pathname.startsWith(PAGEFIND)) {
        problems.push(`${file}: ${describeElement(script)} references Pagefind directly`);
        continue;
      }
      if (!isDataBlock(script)) load(src, pageUrl, 'js', file);
      continue;
    }
    const text = textContent(script);
    if (isDataBlock(script)) {
      inline.jsonLd += text;
      continue;
    }
    inline.js += text;
    if (isModuleScript(script)) for (const spec of staticImports(text)) load(spec, pageUrl, 'js', `${file} (inline module)`);
  }
  for (const style of elementsByTag(document, 'style')) {
    inline.css += textContent(style);
    for (const spec of cssImports(textContent(style))) load(spec, pageUrl, 'css', `${file} (inline style)`);
  }

  const total = resources.reduce((sum, r) => sum + r.gzip, 0);
  return { file, resources, inline, onIntent, problems, total };
}

/** Requests that block the first render: stylesheets, and classic scripts without async or defer, in <head>. */
function renderBlocking(document: HtmlDocument): HtmlElement[] {
  const head = headOf(document);
  const stylesheets = elementsByTag(head, 'link').filter((l) => tokens(l, 'rel').includes('stylesheet'));
  const scripts = elementsByTag(head, 'script').filter(
    (s) => hasAttr(s, 'src') && !hasAttr(s, 'async') && !hasAttr(s, 'defer') && !isModuleScript(s) && !isDataBlock(s),
  );
  return [...stylesheets, ...scripts];
}

test('the static-import scanner finds static imports and skips dynamic ones', () => {
  expect(
    staticImports(
      'import a from"./a.js";import{b as c}from \'/_astro/b.js\';import"./side.js";export*from"./d.js";' +
        'const x=import(`/pagefind/pagefind.js`),y=import("./lazy.js");import.meta.url;',
    ),
  ).toEqual(['./a.js', '/_astro/b.js', './side.js', './d.js']);
});

test('dist/ has article pages', () => {
  expect(articleFiles.length, 'dist/fixes/*/index.html').toBeGreaterThan(0);
});

test(`every article page's first load is at most ${BUDGET / 1024} KB gzip in ${MAX_REQUESTS} requests, with no direct Pagefind reference`, async ({ annotate }) => {
  const weights = articleFiles.map(firstLoadWeight);
  const problems = weights.flatMap((w) => w.problems);
  const over = weights
    .filter((w) => w.total > BUDGET)
    .map(
      (w) =>
        `${w.file}: ${w.total} bytes gzip > ${BUDGET}\n` +
        w.resources.map((r) => `    ${r.kind.padEnd(5)} ${String(r.gzip).padStart(7)} B gzip  ${r.path}`).join('\n'),
    );

  const largest = defined([...weights].sort((a, b) => b.total - a.total)[0], 'an article page');
  const sum = (kind: Kind, key: 'raw' | 'gzip') => largest.resources.filter((r) => r.kind === kind).reduce((s, r) => s + r[key], 0);
  const row = (label: string, raw: number, gz: number) => `${label.padEnd(34)} ${String(raw).padStart(8)} ${String(gz).padStart(8)}`;
  const table = [
    `First load of the largest article page, ${largest.file} (budget ${BUDGET} B gzip):`,
    `${'part'.padEnd(34)} ${'raw B'.padStart(8)} ${'gzip B'.padStart(8)}`,
    row('HTML document (all of it)', sum('html', 'raw'), sum('html', 'gzip')),
    row('  of which inline <style> CSS', bytes(largest.inline.css), largest.inline.css ? gzip(largest.inline.css) : 0),
    row('  of which inline <script> JS', bytes(largest.inline.js), largest.inline.js ? gzip(largest.inline.js) : 0),
    row('  of which JSON-LD', bytes(largest.inline.jsonLd), largest.inline.jsonLd ? gzip(largest.inline.jsonLd) : 0),
    row('CSS files', sum('css', 'raw'), sum('css', 'gzip')),
    row('JS files', sum('js', 'raw'), sum('js', 'gzip')),
    row('other preloads', sum('other', 'raw'), sum('other', 'gzip')),
    row(
      'total (each file gzipped alone)',
      largest.resources.reduce((s, r) => s + r.raw, 0),
      largest.total,
    ),
    row(
      'not in it: search code, on intent',
      largest.onIntent.reduce((s, r) => s + r.raw, 0),
      largest.onIntent.reduce((s, r) => s + r.gzip, 0),
    ),
    '',
    'All article pages (gzip total): ' + weights.map((w) => `${urlPathForFile(w.file)} ${w.total}`).join(', '),
  ].join('\n');
  console.log(table);
  await annotate(table, 'page weight');

  expect.soft(problems, 'first-load references').toEqual([]);
  expect.soft(over, 'pages over budget').toEqual([]);
  const tooMany = weights
    .filter((w) => w.resources.length > MAX_REQUESTS)
    .map((w) => `${w.file}: ${w.resources.length} requests > ${MAX_REQUESTS}: ${w.resources.map((r) => r.path).join(', ')}`);
  expect.soft(tooMany, 'pages with too many requests').toEqual([]);
});

test('article pages make at most one render-blocking request (none when the CSS is inlined)', () => {
  const problems: string[] = [];
  for (const file of articleFiles) {
    const document = parseHtml(readDistBytes(file).toString('utf8'));
    const blocking = renderBlocking(document);
    const cssInlined = elementsByTag(document, 'style').some((s) => textContent(s).trim() !== '');
    const limit = cssInlined ? 0 : 1;
    if (blocking.length > limit) {
      problems.push(
        `${file}: ${blocking.length} render-blocking request(s), at most ${limit}${cssInlined ? ' (its CSS is inlined)' : ''}: ` +
          blocking.map(describeElement).join(', '),
      );
    }
  }
  expect(problems).toEqual([]);
});
