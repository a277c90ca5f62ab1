import { articles, pathArticles, safetyNet } from '../test/support/content';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the home page shows the safety net first, then every fix in path order', async ({ page }) => {
  await page.goto('/');
  const order = await page.locator('main a[href^="/fixes/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // The safety-net link comes first; the fix list follows in path order.
  expect(order[0]).toBe(safetyNet?.url);
  const links = page.locator('main ol.fix-list > li a');
  await expect(links).toHaveCount(pathArticles.length);
  for (const [i, article] of pathArticles.entries()) {
    await expect(links.nth(i)).toBeVisible();
    await expect(links.nth(i)).toHaveAttribute('href', article.url);
  }
});

test('without JavaScript every article shows its steps, meta line, Next link and sources', async ({ page }) => {
  for (const article of articles) {
    const onPathIndex = pathArticles.indexOf(article);
    await page.goto(article.url);
    await expect(page.locator('div.prose > ol > li').first()).toBeVisible();
    await expect(page.locator('ul.meta-line:not(.about-line)')).toBeVisible();
    const hasNext = onPathIndex !== -1 && onPathIndex < pathArticles.length - 1;
    await expect(page.locator('a[rel="next"]'), article.url).toHaveCount(hasNext ? 1 : 0);
    await expect(page.locator('section.sources a').first()).toBeVisible();
  }
});
