import { ALERTS_PATH, FIXES_PATH, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import { pathArticles, safetyNet } from '../test/support/content';
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

// The order and addresses of the home page's links: test/dist/articles.test.ts. Every article without
// JavaScript (steps, meta line, Next link, sources): e2e/help-desk.spec.ts, "without JavaScript".
test('without JavaScript the home page shows the safety net and every fix on the path', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator(`main a[href="${safetyNet?.url}"]`).first()).toBeVisible();
  const links = page.locator('main ol.fix-list > li a');
  await expect(links).toHaveCount(pathArticles.length);
  for (const link of await links.all()) await expect(link).toBeVisible();
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
    ['Look up the alert', ALERTS_PATH],
    ['See every fix', FIXES_PATH],
  ] as const) {
    const link = notice.locator(`a[href="${href}"]`);
    await expect(link).toBeVisible();
    await expect(link).toHaveText(text);
  }
  // Each way works without JavaScript: the alerts' page lists the alerts.
  await notice.locator(`a[href="${ALERTS_PATH}"]`).click();
  await expect(page).toHaveURL(ALERTS_PATH);
  await expect(page.locator('main a[href^="/errors/"]').first()).toBeVisible();
});
