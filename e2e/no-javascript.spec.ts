import { articles } from './content';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the home page lists every fix', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('main ol.fix-list > li a');
  await expect(links).toHaveCount(articles.length);
  for (const [i, article] of articles.entries()) {
    await expect(links.nth(i)).toBeVisible();
    await expect(links.nth(i)).toHaveAttribute('href', article.url);
  }
});

test('without JavaScript every article shows its steps, meta line, Next link and sources', async ({ page }) => {
  for (const [i, article] of articles.entries()) {
    await page.goto(article.url);
    await expect(page.locator('div.prose ol > li').first()).toBeVisible();
    await expect(page.locator('ul.meta-line')).toBeVisible();
    if (articles[i + 1]) await expect(page.locator('a[rel="next"]')).toBeVisible();
    await expect(page.locator('section.sources a').first()).toBeVisible();
  }
});
