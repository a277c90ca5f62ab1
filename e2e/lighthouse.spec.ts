/**
 * Lighthouse (mobile) on the home page and one article, in English and in French, against the built site
 * the config's webServer serves. Accessibility, best practices and SEO must be
 * 100; performance is reported, not asserted (it is timing-based and noisy).
 * Node only: Lighthouse drives its own headless Chromium (scripts/lighthouse.ts).
 * In the full tier only (`npm run test:full`): a minute a page on these machines.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_PATHS, formatFailedAudits, reportName, runLighthouse, type Category } from '../scripts/lighthouse.ts';
import { FULL_TAG } from '../test/support/tiers.ts';

const ASSERTED: Category[] = ['accessibility', 'best-practices', 'seo'];

// One page at a time: the `lighthouse` project in playwright.config.ts has
// one worker, and a failure on one page does not skip the other.
test.describe.configure({ timeout: 120_000 });

for (const pagePath of DEFAULT_PATHS) {
  test(`Lighthouse: ${pagePath} scores 100 in accessibility, best practices and SEO`, { tag: [FULL_TAG] }, async ({ baseURL }) => {
    if (!baseURL) throw new Error('use.baseURL must be set in playwright.config.ts');
    const info = test.info();
    const [result] = await runLighthouse({ baseUrl: baseURL, paths: [pagePath], outDir: info.outputPath('lighthouse') });
    if (!result) throw new Error(`Lighthouse gave no result for ${pagePath}`);

    const performance = result.scores.performance;
    info.annotations.push({ type: 'lighthouse performance', description: `${pagePath}: ${performance ?? 'n/a'}` });
    console.log(`Lighthouse ${pagePath}: ${JSON.stringify(result.scores)}`);

    const below = ASSERTED.filter((category) => result.scores[category] !== 100);
    if (below.length > 0) {
      await info.attach(`${reportName(pagePath)}.html`, { path: result.reports.html, contentType: 'text/html' });
    }
    const failing = result.failedAudits.filter((audit) => ASSERTED.includes(audit.category));
    const message = [
      `Lighthouse scores for ${pagePath}: ${ASSERTED.map((c) => `${c} ${result.scores[c] ?? 'n/a'}`).join(', ')}`,
      result.runtimeError ? `Lighthouse runtime error: ${result.runtimeError}` : '',
      failing.length > 0 ? `Failing audits:\n${formatFailedAudits(failing)}` : '',
      `Report: ${result.reports.html}`,
    ]
      .filter(Boolean)
      .join('\n');
    expect(Object.fromEntries(ASSERTED.map((category) => [category, result.scores[category]])), message).toEqual({
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
  });
}
