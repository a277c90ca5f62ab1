import { expect, test } from './fixtures';

// Chromium logs the 404 of the page itself as a console error; that one (and
// only for the page's own URL, not for its styles or scripts) is expected.
test.use({ allowedConsoleErrors: [/ on \S+\/fixes\/no-such-fix\/: Failed to load resource: .*\b404\b/] });

test("an unknown URL answers 404 with the site's not-found page", async ({ page }) => {
  const response = await page.goto('/fixes/no-such-fix/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(/not found/i);
  const main = page.locator('main');
  await expect(main.locator('a[href="/"]').first()).toBeVisible();
  await expect(main.locator('a[href="/search/"]').first()).toBeVisible();
});
