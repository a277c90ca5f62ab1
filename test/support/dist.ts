/**
 * The built site as files: the sitemap's page list and the HTML pages in
 * dist/, parsed with the hast utilities (./html.ts). Nothing here builds the
 * site; `npm run build` must have run first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { select } from 'hast-util-select';
import { readFragmentFile, type PagefindFragment } from '#lib/search/pagefind-format.ts';
import { allElements, attr, parseHtml, type HtmlDocument } from './html.ts';
import { coveringSample } from './tiers.ts';

/** dist/, or another build's output folder named by E2E_DIST_DIR (to try the node-only checks on a doctored copy). */
export const DIST_DIR = path.resolve(process.env.E2E_DIST_DIR ?? path.resolve(import.meta.dirname, '..', '..', 'dist'));

function missingBuild(what: string): Error {
  return new Error(`${what} is missing: run \`npm run build\` before the browser tests.`);
}

/** The path of a file inside dist/, from a path such as "fixes/x/index.html" or "/robots.txt". */
function distPath(relative: string): string {
  const resolved = path.resolve(DIST_DIR, relative.replace(/^\/+/, ''));
  if (resolved !== DIST_DIR && !resolved.startsWith(DIST_DIR + path.sep)) {
    throw new Error(`${relative} is outside dist/`);
  }
  return resolved;
}

export function distExists(relative: string): boolean {
  return fs.existsSync(distPath(relative));
}

export function readDist(relative: string): string {
  return readDistBytes(relative).toString('utf8');
}

export function readDistBytes(relative: string): Buffer {
  const file = distPath(relative);
  if (!fs.existsSync(file)) throw missingBuild(`dist/${relative.replace(/^\/+/, '')}`);
  return fs.readFileSync(file);
}

/** Every file under a folder of dist/, as paths relative to dist/ with forward slashes. */
export function distFiles(folder = ''): string[] {
  const root = distPath(folder);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The file that serves a URL path: "/" → "index.html", "/fixes/" → "fixes/index.html". */
export function fileForUrlPath(urlPath: string): string {
  const clean = decodeURIComponent(urlPath).replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}

/** The URL path a built HTML file is served at: "fixes/index.html" → "/fixes/". */
export function urlPathForFile(relative: string): string {
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map(([, loc = '']) => loc.replaceAll('&amp;', '&'));
}

export interface Sitemap {
  /** The origin every <loc> is on (SITE_URL's). */
  origin: string;
  /** The absolute page URLs, as listed. */
  urls: string[];
  /** The same pages as URL paths ("/fixes/"), to visit through baseURL. */
  paths: string[];
}

let sitemapCache: Sitemap | undefined;

/**
 * The pages in the built sitemap: dist/sitemap-index.xml and every sitemap it
 * lists (each read from dist/, by its path). Throws if the <loc> URLs are on
 * more than one origin.
 */
export function readSitemap(): Sitemap {
  if (sitemapCache) return sitemapCache;
  const index = locs(readDist('sitemap-index.xml'));
  if (index.length === 0) throw new Error('dist/sitemap-index.xml lists no sitemap');
  const urls = index.flatMap((sitemapUrl) => locs(readDist(fileForUrlPath(new URL(sitemapUrl).pathname))));
  if (urls.length === 0) throw new Error('the sitemap lists no page');
  const origins = [...new Set([...index, ...urls].map((u) => new URL(u).origin))];
  const [origin] = origins;
  if (!origin || origins.length !== 1) throw new Error(`the sitemap's URLs are on several origins: ${origins.join(', ')}`);
  sitemapCache = { origin, urls, paths: urls.map((u) => new URL(u).pathname) };
  return sitemapCache;
}

/** The sitemap's page paths (shorthand for the browser specs). */
export function sitemapPaths(): string[] {
  return readSitemap().paths;
}

/** Paths of the article pages in the sitemap: /fixes/<slug>/. */
export function sitemapArticlePaths(): string[] {
  return sitemapPaths().filter((p) => /^\/fixes\/[^/]+\/$/.test(p));
}

/**
 * What kinds of thing a built page holds: its route's shape ("/fixes/*\/"),
 * and each element and element.class in the page (templates included), so a
 * page with a kind of element no other sampled page has joins the sample.
 */
export function pageSignatures(urlPath: string): string[] {
  const shape = urlPath.replace(
    /^(\/[^/]+)?(\/.*)?$/,
    (_, first: string | undefined, rest: string | undefined) => `${first ?? ''}${(rest ?? '/').replace(/[^/]+/g, '*')}`,
  );
  const document = parseHtml(readDist(fileForUrlPath(urlPath)));
  const elements = allElements(document).flatMap((el) => [
    el.tagName,
    ...(attr(el, 'class') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      // Astro's scoped-style classes (astro-xxxx) differ per component build, not per kind of element.
      .filter((name) => !name.startsWith('astro-'))
      .map((name) => `${el.tagName}.${name}`),
  ]);
  return [`route:${shape}`, ...elements];
}

let sampleCache: string[] | undefined;

/** The sitemap pages the gate tier visits: a covering sample by route and element (test/support/tiers.ts). */
export function sitemapSample(): string[] {
  sampleCache ??= coveringSample(sitemapPaths(), pageSignatures);
  return sampleCache;
}

export interface HtmlPage {
  /** Path relative to dist/, e.g. "fixes/quick-checks/index.html". */
  file: string;
  /** The URL path it is served at, e.g. "/fixes/quick-checks/". */
  urlPath: string;
  /** True for a 404 page: dist/404.html, and dist/<language>/404.html for another language. */
  notFound: boolean;
  /** True for a redirect page (short links, former slugs): noindex, with a meta refresh. */
  redirect: boolean;
  html: string;
  document: HtmlDocument;
}

/** Every HTML page in dist/ (Pagefind's folder excluded), parsed. */
export function readHtmlPages(): HtmlPage[] {
  const files = distFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  if (files.length === 0) throw missingBuild('dist/*.html');
  return files.map((file) => {
    const html = readDist(file);
    const document = parseHtml(html);
    const redirect = select('meta[http-equiv="refresh" i]', document) !== undefined;
    return { file, urlPath: urlPathForFile(file), notFound: /^(?:[a-z]{2}\/)?404\.html$/.test(file), redirect, html, document };
  });
}

/** Every page as Pagefind indexed it (its text, from which excerpts are cut, and its metadata): the fragments in dist/pagefind/fragment/. */
export function readPagefindFragments(): PagefindFragment[] {
  const files = distFiles('pagefind/fragment');
  if (files.length === 0) throw missingBuild('dist/pagefind/fragment/');
  return files.map((file) => readFragmentFile(readDistBytes(file)));
}
