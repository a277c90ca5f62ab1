import { ERRORS_PATH, FIXES_PATH, TROUBLESHOOT_PATH } from '../src/lib/routes';
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

test('without JavaScript the search page says search needs it, and offers the ways that work without it', async ({ page }) => {
  await page.goto('/search/?q=not+enough+storage');
  // Playwright's text and role locators skip <noscript>, which a browser without JavaScript shows: found by CSS.
  const notice = page.locator('main noscript .search-no-script');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Search needs JavaScript');
  // The notice comes right under the box, before the list of fixes.
  const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
  const browseTop = (await page.getByRole('heading', { name: 'Browse by topic' }).boundingBox())?.y ?? 0;
  expect(noticeTop).toBeLessThan(browseTop);
  for (const [text, href] of [
    ['Answer a few questions', TROUBLESHOOT_PATH],
    ['Look up the alert', ERRORS_PATH],
    ['See every fix', FIXES_PATH],
  ] as const) {
    const link = notice.locator(`a[href="${href}"]`);
    await expect(link).toBeVisible();
    await expect(link).toHaveText(text);
  }
  // Each way works without JavaScript: the alerts' page lists the alerts.
  await notice.locator(`a[href="${ERRORS_PATH}"]`).click();
  await expect(page).toHaveURL(ERRORS_PATH);
  await expect(page.locator('main a[href^="/errors/"]').first()).toBeVisible();
});
