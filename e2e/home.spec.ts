/**
 * The home page on screen: "Protect your data first" shows above the list of
 * fixes. Its markup (one h1, the safety net's link, every fix in path order
 * with summary, time and risk) is checked in test/dist/home.test.ts.
 */
import { safetyNet } from '../test/support/content';
import { expect, test } from './fixtures';

test('home shows "Protect your data first" above the list of fixes', async ({ page }) => {
  await page.goto('/');
  const notice = page.locator('main [data-safety-net]');
  await expect(notice).toBeVisible();
  await expect(notice.locator(`a[href="${safetyNet?.url ?? ''}"]`)).toBeVisible();
  await expect(page.locator('main ol.fix-list')).toBeVisible();
  const [noticeTop, listTop] = await Promise.all([
    notice.evaluate((el) => el.getBoundingClientRect().top),
    page.locator('main ol.fix-list').evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(noticeTop, 'the safety net comes before the fixes').toBeLessThan(listTop);
});
