/**
 * Search quality, measured: every query of the shared evaluation sets
 * (test/search-eval/, copied from shared/search-eval/: queries.json, readers' and agents'
 * queries; questions.json, readers' own questions and the newer articles'
 * topics) is typed into the real search dialog, and its rendered result links
 * are read. A query passes when one of its expected pages is among the first
 * three results: a plain entry is an article slug, an entry with a slash a
 * path prefix ("troubleshoot/" is any troubleshooter page). queries-fr.json
 * is searched from the French home page, /fr/, whose search finds French
 * pages; its entries name pages without /fr/. Each set needs
 * every query to pass, and each `noEmpty` query of questions.json must show
 * some result. Prints the rates and every miss either way.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { DIALOG, openDialog } from '../test/support/search-dialog';
import { EVAL_FRENCH_QUERIES_FILE, EVAL_QUERIES_FILE, EVAL_QUESTIONS_FILE, readEvalFile } from '../test/support/search-eval';
import { basePath } from '#lib/i18n/languages.ts';
import { expect, test } from './fixtures';

const TOP = 3;

interface EvalSet {
  queries: { q: string; expect: string[] }[];
  noEmpty?: string[];
}

// Read when the tests are listed, for their titles; a missing file fails its test with readEvalFile's message.
const readSetIfPresent = (file: string): EvalSet | undefined => (fs.existsSync(file) ? (readEvalFile(file) as EvalSet) : undefined);

/** A result link as the sets name pages: an article by its slug, any other page by its path without the leading slash. */
function pageName(href: string): string {
  const pathname = basePath(new URL(href, 'https://example.invalid').pathname);
  return /^\/fixes\/([^/]+)\/$/.exec(pathname)?.[1] ?? pathname.replace(/^\//, '');
}

const matches = (page: string, expected: string) => (expected.includes('/') ? page.startsWith(expected) : page === expected);

/** Searches `q` in the open dialog and returns the pages of its results, in order. */
async function resultsFor(page: Page, q: string): Promise<string[]> {
  await page.locator(DIALOG.input).fill(q);
  await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', q.replace(/\s+/g, ' ').trim(), {
    timeout: 15_000,
  });
  const hrefs = await page.locator(DIALOG.pageOption).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(pageName);
}

for (const [name, file, home] of [
  ['queries.json', EVAL_QUERIES_FILE, '/'],
  ['questions.json', EVAL_QUESTIONS_FILE, '/'],
  ['queries-fr.json', EVAL_FRENCH_QUERIES_FILE, '/fr/'],
] as const) {
  const listed = readSetIfPresent(file);

  test(`every query of ${name} finds an expected page in the first ${TOP} results${listed?.noEmpty ? ', and no noEmpty query finds nothing' : ''}`, async ({
    page,
  }) => {
    const set = listed ?? (readEvalFile(file) as EvalSet);
    expect(set.queries.length, `evaluation queries in ${file}`).toBeGreaterThan(0);
    test.setTimeout(30_000 + (set.queries.length + (set.noEmpty?.length ?? 0)) * 2_000);
    await page.goto(home);
    await openDialog(page);
    const misses: string[] = [];
    const lines: string[] = [];

    for (const { q, expect: expected } of set.queries) {
      const top = (await resultsFor(page, q)).slice(0, TOP);
      const hit = top.some((found) => expected.some((want) => matches(found, want)));
      lines.push(`${hit ? 'hit ' : 'MISS'}  ${JSON.stringify(q)} → ${top.join(', ') || '(nothing)'}`);
      if (!hit) misses.push(`${JSON.stringify(q)}: expected ${expected.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
    }
    const empty: string[] = [];
    for (const q of set.noEmpty ?? []) {
      const found = await resultsFor(page, q);
      lines.push(`${found.length > 0 ? 'some' : 'NONE'}  ${JSON.stringify(q)} → ${found.slice(0, TOP).join(', ') || '(nothing)'}`);
      if (found.length === 0) empty.push(JSON.stringify(q));
    }

    const hits = set.queries.length - misses.length;
    const summary = `search eval ${name}: ${hits}/${set.queries.length} = ${((hits / set.queries.length) * 100).toFixed(1)}% in the top ${TOP}${
      set.noEmpty ? `; noEmpty ${set.noEmpty.length - empty.length}/${set.noEmpty.length} with results` : ''
    }`;
    console.log([summary, ...lines].join('\n'));
    test.info().annotations.push({ type: 'search hit rate', description: [summary, ...misses].join('\n') });
    expect(misses, summary).toEqual([]);
    expect(empty, 'noEmpty queries without results').toEqual([]);
  });
}

/** The queries issue 11 quotes as failing, with the pages a reader needs. */
const QUOTED: [query: string, expected: string[]][] = [
  ['why wont my iphone backup to icloud', ['troubleshoot/', 'quick-checks']],
  ['battery low during backup', ['quick-checks']],
  ['my phone says backup failed', ['errors/iphone-backup-failed', 'troubleshoot/']],
  ['back up iphone to computer', ['back-up-with-a-computer']],
  ['icloud backup taking forever', ['finish-a-slow-or-stuck-backup']],
];

test(`the queries that used to fail as readers type them find a right page in the first ${TOP} results`, async ({ page }) => {
  await page.goto('/');
  await openDialog(page);
  for (const [q, expected] of QUOTED) {
    const top = (await resultsFor(page, q)).slice(0, TOP);
    expect(
      top.some((found) => expected.some((want) => matches(found, want))),
      `${q} → ${top.join(', ')}`,
    ).toBe(true);
  }
});
