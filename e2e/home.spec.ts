import { pathArticles, riskLabel, safetyNet } from '../test/support/content';
import { expect, test } from './fixtures';

test('home leads with "Protect your data first", then lists every fix in path order, with summary, time and risk', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toBeEmpty();

  // The safety net: one line and a link, above the list of fixes.
  expect(safetyNet, 'content/fixes/ has an article with role: safety-net').toBeDefined();
  const notice = page.locator('main [data-safety-net]');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Protect your data first');
  await expect(notice.locator(`a[href="${safetyNet?.url}"]`)).toHaveCount(1);
  const [noticeTop, listTop] = await Promise.all([
    notice.evaluate((el) => el.getBoundingClientRect().top),
    page.locator('main ol.fix-list').evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(noticeTop, 'the safety net comes before the fixes').toBeLessThan(listTop);

  const items = page.locator('main ol.fix-list > li');
  await expect(items).toHaveCount(pathArticles.length);

  for (const [i, article] of pathArticles.entries()) {
    const item = items.nth(i);
    const link = item.locator(`a[href="${article.url}"]`);
    await expect(link, `item ${i + 1} should link to ${article.url}`).toHaveCount(1);
    await expect(link).toHaveText(article.title);
    await expect(item.locator('p', { hasText: article.description })).toHaveCount(1);
    await expect(item).toContainText(/\d+\s*min/);
    await expect(item).toContainText(riskLabel(article));
  }
});
