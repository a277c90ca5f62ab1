/**
 * The safety rules as a reader meets them, WITHOUT JavaScript: every fix that
 * can cost settings or data links to the computer backup before its first
 * step; the troubleshooter asks whether the reader has a copy (and, before a
 * settings reset or a sign-out, whether the iPhone is managed) before any
 * risky recommendation, checks Apple's status before signing out, shows the
 * safety net above every risky recommendation, and reaches every new article.
 *
 * Expectations come from the content files and the flow as the build walks it
 * (test/support/content.ts), not from a second list.
 */
import type { Page } from '@playwright/test';
import { questionPath, resultPath, TROUBLESHOOT_PATH } from '../src/lib/routes';
import type { FlowQuestion, ResultStop } from '../src/lib/troubleshooter';
import { articleBySlug, riskyArticles, safetyNet, walk } from '../test/support/content';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

type Result = ResultStop<FlowQuestion>;

function safetyNetUrl(): string {
  if (!safetyNet) throw new Error('content/fixes/ needs an article with role: safety-net');
  return safetyNet.url;
}

/** True when `first` comes before `second` in the document. */
async function comesBefore(page: Page, first: string, second: string): Promise<boolean> {
  return page.evaluate(
    ([a, b]) => {
      const x = document.querySelector(a);
      const y = document.querySelector(b);
      return x !== null && y !== null && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [first, second] as const,
  );
}

test('there are risky fixes to check', () => {
  expect(riskyArticles.length).toBeGreaterThan(0);
});

for (const article of riskyArticles) {
  test(`${article.url} (risk: ${article.risk}) links to the safety net above its first step`, async ({ page }) => {
    await page.goto(article.url);
    const link = page.locator(`div.prose a[href="${safetyNetUrl()}"]`).first();
    await expect(link).toBeVisible();
    await link.evaluate((el) => {
      el.setAttribute('data-test-safety-link', '');
    });
    expect(await comesBefore(page, '[data-test-safety-link]', '#step-1'), 'the link comes before step 1').toBe(true);
  });
}

/** Follows the answers with these ids from the start question, checking each page on the way. */
async function walkAnswers(page: Page, answerIds: string[]): Promise<Result> {
  const result = walk.results.find((r) => r.trail.map((s) => s.answer.id).join('/') === answerIds.join('/'));
  if (!result) throw new Error(`no result in the flow after the answers ${answerIds.join(' → ')}`);
  await page.goto(TROUBLESHOOT_PATH);
  for (const step of result.trail) {
    expect(new URL(page.url()).pathname).toBe(questionPath(step.question));
    await page.getByRole('main').getByRole('link', { name: step.answer.label, exact: true }).click();
  }
  expect(new URL(page.url()).pathname).toBe(resultPath(result.question.id, result.answer.id));
  return result;
}

test('every result that recommends a risky fix passes both safety gates first, and a failing answer never leads to one', async ({
  page,
}) => {
  const passedGates = (result: Result) =>
    new Set(
      result.trail.filter((s) => s.question.data.gate !== undefined && s.answer.passesGate === true).map((s) => s.question.data.gate),
    );
  const risky = walk.results.filter((r) => articleBySlug(r.fixId).risk !== 'none');
  expect(risky.length).toBeGreaterThan(0);
  for (const result of risky) {
    const article = articleBySlug(result.fixId);
    const where = resultPath(result.question.id, result.answer.id);
    expect(passedGates(result).has('copy'), `${where} passes the copy gate`).toBe(true);
    if (article.risk === 'settings' || article.unsafeOnManagedIphone) {
      expect(passedGates(result).has('unmanaged'), `${where} passes the managed-iPhone gate`).toBe(true);
    }
  }
  for (const result of walk.results) {
    const failed = result.trail.some((s) => s.question.data.gate !== undefined && s.answer.passesGate !== true);
    if (failed) expect(articleBySlug(result.fixId).risk, resultPath(result.question.id, result.answer.id)).toBe('none');
  }

  // In the browser: the path to Reset All Settings on the gray-button branch, tap by tap.
  const reset = risky.find((r) => r.fixId === 'reset-all-settings');
  expect(reset, 'the troubleshooter recommends Reset All Settings somewhere').toBeDefined();
  await walkAnswers(page, reset?.trail.map((s) => s.answer.id) ?? []);
  await expect(page.getByRole('main').getByRole('link', { name: /^Open the fix/ })).toHaveAttribute('href', '/fixes/reset-all-settings/');
});

test('account alert → the password, then Apple System Status, before signing out', async ({ page }) => {
  const signOut = walk.results.find((r) => r.fixId === 'sign-out-and-back-in');
  expect(signOut, 'the troubleshooter recommends signing out somewhere').toBeDefined();
  const result = await walkAnswers(page, signOut?.trail.map((s) => s.answer.id) ?? []);
  const questions = result.trail.map((s) => s.question.data.question);
  const password = questions.findIndex((q) => /password/i.test(q));
  const status = questions.findIndex((q) => q.includes('System Status'));
  expect(password, `a password question on the way: ${questions.join(' | ')}`).toBeGreaterThanOrEqual(0);
  expect(status, 'a System Status question after the password one').toBeGreaterThan(password);
  // The status question offers the status fix instead of signing out.
  const statusStop = result.trail.at(status);
  expect(statusStop?.question.data.answers.some((a) => a.fix?.id === 'check-apple-system-status')).toBe(true);
});

test('every result page that recommends a risky fix shows the safety net above the recommendation', async ({ page }) => {
  const risky = walk.results.filter((r) => riskyArticles.includes(articleBySlug(r.fixId)));
  expect(risky.length).toBeGreaterThan(0);
  for (const result of risky) {
    const url = resultPath(result.question.id, result.answer.id);
    await page.goto(url);
    const notice = page.locator('main [data-safety-net]');
    await expect(notice, url).toHaveCount(1);
    await expect(notice.locator(`a[href="${safetyNetUrl()}"]`)).toHaveCount(1);
    expect(await comesBefore(page, 'main [data-safety-net]', 'main .troubleshoot-fix'), url).toBe(true);
  }
  // And a recommendation that needs no copy first does not cry wolf.
  const safe = walk.results.find((r) => !riskyArticles.includes(articleBySlug(r.fixId)) && articleBySlug(r.fixId).role === 'fix');
  if (safe) {
    await page.goto(resultPath(safe.question.id, safe.answer.id));
    await expect(page.locator('main [data-safety-net]')).toHaveCount(0);
  }
});

test('every new article can be reached from the troubleshooter', async ({ page }) => {
  const recommended = new Set(walk.results.map((r) => r.fixId));
  for (const slug of [
    'check-restrictions-and-device-management',
    'finish-a-slow-or-stuck-backup',
    'check-your-apple-account',
    'keep-your-data-without-a-computer',
    'free-up-icloud-storage',
  ]) {
    expect(recommended, `${slug} is recommended by an answer`).toContain(slug);
  }
  // The safety net is reached from the result pages of risky fixes.
  const risky = walk.results.find((r) => articleBySlug(r.fixId).risk !== 'none');
  expect(risky).toBeDefined();
  await page.goto(resultPath(risky?.question.id ?? '', risky?.answer.id ?? ''));
  await page.locator('main [data-safety-net] a').click();
  expect(new URL(page.url()).pathname).toBe(safetyNetUrl());
});

test('"Something else" offers the slow-or-stuck and the gray-or-missing fixes', () => {
  const somethingElse = walk.questions.find((q) => q.trail.length === 1 && /something else/i.test(q.trail[0]?.answer.label ?? ''));
  expect(somethingElse).toBeDefined();
  const fixes = somethingElse?.question.data.answers.map((a) => a.fix?.id);
  expect(fixes).toContain('finish-a-slow-or-stuck-backup');
  expect(fixes).toContain('check-restrictions-and-device-management');
});

test('contacting Apple can be reached from at least three results', () => {
  expect(walk.results.filter((r) => r.fixId === 'contact-apple-support').length).toBeGreaterThanOrEqual(3);
});
