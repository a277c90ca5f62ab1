/**
 * The home page as built, read from dist/ (no browser): one h1, "Protect your
 * data first" with a link to the safety net before the list of fixes, then
 * every fix in path order with its summary, time and risk. e2e/home.spec.ts
 * checks the order on screen.
 */
import { expect, test } from 'vitest';
import { defined } from '#lib/defined.ts';
import { pathArticles, riskLabel, safetyNet } from '../support/content.ts';
import { $, $$, builtPage, comesBefore, text } from '../support/built-page.ts';

test('home leads with "Protect your data first", then lists every fix in path order, with summary, time and risk', () => {
  const page = builtPage('/');
  const h1 = $$(page.document, 'h1');
  expect(h1, 'one h1').toHaveLength(1);
  expect(text(defined(h1[0], 'the h1'))).not.toBe('');

  // The safety net: one line and a link, above the list of fixes.
  expect(safetyNet, 'content/fixes/ has an article with role: safety-net').toBeDefined();
  const notices = $$(page.main, '[data-safety-net]');
  expect(notices).toHaveLength(1);
  const notice = defined(notices[0], 'the notice');
  expect(text(notice)).toContain('Protect your data first');
  expect($$(notice, `a[href="${safetyNet?.url ?? ''}"]`)).toHaveLength(1);
  const list = defined($(page.main, 'ol.fix-list'), 'the list of fixes');
  expect(comesBefore(page, notice, list), 'the safety net comes before the fixes').toBe(true);

  const items = $$(page.main, 'ol.fix-list > li');
  expect(items).toHaveLength(pathArticles.length);
  for (const [i, article] of pathArticles.entries()) {
    const item = defined(items[i], `item ${i + 1}`);
    const links = $$(item, `a[href="${article.url}"]`);
    expect(links, `item ${i + 1} should link to ${article.url}`).toHaveLength(1);
    expect(text(defined(links[0], 'the link'))).toBe(article.title);
    expect(
      $$(item, 'p').filter((p) => text(p).includes(article.description)),
      `item ${i + 1}: its summary`,
    ).toHaveLength(1);
    expect(text(item)).toMatch(/\d+\s*min/);
    expect(text(item)).toMatch(riskLabel(article));
  }
});
