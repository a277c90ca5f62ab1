/**
 * The search dialog as the browser tests and the benchmark drive it: its
 * selectors and the steps to open and clear it. Erasable TypeScript only: the
 * benchmark runs it under Node's type stripping.
 */
import type { Page } from '@playwright/test';

/** The search dialog's parts (src/scripts/search/dialog.ts). */
export const DIALOG = {
  dialog: 'dialog#search-dialog',
  input: '#search-dialog-input',
  listbox: '#search-dialog-results',
  pageOption: '#search-dialog-results [role="option"][data-kind="page"]',
} as const;

/** The header's search box (src/components/SearchBox.astro). */
export const HEADER_INPUT = 'form[data-site-search] input[name="q"]';

/** Opens the search dialog with Ctrl+K and waits until its input has focus. */
export async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.locator(DIALOG.input).waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), DIALOG.input);
}

/** Empties the dialog's input and waits until the results are cleared. */
export async function clearDialog(page: Page): Promise<void> {
  await page.locator(DIALOG.input).fill('');
  await page.waitForFunction((selector) => document.querySelector<HTMLElement>(selector)?.dataset.query === '', DIALOG.listbox);
}
