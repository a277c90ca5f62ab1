/**
 * Search quality, measured: every query of the shared evaluation set
 * (shared/search-eval/queries.json beside the project, or SEARCH_EVAL_QUERIES) is typed into
 * the real search dialog, and its rendered result links are read. A query passes
 * when one of its expected articles is among the first three results. Fails
 * below a 95% hit rate; prints the rate and every miss either way.
 */
import fs from 'node:fs';
import { DIALOG, EVAL_QUERIES_FILE as QUERIES_FILE, openDialog } from '../bench/search-latency';
import { expect, test } from './fixtures';

const REQUIRED_HIT_RATE = 0.95;
const TOP = 3;

interface EvalQuery {
  q: string;
  expect: string[];
}

const queries: EvalQuery[] = fs.existsSync(QUERIES_FILE)
  ? (JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8')) as { queries: EvalQuery[] }).queries
  : [];

test(`at least ${REQUIRED_HIT_RATE * 100}% of the evaluation queries find an expected article in the first ${TOP} results`, async ({ page }) => {
  expect(queries.length, `evaluation queries in ${QUERIES_FILE}`).toBeGreaterThan(0);
  test.setTimeout(30_000 + queries.length * 2_000);
  await page.goto('/');
  await openDialog(page);
  const input = page.locator(DIALOG.input);
  const misses: string[] = [];
  const lines: string[] = [];

  for (const { q, expect: expected } of queries) {
    await input.fill(q);
    await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', q.replace(/\s+/g, ' ').trim(), { timeout: 15_000 });
    const got = await page
      .locator(DIALOG.pageOption)
      .evaluateAll((links) =>
        links.map((a) => {
          const { pathname } = new URL(a.getAttribute('href') ?? '', location.href);
          // An article by its slug; any other page by its path.
          return pathname.match(/^\/fixes\/([^/]+)\/$/)?.[1] ?? pathname;
        }),
      );
    const top = got.slice(0, TOP);
    const hit = top.some((slug) => expected.includes(slug ?? ''));
    lines.push(`${hit ? 'hit ' : 'MISS'}  ${JSON.stringify(q)} → ${top.join(', ') || '(nothing)'}`);
    if (!hit) misses.push(`${JSON.stringify(q)}: expected ${expected.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }

  const hitRate = (queries.length - misses.length) / queries.length;
  const summary = `search eval: ${queries.length - misses.length}/${queries.length} = ${(hitRate * 100).toFixed(1)}% hit rate (top ${TOP})`;
  console.log([summary, ...lines].join('\n'));
  test.info().annotations.push({ type: 'search hit rate', description: `${summary}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}` });
  expect(hitRate, `${summary}\nmisses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
});
