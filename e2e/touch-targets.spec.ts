/**
 * Touch targets on a phone: every control a reader taps on its own (buttons,
 * the troubleshooter's answers, the help-desk toolbar, folds, the footer's
 * links, search filters) is at least 44×44 CSS px, Apple's guideline for
 * touch, stricter than WCAG 2.2's 24 px. Links inside sentences are exempt,
 * as both guidelines exempt them.
 */
import { expect, test } from './fixtures';

const CONTROLS = [
  'button',
  'a.button',
  'input[type="search"]',
  '.tool',
  'summary',
  '.troubleshoot-answers a',
  '.troubleshoot-change',
  '.troubleshoot-restart a',
  '.footer-links a',
  '.search-filter-option',
].join(', ');

const PAGES = [
  '/',
  '/fixes/check-icloud-storage/',
  '/fixes/reset-all-settings/',
  '/troubleshoot/',
  '/errors/iphone-backup-failed/',
  '/search/?q=storage',
];

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

for (const path of PAGES) {
  test(`${path}: every control is at least 44×44 px`, async ({ page }) => {
    await page.goto(path);
    const small = await page.evaluate((selector) => {
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.checkVisibility())
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }, CONTROLS);
    expect(small, 'controls smaller than 44×44 px').toEqual([]);
  });
}

test('a troubleshooter result: its buttons and links to change an answer are full touch targets', async ({ page }) => {
  await page.goto('/troubleshoot/');
  await page.locator('.troubleshoot-answers a').first().click();
  while ((await page.locator('.troubleshoot-answers a').count()) > 0) await page.locator('.troubleshoot-answers a').first().click();
  const small = await page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility())
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
  }, CONTROLS);
  expect(small).toEqual([]);
});
