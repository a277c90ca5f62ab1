import { articles, riskLabel } from './content';
import { expect, test } from './fixtures';

test('home lists every fix in path order, with summary, time and risk', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).not.toBeEmpty();

  const items = page.locator('main ol.fix-list > li');
  await expect(items).toHaveCount(articles.length);

  for (const [i, article] of articles.entries()) {
    const item = items.nth(i);
    const link = item.locator(`a[href="${article.url}"]`);
    await expect(link, `item ${i + 1} should link to ${article.url}`).toHaveCount(1);
    await expect(link).toHaveText(article.title);
    await expect(item.locator('p', { hasText: article.description })).toHaveCount(1);
    await expect(item).toContainText(/\d+\s*min/);
    await expect(item).toContainText(riskLabel(article.risk));
  }
});
