/**
 * Touch targets after a walk through the troubleshooter: on a result, the
 * buttons and the links to change an answer are full touch targets (44 px
 * high) on a phone. Every page's own controls, as loaded, are checked at
 * 390×844 by e2e/page-sweep.spec.ts (test/support/page-checks.ts lists them).
 */
import { TOUCH_CONTROLS } from '../test/support/page-checks';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('a troubleshooter result: its buttons and links to change an answer are full touch targets', async ({ page }) => {
  await page.goto('/troubleshoot/');
  await page.locator('.troubleshoot-answers a').first().click();
  while ((await page.locator('.troubleshoot-answers a').count()) > 0) await page.locator('.troubleshoot-answers a').first().click();
  const small = await page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility())
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
  }, TOUCH_CONTROLS);
  expect(small).toEqual([]);
});
