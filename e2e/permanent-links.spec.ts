/**
 * Links that never break, in the browser. A short link typed another way
 * (the ID or the prefix in capitals, no slash), with #step-3, lands on step 3
 * of the article on both local hosts (test/support/hosts.ts): the one that
 * reads dist/_redirects, as `npm start` and Netlify or Cloudflare Pages do,
 * and a bare one that serves dist/404.html for an unknown path, like most
 * static hosts, where the 404 page's script sends the reader on; without
 * JavaScript that page links to the article. dist/_redirects, the 404 page's
 * links for every ID and the published-URL ledger are checked from dist/ in
 * test/dist/permanent-links.test.ts.
 */
import { articleBySlug, articles } from '../test/support/content';
import { escapeRegExp } from '../test/support/regexp';
import { BARE_HOST_URL, HOST_URL } from '../test/support/hosts';
import { FULL_TAG } from '../test/support/tiers';
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

/** A link the bare host answers with the 404 page before its script moves on: Chromium logs that one load. */
const NOT_FOUND_LOAD = / on \S+\/kb\/[^\s:]*: Failed to load resource: .*\b404\b/i;

for (const { host, origin, notFound } of [
  { host: 'a host that reads _redirects (npm start)', origin: HOST_URL, notFound: [] },
  { host: 'a bare host (the 404 page and the redirect pages)', origin: BARE_HOST_URL, notFound: [NOT_FOUND_LOAD] },
]) {
  test.describe(`on ${host}`, () => {
    test.use({ allowedConsoleErrors: notFound });

    test(`a short link typed each way (${VARIANTS.map((v) => v.name).join('; ')}), with #step-3, lands on step 3`, async ({ page }) => {
      for (const variant of VARIANTS) {
        await test.step(`${variant.name}: ${variant.path(withSteps.kbId)}#step-3`, async () => {
          await page.goto(`${origin}${variant.path(withSteps.kbId)}#step-3`);
          await expect(page).toHaveURL(endsAt(withSteps.url, '#step-3'));
          await expect(page.locator('h1')).toHaveText(withSteps.title);
          await expect(page.locator('#step-3')).toBeInViewport();
        });
      }
    });
  });
}

test.describe('a short link typed another way, on a bare host (the 404 page)', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_LOAD] });

  test('the 404 page answers the ID in capitals, then its script lands on step 3 of the article', async ({ page }) => {
    const response = await page.goto(`${BARE_HOST_URL}/kb/${withSteps.kbId.toUpperCase()}/#step-3`);
    expect(response?.status(), 'a bare host answers an unknown path with 404.html').toBe(404);
    await expect(page).toHaveURL(endsAt(withSteps.url, '#step-3'));
    await expect(page.locator('#step-3')).toBeInViewport();
  });

  // The script follows the 404 page's link for the ID (test/dist/permanent-links.test.ts checks every ID's link):
  // the gate tries it on withSteps above, the full tier on every other article.
  for (const article of articles.filter((a) => a !== withSteps)) {
    test(`/kb/${article.kbId.toUpperCase()}/ reaches ${article.url}`, { tag: [FULL_TAG] }, async ({ page }) => {
      await page.goto(`${BARE_HOST_URL}/kb/${article.kbId.toUpperCase()}/`);
      await expect(page).toHaveURL(endsAt(article.url));
    });
  }

  test('an ID that no article has stays on the 404 page', async ({ page }) => {
    const response = await page.goto(`${BARE_HOST_URL}/kb/icb-99999/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText(/not found/i);
    await expect(page).toHaveURL(/\/kb\/icb-99999\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the 404 page shows the article of the ID, and its link works', async ({ page }) => {
      const response = await page.goto(`${BARE_HOST_URL}/kb/${withSteps.kbId.toUpperCase()}/#step-3`);
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
