/**
 * Security, from the built files: each page's hash-based CSP meta tag covers
 * exactly its own inline code and blocks everything else, and dist/_headers
 * sets the response headers a static host should send. The browser side (no
 * violation at run time) is e2e/page-sweep.spec.ts.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { defined } from '#lib/defined.ts';
import { distExists, distFiles, readDist, readHtmlPages } from '../support/dist.ts';
import { headersFor, parseHeadersFile } from '#lib/static-host/headers-file.ts';
import { allElements, attr, attributes, describeElement, elementsByTag, headOf, isDataBlock, textContent, tokens } from '../support/html.ts';

// ---- CSP meta tags ----------------------------------------------------------

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

test('every page has a hash-based CSP meta tag: no unsafe-inline or unsafe-eval, worker-src, wasm-unsafe-eval', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const metas = elementsByTag(page.document, 'meta').filter(
      (m) => (attr(m, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy',
    );
    if (metas.length !== 1) {
      problems.push(`${page.file}: ${metas.length} <meta http-equiv="content-security-policy">`);
      continue;
    }
    const meta = defined(metas[0], 'the CSP meta tag');
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

test("every inline <script> and <style> has its sha256 hash in the page's policy", () => {
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

test('no page has inline event handlers, style attributes or javascript: URLs (a hash-based CSP blocks them)', () => {
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

// ---- dist/_headers ----------------------------------------------------------

const LONG_IMMUTABLE = (values: string[] | undefined) =>
  (values ?? []).some((v) => /(^|[\s,])max-age=31536000($|[\s,])/i.test(v) && /(^|[\s,])immutable($|[\s,])/i.test(v));

/** A file name with a content hash: en_6420bb1.pf_fragment, pagefind.en_49aeb1d3c5.pf_meta, index.DyT7x2a9.js. */
const HASHED_PAGEFIND = /[._-][0-9a-f]{7,}\.[a-z0-9_]+$/i;

/** The last segment of a path relative to dist/. */
const fileName = (relative: string) => relative.slice(relative.lastIndexOf('/') + 1);

function readHeadersFile() {
  expect(distExists('_headers'), 'dist/_headers').toBe(true);
  return parseHeadersFile(readDist('_headers'));
}

test('dist/_headers parses, and its /* rule sets the security headers', () => {
  const { rules, errors } = readHeadersFile();
  expect(errors, 'dist/_headers syntax').toEqual([]);
  const all = rules.filter((r) => r.path === '/*');
  expect(all.length, 'a /* rule').toBeGreaterThan(0);
  const headers = new Map<string, string[]>();
  for (const rule of all) for (const { name, value } of rule.headers) headers.set(name, [...(headers.get(name) ?? []), value]);
  const one = (name: string) => {
    const values = headers.get(name) ?? [];
    expect(values, `/* ${name}`).toHaveLength(1);
    return defined(values[0], `/* ${name}`);
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

test('hashed files (/_astro/*, Pagefind index, fragment and meta files) are cached for a year, immutable', () => {
  const { rules } = readHeadersFile();
  const astroFiles = distFiles('_astro').map((f) => `/${f}`);
  const pagefindHashed = distFiles('pagefind')
    .filter((f) => HASHED_PAGEFIND.test(fileName(f)))
    .map((f) => `/${f}`);
  expect(pagefindHashed.length, 'hashed files in dist/pagefind/').toBeGreaterThan(0);
  // An Astro asset name stands in for /_astro/ when this build inlined them all.
  const paths = [...new Set(['/_astro/example.DyT7x2a9.js', ...astroFiles, ...pagefindHashed])];
  const missing = paths.filter((p) => !LONG_IMMUTABLE(headersFor(rules, p).get('cache-control')));
  expect(missing, 'hashed files without Cache-Control: max-age=31536000, immutable').toEqual([]);
});

test('files that keep their name between builds are not cached as immutable', () => {
  const { rules } = readHeadersFile();
  const unhashed = distFiles()
    .filter((f) => f !== '_headers' && !f.startsWith('_astro/') && !HASHED_PAGEFIND.test(fileName(f)))
    .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'));
  expect(unhashed.length).toBeGreaterThan(0);
  const immutable = unhashed.filter((p) => (headersFor(rules, p).get('cache-control') ?? []).some((v) => /immutable/i.test(v)));
  expect(immutable, 'unhashed files cached as immutable').toEqual([]);
});

test('text, JSON and XML files are sent as UTF-8, each with one Content-Type (hosts join two rules with a comma)', () => {
  const { rules } = readHeadersFile();
  const files = distFiles()
    .filter((f) => /\.(txt|json|xml)$/.test(f))
    .map((f) => `/${f}`);
  expect(files.length, 'text, JSON and XML files in dist/').toBeGreaterThan(0);
  const problems = files.flatMap((file) => {
    const types = headersFor(rules, file).get('content-type') ?? [];
    if (types.length !== 1) return [`${file}: ${types.length} Content-Type rules in dist/_headers`];
    return /;\s*charset=utf-8$/i.test(types[0] ?? '') ? [] : [`${file}: Content-Type "${types[0]}" has no charset=utf-8`];
  });
  expect(problems).toEqual([]);
});
