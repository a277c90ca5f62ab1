/**
 * The built site as files: the sitemap's page list, the HTML pages in dist/,
 * and a few parse5 helpers for the node-only specs. Nothing here builds the
 * site; `npm run build` must have run first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** dist/, or another build's output folder named by E2E_DIST_DIR (to try the node-only checks on a doctored copy). */
export const DIST_DIR = path.resolve(process.env.E2E_DIST_DIR || path.resolve(import.meta.dirname, '..', 'dist'));

/** An unknown URL: the host answers it with dist/404.html. */
export const NOT_FOUND_PATH = '/fixes/no-such-page/';

/** The one console error Chromium logs for a 404 page: the failed load of the page itself. */
export const NOT_FOUND_CONSOLE_LINE = new RegExp(
  ` on \\S+${NOT_FOUND_PATH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Failed to load resource: .*\\b404\\b`,
);

function missingBuild(what: string): Error {
  return new Error(`${what} is missing: run \`npm run build\` before the browser tests.`);
}

/** The path of a file inside dist/, from a path such as "fixes/x/index.html" or "/robots.txt". */
export function distPath(relative: string): string {
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
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
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
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
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
  const origins = new Set([...index, ...urls].map((u) => new URL(u).origin));
  if (origins.size !== 1) throw new Error(`the sitemap's URLs are on several origins: ${[...origins].join(', ')}`);
  sitemapCache = { origin: [...origins][0]!, urls, paths: urls.map((u) => new URL(u).pathname) };
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

export interface HtmlPage {
  /** Path relative to dist/, e.g. "fixes/quick-checks/index.html". */
  file: string;
  /** The URL path it is served at, e.g. "/fixes/quick-checks/". */
  urlPath: string;
  /** True for dist/404.html. */
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
    const redirect = /<meta http-equiv="refresh"/i.test(html);
    return { file, urlPath: urlPathForFile(file), notFound: file === '404.html', redirect, html, document: parse(html) };
  });
}

// ---- parse5 helpers -------------------------------------------------------

export type HtmlDocument = DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export { parse as parseHtml };

function isElement(node: ChildNode): node is HtmlElement {
  return 'tagName' in node;
}

function childrenOf(node: ParentNode): ChildNode[] {
  const children = node.childNodes;
  // <template> keeps its children in .content.
  if ('tagName' in node && node.tagName === 'template' && 'content' in node) {
    return [...children, ...(node as DefaultTreeAdapterMap['template']).content.childNodes];
  }
  return children;
}

/** Every element under a node, in document order. */
export function allElements(root: ParentNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (node: ParentNode) => {
    for (const child of childrenOf(node)) {
      if (isElement(child)) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Elements by tag name (lower case), in document order. */
export function elementsByTag(root: ParentNode, tagName: string): HtmlElement[] {
  return allElements(root).filter((el) => el.tagName === tagName);
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasAttr(el: HtmlElement, name: string): boolean {
  return el.attrs.some((a) => a.name === name);
}

/** The text of an element's text children, exactly as written (raw for <script> and <style>). */
export function textContent(el: HtmlElement): string {
  let text = '';
  const walk = (node: ParentNode) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName === '#text') text += (child as DefaultTreeAdapterMap['textNode']).value;
      else if (isElement(child)) walk(child);
    }
  };
  walk(el);
  return text;
}

/** A space-separated attribute's tokens, lower case (rel="Stylesheet preload" → ["stylesheet", "preload"]). */
export function tokens(el: HtmlElement, name: string): string[] {
  return (attr(el, name) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** <meta name=…> or <meta property=…> contents, by key. */
export function metaContents(root: ParentNode, key: string): string[] {
  return elementsByTag(root, 'meta')
    .filter((m) => attr(m, 'name') === key || attr(m, 'property') === key)
    .map((m) => attr(m, 'content') ?? '');
}

/** The <head> element (parse5 always creates one). */
export function headOf(document: HtmlDocument): HtmlElement {
  const head = elementsByTag(document, 'head')[0];
  if (!head) throw new Error('no <head>');
  return head;
}

/** A short description of an element for failure messages: <script type="module">. */
export function describeElement(el: HtmlElement): string {
  const attrs = el.attrs.map((a) => (a.value === '' ? a.name : `${a.name}="${a.value.slice(0, 60)}"`));
  return `<${[el.tagName, ...attrs].join(' ')}>`;
}
