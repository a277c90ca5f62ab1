/**
 * The guided troubleshooter (/troubleshoot/) in a browser WITHOUT JavaScript:
 * answers are plain links between static pages. Walks from the start question
 * to a fix (the gate; two more walks, one to contacting Apple, in the full
 * tier), checking each question, the answers so far, the recommended fix and
 * "change answer" links; then what needs a browser on the result pages: the
 * fix's button on a phone's first screen, "What you've tried" shown without
 * JavaScript and copied with it. Every walk, every question page and every
 * result page is checked link by link in the built HTML by
 * test/dist/troubleshooter.test.ts.
 *
 * Expectations come from content/troubleshooter/flow.yaml itself, read and
 * walked with the same functions as the build (test/support/content.ts,
 * src/lib/troubleshooter/troubleshooter.ts), not from a second copy.
 */
import type { Locator, Page } from '@playwright/test';
import { questionPath, resultPath, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import { FLOW_FILE, type FlowQuestion, type ResultStop, type Step } from '#lib/troubleshooter/troubleshooter.ts';
import { articleBySlug, pathArticles, walk } from '../test/support/content';
import { coveringSample, FULL_TAG } from '../test/support/tiers';
import { FIRST_THING, PHONE_WINDOWS, screensDown } from '../test/support/first-screen';
import { defined } from '#lib/defined.ts';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

type Result = ResultStop<FlowQuestion>;

/** Contacting Apple: the last fix on the troubleshooting path. */
const lastResort = pathArticles.at(-1)?.slug;

/**
 * The walks to take. The gate takes the shortest walk of three answers or
 * more to a fix other than contacting Apple: every behaviour of a walk (the
 * trail, "Change" with answers before it, Back, the fix) at the fewest page
 * loads. The full tier takes the longest one to contacting Apple, the longest
 * one to any other fix, and the longest to a third fix that starts with a
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
  const shortest = [...longestFirst].reverse().find((r) => r.fixId !== lastResort && r.trail.length >= 3) ?? first;
  return [shortest, ...[first, second, contact].filter((r) => r !== shortest)];
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

// One real walk in the gate, the others in the full tier: test/dist/troubleshooter.test.ts follows
// every walk's links through the built pages and checks every question and result page.
for (const [n, result] of pickWalks().entries()) {
  test(`without JavaScript: ${describeWalk(result)}`, { tag: n === 0 ? [] : [FULL_TAG] }, async ({ page }) => {
    test.setTimeout(30_000 + result.trail.length * 3_000); // a page load and its checks each, on a machine that may be busy
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

// ---- Result pages on a phone ----------------------------------------------------------

/**
 * The result pages on a phone. The gate: one for every fix the troubleshooter
 * recommends, at the narrowest and shortest window only (under the same style
 * rules, a page at 320×640 wraps into more lines and has less height than at
 * 390×844). The full tier: every result page at every phone window.
 */
const [, NARROW] = PHONE_WINDOWS;
const resultTiers = [
  { label: 'a covering sample', tag: [], items: coveringSample(walk.results, (result) => [`fix:${result.fixId}`]), windows: [NARROW] },
  { label: 'every one', tag: [FULL_TAG], items: walk.results, windows: [...PHONE_WINDOWS] },
];

for (const { label, tag, items: results, windows } of resultTiers) {
  test(`${label} of the result pages: the fix's button ends on a phone's first screen`, { tag }, async ({ page }) => {
    test.setTimeout(30_000 + results.length * windows.length * 2_000);
    for (const window of windows) {
      await page.setViewportSize(window);
      for (const [i, result] of results.entries()) {
        const url = resultPath(result.question.id, result.answer.id);
        await page.goto(url);
        const place = await screensDown(page, FIRST_THING.result);
        expect(place?.bottom, `${url} at ${window.width}×${window.height}`).toBeLessThanOrEqual(1);
        if (i === 0 && window === windows[0]) {
          // Without JavaScript, as this whole file runs (test.use above): "What you've tried" is
          // selectable text, and no dead copy button shows.
          await expect(main(page).locator('[data-tried-text]')).toBeVisible();
          await expect(main(page).locator('[data-tried-text]')).toContainText('Recommended fix:');
          await expect(main(page).getByRole('button', { name: "Copy what you've tried" })).toHaveCount(0);
        }
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
    await expect(main(page).getByRole('button', { name: "Copy what you've tried" })).toHaveAttribute('data-copied', 'Copied');
  });
});
