import { expect, test } from './fixtures';

const results = '#search-results li a';

test('?q=storage shows Pagefind results, the storage fix first', async ({ page }) => {
  await page.goto('/search/?q=storage');
  await expect(page.locator(results).first()).toHaveAttribute('href', /\/fixes\/check-icloud-storage\/$/, {
    timeout: 10_000,
  });
});

test('searching from the form shows results', async ({ page }) => {
  await page.goto('/search/');
  // The search page's own form (the site header may have another).
  const form = page.locator('main form[role="search"]');
  const input = form.locator('input[name="q"]');
  await expect(input).toHaveAttribute('type', 'search');
  await input.fill('storage');
  await input.press('Enter');
  await expect(page.locator(results).first()).toHaveAttribute('href', /\/fixes\/check-icloud-storage\/$/, {
    timeout: 10_000,
  });
});
