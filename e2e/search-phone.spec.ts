/**
 * Search on a phone: the search page shows its first result on the first
 * screen (the filters fold away under one line), the header box's hint fits,
 * and everything a reader taps on its own in the search page and the dialog
 * (result and section links, filter labels, buttons) is at least 44×44 CSS
 * px, Apple's guideline for touch. Links inside sentences are exempt.
 */
import type { Page } from '@playwright/test';
import { DIALOG, HEADER_INPUT, openDialog } from '../test/support/search-dialog';
import { expect, test } from './fixtures';

const TARGET_PX = 44;

/** The visible elements matching a selector that are smaller than a touch target, described. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements, min) => {
    return elements
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, TARGET_PX);
}

/** Waits for the search page's finished results for exactly this text, excerpts of the first loaded. */
async function searchPage(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-results[data-state="done"]')).toHaveAttribute('data-query', query, { timeout: 15_000 });
  await expect(page.locator('#search-results > li > .search-excerpt').first()).not.toBeEmpty();
}

test.describe('at 320×640', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

  test('the search page shows its first result on the first screen; the filters fold under one line of touch height', async ({ page }) => {
    await searchPage(page, 'not enough storage');
    const filters = page.locator('main details.search-filters');
    await expect(filters).toBeVisible();
    await expect(filters).not.toHaveAttribute('open');
    const first = await page.locator('#search-results > li').first().boundingBox();
    expect(first?.y, 'top of the first result').toBeLessThan(640);

    await filters.locator('summary').click();
    await expect(page.locator('main .search-filter-option').first()).toBeVisible();
    expect(await smallTargets(page, 'main .search-filters summary, main .search-filter-option')).toEqual([]);
    // No checkbox squeezed by its label's text.
    const boxes = await page
      .locator('main .search-filter-option input')
      .evaluateAll((inputs) => inputs.map((i) => i.getBoundingClientRect().width));
    expect(new Set(boxes).size, `checkbox widths ${boxes.join(', ')}`).toBe(1);
  });

  test('every search box’s hint fits in it: the header’s, the search page’s and the dialog’s', async ({ page }) => {
    /** The placeholder's width in the input's font, and the room for it (the content box). */
    const hintFits = (selector: string) =>
      page.locator(selector).evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return `${input.id}: no canvas`;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(input.placeholder).width;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return text <= room ? 'fits' : `${input.id}: “${input.placeholder}” is ${Math.round(text)} px in ${Math.round(room)} px`;
      });
    await page.goto('/search/');
    expect(await hintFits(HEADER_INPUT)).toBe('fits');
    expect(await hintFits('#search-input')).toBe('fits');
    await openDialog(page);
    expect(await hintFits(DIALOG.input)).toBe('fits');
    // The header box's name still says what it searches.
    await page.keyboard.press('Escape');
    await expect(page.locator(HEADER_INPUT)).toHaveAccessibleName('Search the fixes');
  });
});

test.describe('at 390×844, every control a reader taps on its own is at least 44×44 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('on the search page, and in the dialog opened over it', async ({ page }) => {
    await searchPage(page, 'storage');
    await page.locator('main .search-filters summary').click();
    expect(
      await smallTargets(page, 'main button, main summary, main .search-filter-option, #search-results h2 > a, .search-sections a'),
    ).toEqual([]);

    // The same page's dialog: one page visit serves both.
    await openDialog(page);
    await page.locator(DIALOG.input).fill('storage');
    await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', 'storage', { timeout: 15_000 });
    await page.locator(DIALOG.dialog).getByText('Filter by topic or risk').click();
    const dialog = DIALOG.dialog;
    expect(
      await smallTargets(
        page,
        `${dialog} button, ${dialog} summary, ${dialog} .search-filter-option, ${dialog} [role="option"], ${dialog} .search-dialog-foot a`,
      ),
    ).toEqual([]);
  });
});
