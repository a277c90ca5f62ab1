/**
 * The guided troubleshooter (/troubleshoot/) in a browser WITHOUT JavaScript:
 * answers are plain links between static pages. Walks from the start question
 * to two different fixes and to contacting Apple, checking each question, the
 * answers so far, the recommended fix and "change answer" links; then checks
 * every page of the flow and that every fix it recommends exists.
 *
 * Expectations come from content/troubleshooter/flow.yaml itself, read and
 * walked with the same functions as the build (test/support/content.ts,
 * src/lib/troubleshooter.ts), not from a second copy.
 */
import type { Locator, Page } from '@playwright/test';
import { questionPath, resultPath, TROUBLESHOOT_PATH } from '../src/lib/routes';
import { FLOW_FILE, type FlowQuestion, type ResultStop, type Step } from '../src/lib/troubleshooter';
import { findUnrecommendedFixes } from '../src/lib/troubleshooter-rules';
import { articleBySlug, flow, helpLines, pathArticles, walk } from '../test/support/content';
import { distExists, fileForUrlPath, readDist, readSitemap, sitemapPaths } from '../test/support/dist';
import { byTier, coveringSample } from '../test/support/tiers';
import { FIRST_THING, PHONE_WINDOWS, screensDown } from '../test/support/first-screen';
import { allElements, attr, parseHtml } from '../test/support/html';
import { defined } from '../src/lib/defined.ts';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

type Result = ResultStop<FlowQuestion>;

/** Contacting Apple: the last fix on the troubleshooting path. */
const lastResort = pathArticles.at(-1)?.slug;

/**
 * The walks to take: the longest one to contacting Apple, then the longest one
 * to any other fix, then the longest to a third fix that starts with a
 * different first answer (so two branches of the tree are covered).
 */
function pickWalks(): Result[] {
  const longestFirst = [...walk.results].sort((a, b) => b.trail.length - a.trail.length);
  const contact = longestFirst.find((r) => r.fixId === lastResort);
  const first = longestFirst.find((r) => r.fixId !== lastResort);
  const firstAnswer = (r: Result) => r.trail[0]?.answer.id;
  const second =
    longestFirst.find((r) => r.fixId !== lastResort && r.fixId !== first?.fixId && (!first || firstAnswer(r) !== firstAnswer(first))) ??
    longestFirst.find((r) => r.fixId !== lastResort && r.fixId !== first?.fixId);
  if (!contact || !first || !second) {
    throw new Error(`${FLOW_FILE} needs answers to ${lastResort} and to at least two other fixes`);
  }
  return [first, second, contact];
}

const describeWalk = (r: Result) => `${r.trail.map((s) => `${s.question.id} → ${s.answer.id}`).join(' → ')} → /fixes/${r.fixId}/`;

// ---- Page checks ----------------------------------------------------------------

function pathnameOf(page: Page): string {
  return new URL(page.url()).pathname;
}

function main(page: Page): Locator {
  return page.getByRole('main');
}

/** The "Your answers (so far)" list: one item per step, each with its question, answer and a link back. */
async function expectTrail(page: Page, heading: string, steps: readonly Step<FlowQuestion>[]) {
  const trail = main(page).getByRole('region', { name: heading, exact: true });
  if (steps.length === 0) {
    await expect(main(page).getByRole('region', { name: /^Your answers/ })).toHaveCount(0);
    return;
  }
  const items = trail.getByRole('list').getByRole('listitem');
  await expect(items).toHaveCount(steps.length);
  for (const [i, { question, answer }] of steps.entries()) {
    await expect(items.nth(i)).toContainText(question.data.question);
    await expect(items.nth(i)).toContainText(answer.label);
    await expect(
      items.nth(i).getByRole('link', { name: `Change your answer to “${question.data.question}”`, exact: true }),
    ).toHaveAttribute('href', questionPath(question));
  }
}

async function expectQuestionPage(page: Page, question: FlowQuestion, before: readonly Step<FlowQuestion>[]) {
  expect(pathnameOf(page)).toBe(questionPath(question));
  await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(question.data.question);
  await expectTrail(page, 'Your answers so far', before);
}

// ---- Walks ----------------------------------------------------------------------

for (const result of pickWalks()) {
  test(`without JavaScript: ${describeWalk(result)}`, async ({ page }) => {
    const fix = articleBySlug(result.fixId);
    expect((await page.goto(TROUBLESHOOT_PATH))?.status()).toBe(200);

    for (const [i, step] of result.trail.entries()) {
      await expectQuestionPage(page, step.question, result.trail.slice(0, i));
      await main(page).getByRole('link', { name: step.answer.label, exact: true }).click();
    }

    // The result: the fix, the answers that led here, start over.
    expect(pathnameOf(page)).toBe(resultPath(result.question.id, result.answer.id));
    await expect(main(page).getByRole('heading', { level: 1 })).toContainText(fix.title);
    await expect(main(page)).toContainText(fix.description);
    await expect(main(page)).toContainText(`${fix.minutes} min`);
    await expectTrail(page, 'Your answers', result.trail);
    const fixLinks = main(page).locator(`a[href="${fix.url}"]`);
    await expect(fixLinks.first()).toBeVisible();
    await expect(main(page).getByRole('link', { name: 'Start over', exact: true })).toHaveAttribute('href', TROUBLESHOOT_PATH);

    // "Change" goes back to that question, showing only the answers before it.
    const changeAt = Math.max(0, result.trail.length - 2);
    const changed = defined(result.trail[changeAt], `step ${changeAt} of the trail`);
    await main(page)
      .getByRole('link', { name: `Change your answer to “${changed.question.data.question}”`, exact: true })
      .click();
    await expectQuestionPage(page, changed.question, result.trail.slice(0, changeAt));

    // Back to the result, then on to the fix itself.
    await page.goBack();
    expect(pathnameOf(page)).toBe(resultPath(result.question.id, result.answer.id));
    await fixLinks.first().click();
    expect(pathnameOf(page)).toBe(fix.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fix.title);
  });
}

test('"Start over" on a result page goes back to the first question', async ({ page }) => {
  const result = defined(walk.results.find((r) => r.trail.length > 1) ?? walk.results[0], 'a troubleshooter result');
  await page.goto(resultPath(result.question.id, result.answer.id));
  await main(page).getByRole('link', { name: 'Start over', exact: true }).click();
  await expectQuestionPage(page, defined(walk.questions[0], 'the start question').question, []);
});

// ---- Every page of the flow -------------------------------------------------------

/** The gate tier's question pages: every kind of question (gate, rule-out, help line, answer count, depth); the full tier the rest. */
const questionTiers = byTier(
  walk.questions,
  coveringSample(walk.questions, ({ question, trail }) => [
    `gate:${question.data.gate ?? 'none'}`,
    `rulesOut:${question.data.rulesOut !== undefined}`,
    `help:${helpLines.some((line) => line.url === questionPath(question))}`,
    `answers:${question.data.answers.length}`,
    `depth:${Math.min(trail.length, 2)}`,
  ]),
);

/** The gate tier's result pages: one for every fix the troubleshooter recommends; the full tier the rest. */
const resultTiers = byTier(
  walk.results,
  coveringSample(walk.results, (result) => [`fix:${result.fixId}`]),
);

for (const { label, tag, items: questions } of questionTiers) {
  test(
    `${label} of the question pages: each shows its question, the answers so far, and each answer as a link to where it leads`,
    { tag },
    async ({ page }) => {
      test.setTimeout(30_000 + questions.length * 3_000); // a page load each, on a machine that may be busy
      for (const { question, trail } of questions) {
        expect((await page.goto(questionPath(question)))?.status(), questionPath(question)).toBe(200);
        await expectQuestionPage(page, question, trail);
        const links = main(page).locator('ul.troubleshoot-answers').getByRole('link');
        await expect(links).toHaveCount(question.data.answers.length);
        for (const [i, answer] of question.data.answers.entries()) {
          await expect(links.nth(i)).toHaveText(answer.label);
          const next = flow.find((q) => q.id === answer.next);
          await expect(links.nth(i)).toHaveAttribute('href', next ? questionPath(next) : resultPath(question.id, answer.id));
        }
      }
    },
  );
}

test('every fix the troubleshooter recommends exists', async ({ request }) => {
  const recommended = [...new Set(walk.results.map((r) => r.fixId))];
  for (const slug of recommended) {
    const response = await request.get(`/fixes/${slug}/`);
    expect(response.status(), `/fixes/${slug}/ (recommended in ${FLOW_FILE})`).toBe(200);
  }
});

for (const { label, tag, items: results } of resultTiers) {
  test(`${label} of the result pages: each links to its fix`, { tag }, async ({ page, request }) => {
    test.setTimeout(30_000 + results.length * 3_000); // a page load each, on a machine that may be busy
    for (const result of results) {
      const url = resultPath(result.question.id, result.answer.id);
      expect((await page.goto(url))?.status(), url).toBe(200);
      const href = await main(page)
        .getByRole('link', { name: /^Open the fix/ })
        .getAttribute('href');
      expect(href, `${url}: link to the fix`).toBe(`/fixes/${result.fixId}/`);
      expect((await request.get(defined(href, `${url}: the link to the fix`))).status(), `${url} → ${href ?? ''}`).toBe(200);

      // "What you've tried": every answer after its question, the fix and the result's address, as text to select.
      const tried = defined(await main(page).locator('[data-tried-text]').textContent(), `${url}: what you've tried`);
      for (const [i, step] of result.trail.entries()) {
        expect(tried, `${url}: answer ${i + 1}`).toContain(`${i + 1}. ${step.question.data.question} ${step.answer.label}`);
      }
      expect(tried).toContain(`Recommended fix: ${articleBySlug(result.fixId).title}`);
      expect(tried).toContain(new URL(url, readSitemap().origin).href);
      if (articleBySlug(result.fixId).lastResort)
        await expect(main(page).locator('.tried')).toContainText('When you contact Apple, paste this');
    }
  });

  test(`${label} of the result pages: the fix's button ends on a phone's first screen`, { tag }, async ({ page }) => {
    test.setTimeout(30_000 + results.length * 4_000);
    for (const window of PHONE_WINDOWS) {
      await page.setViewportSize(window);
      for (const result of results) {
        const url = resultPath(result.question.id, result.answer.id);
        await page.goto(url);
        const place = await screensDown(page, FIRST_THING.result);
        expect(place?.bottom, `${url} at ${window.width}×${window.height}`).toBeLessThanOrEqual(1);
      }
    }
  });
}

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('"Copy what you\'ve tried" copies the text it shows, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const result = defined(resultTiers[0]?.items[0], 'a result page');
    await page.goto(resultPath(result.question.id, result.answer.id));
    const shown = await main(page).locator('[data-tried-text]').textContent();
    await main(page).getByRole('button', { name: "Copy what you've tried" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await expect(page.locator('[data-tried-status]')).toHaveText('Copied what you have tried.');
    await expect(main(page).getByRole('button', { name: "Copy what you've tried" })).toHaveAttribute('data-copied', '');
  });
});

// Without JavaScript, as this whole file runs (test.use above).
test('a result\'s "What you\'ve tried" is selectable text, and no dead copy button shows', async ({ page }) => {
  const result = defined(resultTiers[0]?.items[0], 'a result page');
  await page.goto(resultPath(result.question.id, result.answer.id));
  await expect(main(page).locator('[data-tried-text]')).toBeVisible();
  await expect(main(page).locator('[data-tried-text]')).toContainText('Recommended fix:');
  await expect(main(page).getByRole('button', { name: "Copy what you've tried" })).toHaveCount(0);
});

test('every fix on the path is recommended by some answer of the troubleshooter', () => {
  expect(
    findUnrecommendedFixes(
      flow,
      pathArticles.map((a) => a.slug),
    ),
  ).toEqual([]);
});

test('every troubleshooter page is in the sitemap; only the start page is in the search index', () => {
  const start = walk.questions.find((q) => q.trail.length === 0);
  const paths = [
    ...walk.questions.map((q) => questionPath(q.question)),
    ...walk.results.map((r) => resultPath(r.question.id, r.answer.id)),
  ];
  const listed = sitemapPaths();
  const problems: string[] = [];
  for (const urlPath of paths) {
    const file = fileForUrlPath(urlPath);
    if (!distExists(file)) {
      problems.push(`${urlPath}: no dist/${file}`);
      continue;
    }
    if (!listed.includes(urlPath)) problems.push(`${urlPath}: not in the sitemap`);
    const indexed = allElements(parseHtml(readDist(file))).some((el) => attr(el, 'data-pagefind-body') !== undefined);
    // The start page is search's "Guided questions" result; the rest would repeat it, or repeat a fix article.
    const isStart = start !== undefined && urlPath === questionPath(start.question);
    if (isStart && !indexed) problems.push(`${urlPath}: the start page has no data-pagefind-body, so search cannot offer it`);
    if (!isStart && indexed) problems.push(`${urlPath}: has data-pagefind-body, so search would index it`);
  }
  expect(start, 'the walk has a start question').toBeDefined();
  expect(problems).toEqual([]);
});
