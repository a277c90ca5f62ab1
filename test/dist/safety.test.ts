/**
 * The safety rules as a reader meets them WITHOUT JavaScript, read from the
 * built pages (no browser: these pages are plain links and text): every fix
 * that can cost settings or data links to the computer backup before its
 * first step; the troubleshooter asks whether the reader has a copy (and,
 * before a settings reset or a sign-out, whether the iPhone is managed) before
 * any risky recommendation, checks Apple's status before signing out, shows
 * the safety net above every risky recommendation, and reaches every new
 * article. A real walk without JavaScript runs in e2e/troubleshooter.spec.ts.
 *
 * Expectations come from the content files and the flow as the build walks it
 * (test/support/content.ts), not from a second list.
 */
import { describe, expect, test } from 'vitest';
import { resultPath, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import type { FlowQuestion, ResultStop } from '#lib/troubleshooter/troubleshooter.ts';
import { defined } from '#lib/defined.ts';
import { articleBySlug, riskyArticles, safetyNet, walk } from '../support/content.ts';
import { attr } from '../support/html.ts';
import { $, $$, type BuiltPage, builtPage, comesBefore, linksNamed, shownElements } from '../support/built-page.ts';

type Result = ResultStop<FlowQuestion>;

function safetyNetUrl(): string {
  if (!safetyNet) throw new Error('content/fixes/ needs an article with role: safety-net');
  return safetyNet.url;
}

/** Follows the answer links with these ids' labels from the start page through the built pages; returns the result and its page. */
function walkAnswers(answerIds: readonly string[]): { result: Result; page: BuiltPage } {
  const result = walk.results.find((r) => r.trail.map((s) => s.answer.id).join('/') === answerIds.join('/'));
  if (!result) throw new Error(`no result in the flow after the answers ${answerIds.join(' → ')}`);
  let urlPath = TROUBLESHOOT_PATH;
  for (const step of result.trail) {
    const links = linksNamed(builtPage(urlPath).main, step.answer.label);
    expect(links, `${urlPath}: one link "${step.answer.label}"`).toHaveLength(1);
    urlPath = attr(defined(links[0], step.answer.label), 'href') ?? '';
  }
  expect(urlPath).toBe(resultPath(result.question.id, result.answer.id));
  return { result, page: builtPage(urlPath) };
}

const openFixHref = (page: BuiltPage) => linksNamed(page.main, /^Open the fix/).map((a) => attr(a, 'href'));

test('there are risky fixes to check', () => {
  expect(riskyArticles.length).toBeGreaterThan(0);
});

describe('every risky fix links to the safety net above its first step', () => {
  test.each(riskyArticles.map((a) => [`${a.url} (risk: ${a.risk})`, a] as const))('%s', (_, article) => {
    const page = builtPage(article.url);
    const link = $(page.main, `div.prose a[href="${safetyNetUrl()}"]`);
    expect(link, `${article.url}: a link to ${safetyNetUrl()} in the article`).toBeDefined();
    expect(shownElements(page).has(defined(link, 'the link')), 'the link shows').toBe(true);
    const step1 = defined($(page.document, '#step-1'), `${article.url}: #step-1`);
    expect(comesBefore(page, defined(link, 'the link'), step1), 'the link comes before step 1').toBe(true);
  });
});

test('every result that recommends a risky fix passes both safety gates first, and a failing answer never leads to one', () => {
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

  // In the built pages: the path to Reset All Settings on the gray-button branch, link by link.
  const reset = risky.find((r) => r.fixId === 'reset-all-settings');
  expect(reset, 'the troubleshooter recommends Reset All Settings somewhere').toBeDefined();
  const { page } = walkAnswers(reset?.trail.map((s) => s.answer.id) ?? []);
  expect(openFixHref(page)).toEqual(['/fixes/reset-all-settings/']);
});

test('account alert → the password, then Apple System Status, before signing out', () => {
  const signOut = walk.results.find((r) => r.fixId === 'sign-out-and-back-in');
  expect(signOut, 'the troubleshooter recommends signing out somewhere').toBeDefined();
  const { result, page } = walkAnswers(signOut?.trail.map((s) => s.answer.id) ?? []);
  expect(openFixHref(page)).toEqual(['/fixes/sign-out-and-back-in/']);
  const questions = result.trail.map((s) => s.question.data.question);
  const password = questions.findIndex((q) => /password/i.test(q));
  const status = questions.findIndex((q) => q.includes('System Status'));
  expect(password, `a password question on the way: ${questions.join(' | ')}`).toBeGreaterThanOrEqual(0);
  expect(status, 'a System Status question after the password one').toBeGreaterThan(password);
  // The status question offers the status fix instead of signing out.
  const statusStop = result.trail.at(status);
  expect(statusStop?.question.data.answers.some((a) => a.fix?.id === 'check-apple-system-status')).toBe(true);
});

describe('every result page that recommends a risky fix shows the safety net above the recommendation', () => {
  const risky = walk.results.filter((r) => riskyArticles.includes(articleBySlug(r.fixId)));
  test('there are such results', () => {
    expect(risky.length).toBeGreaterThan(0);
  });
  test.each(risky.map((r) => [resultPath(r.question.id, r.answer.id)] as const))('%s', (urlPath) => {
    const page = builtPage(urlPath);
    const notices = $$(page.main, '[data-safety-net]');
    expect(notices, urlPath).toHaveLength(1);
    const notice = defined(notices[0], 'the notice');
    expect(shownElements(page).has(notice), `${urlPath}: the notice shows`).toBe(true);
    expect($$(notice, `a[href="${safetyNetUrl()}"]`)).toHaveLength(1);
    const recommendation = defined($(page.main, '.troubleshoot-fix'), `${urlPath}: .troubleshoot-fix`);
    expect(comesBefore(page, notice, recommendation), urlPath).toBe(true);
  });

  test('and a recommendation that needs no copy first does not cry wolf', () => {
    const safe = walk.results.find((r) => !riskyArticles.includes(articleBySlug(r.fixId)) && articleBySlug(r.fixId).role === 'fix');
    expect(safe, 'a result recommending a fix without risk').toBeDefined();
    const page = builtPage(resultPath(safe?.question.id ?? '', safe?.answer.id ?? ''));
    expect($$(page.main, '[data-safety-net]')).toHaveLength(0);
  });
});

test('every new article can be reached from the troubleshooter', () => {
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
  const page = builtPage(resultPath(risky?.question.id ?? '', risky?.answer.id ?? ''));
  expect(attr(defined($(page.main, '[data-safety-net] a'), 'the safety net link'), 'href')).toBe(safetyNetUrl());
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
