/**
 * Security: the pages run under their Content-Security-Policy without a single
 * violation and call no other origin (browser), each page's CSP covers exactly
 * its own inline code (node, from dist/), and dist/_headers sets the response
 * headers a static host should send (node).
 */
import { createHash } from 'node:crypto';
import { test as nodeTest, type Page, type Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { distExists, distFiles, readDist, readHtmlPages, sitemapPaths } from '../test/support/dist';
import {
  allElements,
  attr,
  attributes,
  describeElement,
  elementsByTag,
  headOf,
  isDataBlock,
  textContent,
  tokens,
} from '../test/support/html';
import { NOT_FOUND_CONSOLE_LINE, NOT_FOUND_PATH } from '../test/support/site-constants';

const SEARCH_WITH_RESULTS = '/search/?q=storage';
const SEARCH_RESULT_LINKS = '#search-results li a';

// ---- browser ----------------------------------------------------------------

interface Watch {
  csp: string[];
  workerErrors: string[];
  requests: string[];
}

/** Records CSP violations (console and securitypolicyviolation events), worker errors and every request. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { csp: [], workerErrors: [], requests: [] };
  const isCsp = (text: string) => /content[- ]security[- ]policy/i.test(text);
  page.on('console', (message) => {
    if (isCsp(message.text())) seen.csp.push(`console on ${page.url()}: ${message.text()}`);
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (isCsp(message.text())) seen.csp.push(`worker ${worker.url()} console: ${message.text()}`);
      else if (message.type() === 'error') seen.workerErrors.push(`worker ${worker.url()}: ${message.text()}`);
    });
  });
  // Worker and preload requests too, not only the page's own.
  page.context().on('request', (request: Request) => seen.requests.push(request.url()));
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        log.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}` +
            (e.sample ? ` sample "${e.sample}"` : ''),
        ),
      true,
    );
  });
  return seen;
}

/** The securitypolicyviolation events the current document has seen (they are queued, so let them arrive). */
async function violationEvents(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return [...(window as unknown as { __cspViolations: string[] }).__cspViolations];
  });
}

function offOrigin(requests: string[], origin: string): string[] {
  return [...new Set(requests)].filter((u) => {
    const url = new URL(u);
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  });
}

test('sitemap pages and search results: no CSP violation, every request to the site itself', async ({ page, baseURL }) => {
  const seen = await watch(page);
  const events: string[] = [];
  const paths = [...sitemapPaths(), SEARCH_WITH_RESULTS];
  test.setTimeout(30_000 + paths.length * 3_000); // the machine may be busy
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (path === SEARCH_WITH_RESULTS) {
      // Pagefind: module import, worker, WebAssembly, index fetches.
      await expect(page.locator(SEARCH_RESULT_LINKS).first()).toBeVisible({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
    }
    events.push(...(await violationEvents(page)).map((e) => `${path}: ${e}`));
  }
  expect.soft(seen.csp, 'CSP messages in the console').toEqual([]);
  expect.soft(events, 'securitypolicyviolation events').toEqual([]);
  expect.soft(seen.workerErrors, 'errors in workers').toEqual([]);
  expect
    .soft(
      seen.requests.some((u) => u.includes('/pagefind/')),
      'the search loaded Pagefind',
    )
    .toBe(true);
  expect.soft(offOrigin(seen.requests, new URL(baseURL!).origin), 'requests to other origins').toEqual([]);
});

test.describe('the 404 page', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE_LINE] });

  test('no CSP violation, every request to the site itself', async ({ page, baseURL }) => {
    const seen = await watch(page);
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status(), NOT_FOUND_PATH).toBe(404);
    const events = await violationEvents(page);
    expect.soft(seen.csp, 'CSP messages in the console').toEqual([]);
    expect.soft(events, 'securitypolicyviolation events').toEqual([]);
    expect.soft(offOrigin(seen.requests, new URL(baseURL!).origin), 'requests to other origins').toEqual([]);
  });
});

test('with dist/_headers applied as a static host would: no CSP violation on any page or in search', async ({ page, baseURL }) => {
  // Browsers enforce the header policy and the meta policy together; the search (worker, WebAssembly) must survive both.
  const origin = new URL(baseURL!).origin;
  const { rules } = parseHeadersFile(readDist('_headers'));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.continue();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    for (const [name, values] of headersFor(rules, url.pathname)) headers[name] = values.join(', ');
    await route.fulfill({ response, headers });
  });
  const seen = await watch(page);
  const events: string[] = [];
  const paths = [...sitemapPaths(), SEARCH_WITH_RESULTS];
  test.setTimeout(30_000 + paths.length * 3_000);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The route really added the rules' headers.
    const sent = response?.headers() ?? {};
    for (const [name] of headersFor(rules, new URL(path, origin).pathname)) {
      expect(sent[name], `${path}: ${name} from dist/_headers`).toBeDefined();
    }
    if (path === SEARCH_WITH_RESULTS) {
      await expect(page.locator(SEARCH_RESULT_LINKS).first()).toBeVisible({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
    }
    events.push(...(await violationEvents(page)).map((e) => `${path}: ${e}`));
  }
  expect.soft(seen.csp, 'CSP messages in the console').toEqual([]);
  expect.soft(events, 'securitypolicyviolation events').toEqual([]);
  expect.soft(seen.workerErrors, 'errors in workers').toEqual([]);
});

// ---- CSP meta tags (node) ---------------------------------------------------

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

const hasKeyword = (sources: string[] | undefined, keyword: string) => (sources ?? []).some((s) => s.toLowerCase() === keyword);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const pages = readHtmlPages();

nodeTest('every page has a hash-based CSP meta tag: no unsafe-inline or unsafe-eval, worker-src, wasm-unsafe-eval', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const metas = elementsByTag(page.document, 'meta').filter(
      (m) => (attr(m, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy',
    );
    if (metas.length !== 1) {
      problems.push(`${page.file}: ${metas.length} <meta http-equiv="content-security-policy">`);
      continue;
    }
    const meta = metas[0]!;
    if (!headOf(page.document).children.includes(meta)) problems.push(`${page.file}: CSP meta is not in <head>`);
    const policy = parsePolicy(attr(meta, 'content') ?? '');
    for (const [name, sources] of policy) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
        if (hasKeyword(sources, bad)) problems.push(`${page.file}: ${name} allows ${bad}`);
      }
    }
    if (!policy.has('worker-src')) problems.push(`${page.file}: no worker-src`);
    if (!policy.has('script-src')) problems.push(`${page.file}: no script-src`);
    else if (!hasKeyword(policy.get('script-src'), "'wasm-unsafe-eval'"))
      problems.push(`${page.file}: script-src lacks 'wasm-unsafe-eval' (Pagefind)`);

    // A meta policy governs only what comes after it.
    const elements = allElements(page.document);
    const metaIndex = elements.indexOf(meta);
    const governed = elements.filter(
      (el) =>
        (el.tagName === 'script' && !isDataBlock(el)) ||
        el.tagName === 'style' ||
        (el.tagName === 'link' && tokens(el, 'rel').some((r) => ['stylesheet', 'modulepreload', 'preload'].includes(r))),
    );
    for (const el of governed) {
      if (elements.indexOf(el) < metaIndex) problems.push(`${page.file}: ${describeElement(el)} comes before the CSP meta tag`);
    }
  }
  expect(problems).toEqual([]);
});

nodeTest("every inline <script> and <style> has its sha256 hash in the page's policy", () => {
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const meta = elementsByTag(page.document, 'meta').find(
      (m) => (attr(m, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy',
    );
    if (!meta) {
      problems.push(`${page.file}: no CSP meta tag`);
      continue;
    }
    const policy = parsePolicy(attr(meta, 'content') ?? '');
    const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
    const styleSources = policy.get('style-src') ?? policy.get('default-src') ?? [];
    for (const script of elementsByTag(page.document, 'script')) {
      if (attr(script, 'src') !== undefined || isDataBlock(script)) continue;
      checked++;
      const hash = sha256(textContent(script));
      if (!scriptSources.includes(hash)) {
        problems.push(`${page.file}: inline ${describeElement(script)} "${textContent(script).slice(0, 50)}…" (${hash}) not in script-src`);
      }
    }
    for (const style of elementsByTag(page.document, 'style')) {
      checked++;
      const hash = sha256(textContent(style));
      if (!styleSources.includes(hash)) {
        problems.push(`${page.file}: inline <style> "${textContent(style).slice(0, 50)}…" (${hash}) not in style-src`);
      }
    }
  }
  expect(checked, 'inline scripts and styles checked').toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

nodeTest('no page has inline event handlers, style attributes or javascript: URLs (a hash-based CSP blocks them)', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const el of allElements(page.document)) {
      for (const { name, value } of attributes(el)) {
        if (/^on/i.test(name)) problems.push(`${page.file}: ${describeElement(el)} has an ${name} handler`);
        if (name === 'style') problems.push(`${page.file}: ${describeElement(el)} has a style attribute`);
        if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) {
          problems.push(`${page.file}: ${describeElement(el)} has a javascript: URL`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

// ---- dist/_headers (node) ---------------------------------------------------

interface HeaderRule {
  path: string;
  line: number;
  headers: { name: string; value: string }[];
}

/**
 * The _headers format of Netlify and Cloudflare Pages: a rule is an unindented
 * URL pattern, followed by indented "Name: value" lines; "#" starts a comment line.
 */
function parseHeadersFile(text: string): { rules: HeaderRule[]; errors: string[] } {
  const rules: HeaderRule[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.trim().startsWith('/') && !/^https?:\/\//.test(raw.trim())) errors.push(`line ${line}: rule "${raw}" is not a URL path`);
      rules.push({ path: raw.trim(), line, headers: [] });
      return;
    }
    const match = raw.trim().match(/^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*)$/);
    if (!match) errors.push(`line ${line}: "${raw.trim()}" is not a "Name: value" header`);
    else if (rules.length === 0) errors.push(`line ${line}: header "${raw.trim()}" comes before any rule`);
    else if (match[2]!.trim() === '') errors.push(`line ${line}: header ${match[1]} has no value`);
    else rules.at(-1)!.headers.push({ name: match[1]!.toLowerCase(), value: match[2]!.trim() });
  });
  return { rules, errors };
}

/** Whether a rule's pattern matches a URL path: "*" is a splat, ":name" one path segment. */
function ruleMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/** The headers a host sends for a path: every matching rule's, merged. */
function headersFor(rules: HeaderRule[], urlPath: string): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const rule of rules.filter((r) => ruleMatches(r.path, urlPath))) {
    for (const { name, value } of rule.headers) merged.set(name, [...(merged.get(name) ?? []), value]);
  }
  return merged;
}

const LONG_IMMUTABLE = (values: string[] | undefined) =>
  (values ?? []).some((v) => /(^|[\s,])max-age=31536000($|[\s,])/i.test(v) && /(^|[\s,])immutable($|[\s,])/i.test(v));

/** A file name with a content hash: en_6420bb1.pf_fragment, pagefind.en_49aeb1d3c5.pf_meta, index.DyT7x2a9.js. */
const HASHED_PAGEFIND = /[._-][0-9a-f]{7,}\.[a-z0-9_]+$/i;

function readHeadersFile() {
  expect(distExists('_headers'), 'dist/_headers').toBe(true);
  return parseHeadersFile(readDist('_headers'));
}

nodeTest('dist/_headers parses, and its /* rule sets the security headers', () => {
  const { rules, errors } = readHeadersFile();
  expect(errors, 'dist/_headers syntax').toEqual([]);
  const all = rules.filter((r) => r.path === '/*');
  expect(all.length, 'a /* rule').toBeGreaterThan(0);
  const headers = new Map<string, string[]>();
  for (const rule of all) for (const { name, value } of rule.headers) headers.set(name, [...(headers.get(name) ?? []), value]);
  const one = (name: string) => {
    const values = headers.get(name) ?? [];
    expect(values, `/* ${name}`).toHaveLength(1);
    return values[0]!;
  };

  const csp = parsePolicy(one('content-security-policy'));
  expect(csp.has('frame-ancestors'), 'CSP frame-ancestors').toBe(true);
  for (const [name, sources] of csp) {
    expect(hasKeyword(sources, "'unsafe-inline'") || hasKeyword(sources, "'unsafe-eval'"), `CSP ${name} unsafe`).toBe(false);
  }
  expect(one('x-content-type-options').toLowerCase()).toBe('nosniff');
  const referrer = one('referrer-policy')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  const validReferrer = [
    'no-referrer',
    'no-referrer-when-downgrade',
    'origin',
    'origin-when-cross-origin',
    'same-origin',
    'strict-origin',
    'strict-origin-when-cross-origin',
  ];
  for (const value of referrer) expect(validReferrer, 'Referrer-Policy value').toContain(value);
  expect(one('permissions-policy'), 'Permissions-Policy').toMatch(/^[a-z-]+=\(.*\)(\s*,\s*[a-z-]+=\(.*\))*$/);
});

nodeTest('hashed files (/_astro/*, Pagefind index, fragment and meta files) are cached for a year, immutable', () => {
  const { rules } = readHeadersFile();
  const astroFiles = distFiles('_astro').map((f) => `/${f}`);
  const pagefindHashed = distFiles('pagefind')
    .filter((f) => HASHED_PAGEFIND.test(f.split('/').at(-1)!))
    .map((f) => `/${f}`);
  expect(pagefindHashed.length, 'hashed files in dist/pagefind/').toBeGreaterThan(0);
  // An Astro asset name stands in for /_astro/ when this build inlined them all.
  const paths = [...new Set(['/_astro/example.DyT7x2a9.js', ...astroFiles, ...pagefindHashed])];
  const missing = paths.filter((p) => !LONG_IMMUTABLE(headersFor(rules, p).get('cache-control')));
  expect(missing, 'hashed files without Cache-Control: max-age=31536000, immutable').toEqual([]);
});

nodeTest('files that keep their name between builds are not cached as immutable', () => {
  const { rules } = readHeadersFile();
  const unhashed = distFiles()
    .filter((f) => f !== '_headers' && !f.startsWith('_astro/') && !HASHED_PAGEFIND.test(f.split('/').at(-1)!))
    .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'));
  expect(unhashed.length).toBeGreaterThan(0);
  const immutable = unhashed.filter((p) => (headersFor(rules, p).get('cache-control') ?? []).some((v) => /immutable/i.test(v)));
  expect(immutable, 'unhashed files cached as immutable').toEqual([]);
});
