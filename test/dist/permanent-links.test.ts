/**
 * Links that never break, as the built files decide them (no browser):
 * - dist/_redirects, applied the way a host that reads it does (exact rules
 *   first, then the /KB/* wildcard): every short link, its case and slash
 *   variants and every former slug reach a live page;
 * - on a host without _redirects, dist/404.html answers the variants: it links
 *   every known ID to its article (its script follows those links: browser
 *   checks in e2e/permanent-links.spec.ts);
 * - every URL in the published-URL ledger is a file in dist/, of its type (a
 *   static host serves it with the type of its extension).
 * Expectations come from content/ (test/support/content.ts) and the committed ledger.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { alerts, type Article, articles } from '../support/content.ts';
import { distExists, fileForUrlPath, readDist } from '../support/dist.ts';
import { attr, parseHtml, textContent } from '../support/html.ts';
import { parseLedger } from '#lib/links/url-ledger.ts';

/** The short link: the promise made to agents, so spelt out here rather than imported. */
const kbPathOf = (article: Article) => `/kb/${article.kbId}/`;

/** The ways agents mistype a short link: the ID in capitals, no slash, the prefix in capitals, a mix. */
const VARIANTS: readonly { name: string; path: (kbId: string) => string }[] = [
  { name: 'the ID in capitals', path: (kbId) => `/kb/${kbId.toUpperCase()}/` },
  { name: 'no trailing slash', path: (kbId) => `/kb/${kbId}` },
  { name: 'the prefix in capitals', path: (kbId) => `/KB/${kbId}/` },
  { name: 'everything in capitals, no slash', path: (kbId) => `/KB/${kbId.toUpperCase()}` },
];

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

describe('dist/404.html links every known ID to its article (its script follows the link; without JavaScript the reader does)', () => {
  const notFound = parseHtml(readDist('404.html'));
  const main = select('main', notFound);
  test.each(articles.map((a) => [a.kbId, a] as const))('%s', (kbId, article) => {
    expect(main, 'the 404 page has a main').toBeDefined();
    const links = main ? selectAll(`a[data-kb-id="${kbId}"]`, main) : [];
    expect(links, kbId).toHaveLength(1);
    const link = links[0];
    expect(link && attr(link, 'href')).toBe(article.url);
    expect(link && attr(link, 'hidden')).toBeUndefined();
    const text = link ? textContent(link) : '';
    expect(text).toContain(kbId.toUpperCase());
    expect(text).toContain(article.title);
  });
});

// ---- The ledger --------------------------------------------------------------

const ledger = parseLedger(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'content', 'published-urls.json'), 'utf8'));

test('every URL in the published-URL ledger is a file in dist/ of its type (pages and redirects HTML, .json, .txt, .xml)', () => {
  const problems: string[] = [];
  for (const entry of ledger.filter((e) => !e.url.includes('#'))) {
    const file = fileForUrlPath(entry.url);
    if (!distExists(file)) {
      problems.push(`${entry.url}: no dist/${file}`);
      continue;
    }
    const body = readDist(file);
    if (entry.url.endsWith('/')) {
      if (!/^<!DOCTYPE html>/i.test(body)) problems.push(`${entry.url}: not an HTML page`);
    } else if (entry.url.endsWith('.json')) {
      try {
        JSON.parse(body);
      } catch (error) {
        problems.push(`${entry.url}: not JSON (${(error as Error).message})`);
      }
    } else if (entry.url.endsWith('.txt')) {
      if (body.trim() === '' || /<\/?[a-z][^>]*>/i.test(body.slice(0, 200))) problems.push(`${entry.url}: not plain text`);
    } else if (!body.startsWith('<?xml ')) {
      problems.push(`${entry.url}: not XML`);
    }
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
