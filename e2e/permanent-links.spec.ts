/**
 * Links that never break, on the built site:
 * - dist/_redirects, applied the way a host that reads it does (exact rules
 *   first, then the /KB/* wildcard): every short link, its case and slash
 *   variants and every former slug reach a live page;
 * - the same variants on a host without _redirects: `astro preview` answers
 *   them with dist/404.html, like most static hosts, and the 404 page's script
 *   sends the reader on, keeping #step-3; without JavaScript the page links to
 *   the article;
 * - every URL in the published-URL ledger is served.
 * Expectations come from content/ (test/support/content.ts) and the committed ledger.
 */
import fs from 'node:fs';
import path from 'node:path';
import { alerts, type Article, articleBySlug, articles } from '../test/support/content';
import { distExists, fileForUrlPath, readDist } from '../test/support/dist';
import { escapeRegExp } from '../test/support/regexp';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { parseLedger } from '../src/lib/url-ledger';

/** The short link: the promise made to agents, so spelt out here rather than imported. */
const kbPathOf = (article: Article) => `/kb/${article.kbId}/`;

/** The ways agents mistype a short link: the ID in capitals, no slash, the prefix in capitals, a mix. */
const VARIANTS: readonly { name: string; path: (kbId: string) => string }[] = [
  { name: 'the ID in capitals', path: (kbId) => `/kb/${kbId.toUpperCase()}/` },
  { name: 'no trailing slash', path: (kbId) => `/kb/${kbId}` },
  { name: 'the prefix in capitals', path: (kbId) => `/KB/${kbId}/` },
  { name: 'everything in capitals, no slash', path: (kbId) => `/KB/${kbId.toUpperCase()}` },
];

/** An article with at least 3 steps, for #step-3. */
const withSteps = articleBySlug('check-icloud-storage');

function endsAt(urlPath: string, hash = ''): RegExp {
  return new RegExp(`^[a-z]+://[^/]+${escapeRegExp(urlPath + hash)}$`);
}

// ---- dist/_redirects --------------------------------------------------------

interface Rule {
  from: string;
  to: string;
  status: string;
}

function readRules(): Rule[] {
  return readDist('_redirects')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '', ...rest] = line.split(/\s+/);
      if (rest.length > 0) throw new Error(`"${line}" has more than "from to status"`);
      return { from, to, status };
    });
}

/**
 * Where a host that reads _redirects sends a path: the first exact rule that
 * matches, else the first wildcard ("/KB/*" with ":splat"); followed until no
 * rule matches. Paths are case-sensitive, as on Netlify and Cloudflare Pages.
 */
function applyRules(rules: readonly Rule[], start: string): string {
  let current = start;
  for (let hops = 0; hops < 5; hops++) {
    const exact = rules.find((rule) => !rule.from.includes('*') && rule.from === current);
    const wildcard = rules.find((rule) => rule.from.endsWith('/*') && current.startsWith(rule.from.slice(0, -1)));
    const rule = exact ?? wildcard;
    if (!rule) return current;
    current = rule === exact ? rule.to : rule.to.replace(':splat', current.slice(rule.from.length - 1));
  }
  throw new Error(`${start}: redirect loop in _redirects`);
}

test('dist/_redirects: short links, their case and slash variants, and former slugs, each to a live page', () => {
  const rules = readRules();
  const problems: string[] = [];
  for (const rule of rules) {
    if (rule.status !== '301') problems.push(`${rule.from}: status ${rule.status}, not 301`);
    if (rule.from.includes('*')) continue;
    // The target is a real page: not missing, not another redirect.
    if (!distExists(fileForUrlPath(rule.to))) problems.push(`${rule.from} → ${rule.to}: no page in dist/`);
    else if (/<meta http-equiv="refresh"/i.test(readDist(fileForUrlPath(rule.to))))
      problems.push(`${rule.from} → ${rule.to}: itself a redirect`);
    // A rule for a lower-case path with its slash is also a static page or file, for hosts without _redirects.
    const variant = rule.from !== rule.from.toLowerCase() || (!rule.from.endsWith('/') && !/\.\w+$/.test(rule.from));
    if (!variant && !distExists(fileForUrlPath(rule.from))) problems.push(`${rule.from}: no static redirect page or file`);
  }
  expect(problems).toEqual([]);

  for (const article of articles) {
    expect(
      rules.filter((rule) => rule.from === kbPathOf(article)).map((rule) => rule.to),
      kbPathOf(article),
    ).toEqual([article.url]);
    for (const variant of VARIANTS) expect(applyRules(rules, variant.path(article.kbId)), variant.name).toBe(article.url);
    for (const former of article.formerSlugs) expect(applyRules(rules, `/fixes/${former}/`)).toBe(article.url);
  }
  for (const alert of alerts) {
    for (const former of alert.formerSlugs) expect(applyRules(rules, `/errors/${former}/`)).toBe(alert.url);
  }
});

// ---- The 404 page, for hosts without _redirects -----------------------------

/**
 * `astro preview` answers a path without its trailing slash with a notice of
 * its own (trailingSlash is "always") rather than dist/404.html, which a
 * static host serves for any unknown path. For those paths the test serves
 * dist/404.html itself, as such a host would.
 */
async function asStaticHost(page: Page, paths: readonly string[]): Promise<void> {
  const notFound = readDist('404.html');
  for (const urlPath of paths.filter((p) => !p.endsWith('/'))) {
    await page.route(
      (url) => url.pathname === urlPath,
      (route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound }),
    );
  }
}

test.describe('a short link typed another way, on a host without _redirects (the 404 page)', () => {
  // Each variant is a 404 before the page's script moves on: Chromium logs that one load.
  test.use({ allowedConsoleErrors: [/ on \S+\/kb\/[^\s:]*: Failed to load resource: .*\b404\b/i] });

  for (const variant of VARIANTS) {
    test(`${variant.name}: ${variant.path(withSteps.kbId)}#step-3 lands on step 3 of the article`, async ({ page }) => {
      await asStaticHost(page, [variant.path(withSteps.kbId)]);
      const response = await page.goto(`${variant.path(withSteps.kbId)}#step-3`);
      expect(response?.status(), 'a host without _redirects answers an unknown path with 404.html').toBe(404);
      await expect(page).toHaveURL(endsAt(withSteps.url, '#step-3'));
      await expect(page.locator('h1')).toHaveText(withSteps.title);
      await expect(page.locator('#step-3')).toBeInViewport();
    });
  }

  test("every article's ID in capitals reaches the article", async ({ page }) => {
    test.setTimeout(30_000 + articles.length * 3_000); // a page load each, on a machine that may be busy
    for (const article of articles) {
      await page.goto(`/kb/${article.kbId.toUpperCase()}/`);
      await expect(page, article.kbId).toHaveURL(endsAt(article.url));
    }
  });

  test('an ID that no article has stays on the 404 page', async ({ page }) => {
    const response = await page.goto('/kb/icb-99999/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText(/not found/i);
    await expect(page).toHaveURL(/\/kb\/icb-99999\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the 404 page links to the article of every known ID, and the link works', async ({ page }) => {
      const response = await page.goto(`/kb/${withSteps.kbId.toUpperCase()}/#step-3`);
      expect(response?.status()).toBe(404);
      for (const article of articles) {
        const link = page.locator(`main a[data-kb-id="${article.kbId}"]`);
        await expect(link, article.kbId).toBeVisible();
        await expect(link).toHaveAttribute('href', article.url);
        await expect(link).toContainText(article.kbId.toUpperCase());
        await expect(link).toContainText(article.title);
      }
      await page.locator(`main a[data-kb-id="${withSteps.kbId}"]`).click();
      await expect(page).toHaveURL(endsAt(withSteps.url));
      await expect(page.locator('h1')).toHaveText(withSteps.title);
    });
  });
});

// ---- The ledger --------------------------------------------------------------

const ledger = parseLedger(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'content', 'published-urls.json'), 'utf8'));

test('every URL in the published-URL ledger is served (pages and redirects 200, files with their type)', async ({ request }) => {
  const problems: string[] = [];
  for (const entry of ledger.filter((e) => !e.url.includes('#'))) {
    const response = await request.get(entry.url, { maxRedirects: 0 });
    if (response.status() !== 200) problems.push(`${entry.url}: ${response.status()}`);
    const type = response.headers()['content-type'] ?? '';
    const expected = entry.url.endsWith('/')
      ? 'text/html'
      : entry.url.endsWith('.json')
        ? 'application/json'
        : entry.url.endsWith('.txt')
          ? 'text/plain'
          : 'xml';
    if (!type.includes(expected)) problems.push(`${entry.url}: Content-Type ${type}, expected ${expected}`);
  }
  expect(problems).toEqual([]);
  // The ledger holds every kind of URL agents use.
  for (const kind of ['fix', 'alert', 'short-link', 'step', 'reply', 'troubleshooter', 'api', 'machine']) {
    expect(
      ledger.some((entry) => entry.kind === kind),
      kind,
    ).toBe(true);
  }
});
