/**
 * Links that never break, in the browser: on a host without _redirects,
 * `astro preview` answers a short link typed another way with dist/404.html,
 * like most static hosts, and the 404 page's script sends the reader on,
 * keeping #step-3; without JavaScript the page links to the article.
 * dist/_redirects, the 404 page's links for every ID and the published-URL
 * ledger are checked from dist/ in test/dist/permanent-links.test.ts.
 */
import { articleBySlug, articles } from '../test/support/content';
import { readDist } from '../test/support/dist';
import { escapeRegExp } from '../test/support/regexp';
import { FULL_TAG } from '../test/support/tiers';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The ways agents mistype a short link: the ID in capitals, no slash, the prefix in capitals, a mix. */
const VARIANTS: readonly { name: string; path: (kbId: string) => string }[] = [
  { name: 'the ID in capitals', path: (kbId) => `/kb/${kbId.toUpperCase()}/` },
  { name: 'no trailing slash', path: (kbId) => `/kb/${kbId}` },
  { name: 'the prefix in capitals', path: (kbId) => `/KB/${kbId}/` },
  { name: 'everything in capitals, no slash', path: (kbId) => `/KB/${kbId.toUpperCase()}` },
];

/** An article with at least 3 steps, for #step-3. */
const withSteps = articleBySlug('check-icloud-storage');

function endsAt(urlPath: string, hash = ''): RegExp {
  return new RegExp(`^[a-z]+://[^/]+${escapeRegExp(urlPath + hash)}$`);
}

// ---- The 404 page, for hosts without _redirects -----------------------------

/**
 * `astro preview` answers a path without its trailing slash with a notice of
 * its own (trailingSlash is "always") rather than dist/404.html, which a
 * static host serves for any unknown path. For those paths the test serves
 * dist/404.html itself, as such a host would.
 */
async function asStaticHost(page: Page, paths: readonly string[]): Promise<void> {
  const notFound = readDist('404.html');
  for (const urlPath of paths.filter((p) => !p.endsWith('/'))) {
    await page.route(
      (url) => url.pathname === urlPath,
      (route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound }),
    );
  }
}

test.describe('a short link typed another way, on a host without _redirects (the 404 page)', () => {
  // Each variant is a 404 before the page's script moves on: Chromium logs that one load.
  test.use({ allowedConsoleErrors: [/ on \S+\/kb\/[^\s:]*: Failed to load resource: .*\b404\b/i] });

  test(`a short link typed each way (${VARIANTS.map((v) => v.name).join('; ')}), with #step-3, lands on step 3 of the article`, async ({
    page,
  }) => {
    await asStaticHost(
      page,
      VARIANTS.map((variant) => variant.path(withSteps.kbId)),
    );
    for (const variant of VARIANTS) {
      await test.step(`${variant.name}: ${variant.path(withSteps.kbId)}#step-3`, async () => {
        const response = await page.goto(`${variant.path(withSteps.kbId)}#step-3`);
        expect(response?.status(), 'a host without _redirects answers an unknown path with 404.html').toBe(404);
        await expect(page).toHaveURL(endsAt(withSteps.url, '#step-3'));
        await expect(page.locator('h1')).toHaveText(withSteps.title);
        await expect(page.locator('#step-3')).toBeInViewport();
      });
    }
  });

  // The script follows the 404 page's link for the ID (test/dist/permanent-links.test.ts checks every ID's link):
  // the gate tries it on withSteps above, the full tier on every other article.
  for (const article of articles.filter((a) => a !== withSteps)) {
    test(`/kb/${article.kbId.toUpperCase()}/ reaches ${article.url}`, { tag: [FULL_TAG] }, async ({ page }) => {
      await page.goto(`/kb/${article.kbId.toUpperCase()}/`);
      await expect(page).toHaveURL(endsAt(article.url));
    });
  }

  test('an ID that no article has stays on the 404 page', async ({ page }) => {
    const response = await page.goto('/kb/icb-99999/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText(/not found/i);
    await expect(page).toHaveURL(/\/kb\/icb-99999\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the 404 page shows the article of the ID, and its link works', async ({ page }) => {
      const response = await page.goto(`/kb/${withSteps.kbId.toUpperCase()}/#step-3`);
      expect(response?.status()).toBe(404);
      // Every ID's link (its address and text): test/dist/permanent-links.test.ts. On screen, the list is shown.
      const link = page.locator(`main a[data-kb-id="${withSteps.kbId}"]`);
      await expect(link).toBeVisible();
      await expect(link).toContainText(withSteps.kbId.toUpperCase());
      await expect(page.locator('main a[data-kb-id]').last()).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(endsAt(withSteps.url));
      await expect(page.locator('h1')).toHaveText(withSteps.title);
    });
  });
});
