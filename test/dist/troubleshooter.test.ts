/**
 * The guided troubleshooter as built, read from dist/ (no browser): answers
 * are plain links between static pages, so every walk from the start question
 * to every result is followed here link by link, every question page shows its
 * question, the answers so far and each answer as a link to where it leads,
 * and every result page shows its fix, the answers that led there, "Start
 * over" and "What you've tried". e2e/troubleshooter.spec.ts keeps a real walk
 * in a browser without JavaScript, and what needs one (layout, the copy
 * button).
 *
 * Expectations come from content/troubleshooter/flow.yaml itself, read and
 * walked with the same functions as the build (test/support/content.ts,
 * src/lib/troubleshooter/troubleshooter.ts), not from a second copy.
 */
import { describe, expect, test } from 'vitest';
import { questionPath, resultPath, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import { FLOW_FILE, type FlowQuestion, type ResultStop, type Step } from '#lib/troubleshooter/troubleshooter.ts';
import { findUnrecommendedFixes } from '#lib/troubleshooter/troubleshooter-rules.ts';
import { articleBySlug, flow, pathArticles, walk } from '../support/content.ts';
import { distExists, fileForUrlPath, readSitemap, sitemapPaths } from '../support/dist.ts';
import { allElements, attr, type HtmlElement, textContent } from '../support/html.ts';
import { defined } from '#lib/defined.ts';
import { $, $$, type BuiltPage, builtPage, linksNamed, regionsNamed, shownElements, text } from '../support/built-page.ts';

type Result = ResultStop<FlowQuestion>;

const describeWalk = (r: Result) => `${r.trail.map((s) => `${s.question.id} → ${s.answer.id}`).join(' → ')} → /fixes/${r.fixId}/`;

const hrefOf = (el: HtmlElement | undefined) => (el ? attr(el, 'href') : undefined);

/** The "Your answers (so far)" list: one item per step, each with its question, answer and a link back. */
function expectTrail(page: BuiltPage, heading: string, steps: readonly Step<FlowQuestion>[]) {
  if (steps.length === 0) {
    expect(regionsNamed(page, page.main, /^Your answers/), `${page.urlPath}: no answers yet`).toEqual([]);
    return;
  }
  const regions = regionsNamed(page, page.main, heading);
  expect(regions, `${page.urlPath}: one region "${heading}"`).toHaveLength(1);
  const items = $$(defined(regions[0], heading), 'ol > li, ul > li');
  expect(items, `${page.urlPath}: one item per answer`).toHaveLength(steps.length);
  for (const [i, { question, answer }] of steps.entries()) {
    const item = defined(items[i], `answer ${i + 1}`);
    expect(text(item), `${page.urlPath}: answer ${i + 1}`).toContain(question.data.question);
    expect(text(item)).toContain(answer.label);
    const change = linksNamed(item, `Change your answer to “${question.data.question}”`);
    expect(change, `${page.urlPath}: answer ${i + 1}'s change link`).toHaveLength(1);
    expect(hrefOf(change[0])).toBe(questionPath(question));
  }
}

function expectQuestionPage(page: BuiltPage, question: FlowQuestion, before: readonly Step<FlowQuestion>[]) {
  const h1 = $$(page.main, 'h1');
  expect(h1, `${page.urlPath}: one h1`).toHaveLength(1);
  expect(text(defined(h1[0], 'the h1'))).toBe(question.data.question);
  expectTrail(page, 'Your answers so far', before);
}

describe('every walk from the start question, following the answer links of the built pages, reaches its result', () => {
  test.each(walk.results.map((r) => [describeWalk(r), r] as const))('%s', (_, result) => {
    let urlPath = TROUBLESHOOT_PATH;
    for (const [i, step] of result.trail.entries()) {
      expect(urlPath, `step ${i + 1}`).toBe(questionPath(step.question));
      const page = builtPage(urlPath);
      expectQuestionPage(page, step.question, result.trail.slice(0, i));
      const links = linksNamed(page.main, step.answer.label);
      expect(links, `${urlPath}: one link "${step.answer.label}"`).toHaveLength(1);
      urlPath = hrefOf(links[0]) ?? '';
    }
    expect(urlPath).toBe(resultPath(result.question.id, result.answer.id));
    expect(distExists(fileForUrlPath(urlPath)), `dist/${fileForUrlPath(urlPath)}`).toBe(true);
  });
});

describe('every question page shows its question, the answers so far, and each answer as a link to where it leads', () => {
  test.each(walk.questions.map((q) => [questionPath(q.question), q] as const))('%s', (urlPath, { question, trail }) => {
    const page = builtPage(urlPath);
    expectQuestionPage(page, question, trail);
    const links = $$(page.main, 'ul.troubleshoot-answers a');
    expect(links.map(text)).toEqual(question.data.answers.map((a) => a.label));
    expect(links.map(hrefOf)).toEqual(
      question.data.answers.map((answer) => {
        const next = flow.find((q) => q.id === answer.next);
        return next ? questionPath(next) : resultPath(question.id, answer.id);
      }),
    );
    const shown = shownElements(page);
    expect(links.every((link) => shown.has(link)), `${urlPath}: every answer shows`).toBe(true);
  });
});

describe("every result page: the fix and a link to it, the answers that led there, start over, and what you've tried", () => {
  test.each(walk.results.map((r) => [resultPath(r.question.id, r.answer.id), r] as const))('%s', (urlPath, result) => {
    const page = builtPage(urlPath);
    const fix = articleBySlug(result.fixId);
    const shown = shownElements(page);

    expect(text(defined($(page.main, 'h1'), `${urlPath}: h1`))).toContain(fix.title);
    expect(text(page.main)).toContain(fix.description);
    expect(text(page.main)).toContain(`${fix.minutes} min`);
    expectTrail(page, 'Your answers', result.trail);
    const fixLinks = $$(page.main, `a[href="${fix.url}"]`);
    expect(fixLinks.length, `${urlPath}: a link to ${fix.url}`).toBeGreaterThan(0);
    expect(shown.has(defined(fixLinks[0], 'a fix link')), `${urlPath}: the first link to the fix shows`).toBe(true);
    const open = linksNamed(page.main, /^Open the fix/);
    expect(open.map(hrefOf), `${urlPath}: link to the fix`).toEqual([`/fixes/${result.fixId}/`]);
    expect(distExists(fileForUrlPath(`/fixes/${result.fixId}/`)), `the fix /fixes/${result.fixId}/ is built`).toBe(true);
    expect(linksNamed(page.main, 'Start over').map(hrefOf)).toEqual([TROUBLESHOOT_PATH]);

    // "What you've tried": every answer after its question, the fix and the result's address, as text to select.
    const triedText = defined($(page.main, '[data-tried-text]'), `${urlPath}: what you've tried`);
    expect(shown.has(triedText), `${urlPath}: what you've tried shows without JavaScript`).toBe(true);
    const tried = textContent(triedText);
    for (const [i, step] of result.trail.entries()) {
      expect(tried, `${urlPath}: answer ${i + 1}`).toContain(`${i + 1}. ${step.question.data.question} ${step.answer.label}`);
    }
    expect(tried).toContain(`Recommended fix: ${fix.title}`);
    expect(tried).toContain(new URL(urlPath, readSitemap().origin).href);
    if (fix.lastResort) expect(text(defined($(page.main, '.tried'), `${urlPath}: .tried`))).toContain('When you contact Apple, paste this');
    // Without JavaScript no copy button shows: the page script reveals it.
    const copy = $$(page.main, 'button').filter((b) => text(b) === "Copy what you've tried");
    expect(copy.length, `${urlPath}: a copy button for the script`).toBe(1);
    expect(copy.filter((b) => shown.has(b)), `${urlPath}: no dead copy button`).toEqual([]);
  });
});

test('every fix the troubleshooter recommends is built', () => {
  const recommended = [...new Set(walk.results.map((r) => r.fixId))];
  expect(recommended.length).toBeGreaterThan(0);
  for (const slug of recommended) {
    expect(distExists(fileForUrlPath(`/fixes/${slug}/`)), `/fixes/${slug}/ (recommended in ${FLOW_FILE})`).toBe(true);
  }
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
    const indexed = allElements(builtPage(urlPath).document).some((el) => attr(el, 'data-pagefind-body') !== undefined);
    // The start page is search's "Guided questions" result; the rest would repeat it, or repeat a fix article.
    const isStart = start !== undefined && urlPath === questionPath(start.question);
    if (isStart && !indexed) problems.push(`${urlPath}: the start page has no data-pagefind-body, so search cannot offer it`);
    if (!isStart && indexed) problems.push(`${urlPath}: has data-pagefind-body, so search would index it`);
  }
  expect(start, 'the walk has a start question').toBeDefined();
  expect(problems).toEqual([]);
});
