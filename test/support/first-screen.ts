/**
 * How far down a page the reader's way forward starts, in screens: the top of
 * an element divided by the window's height, measured after the page loads at
 * the top. Below 1, it starts on the first screen. Shared by
 * e2e/page-sweep.spec.ts (which asserts) and scripts/first-screen.ts (which
 * reports every page).
 */
import type { Page } from '@playwright/test';

/** The phone windows readers arrive in: a common iPhone and the WCAG reflow width. */
export const PHONE_WINDOWS = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const;

/** What is measured on each kind of page: a CSS selector for the thing a reader came for. */
export const FIRST_THING = {
  /** An article's first numbered step. */
  fix: '#step-1',
  /** A troubleshooter result's link to its fix. */
  result: 'main a[data-result-fix]',
  /** The home page's button into the troubleshooter. */
  homeStart: 'main a[data-start-troubleshooter]',
  /** The search box of the home page's content (not the header's). */
  homeSearch: 'main input[type="search"]',
} as const;

/**
 * Where `selector`'s first match starts, in screens of the current window,
 * and whether it ends on the first screen too; null when nothing matches.
 */
export async function screensDown(page: Page, selector: string): Promise<{ top: number; bottom: number } | null> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const height = window.innerHeight;
    return { top: (box.top + window.scrollY) / height, bottom: (box.bottom + window.scrollY) / height };
  }, selector);
}
