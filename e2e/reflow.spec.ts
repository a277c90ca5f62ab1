/**
 * Reflow at 320 CSS pixels (WCAG 2.1 AA, 1.4.10), which axe does not test:
 * every page of the sitemap, with and without JavaScript, must fit a 320 px
 * wide viewport without scrolling sideways (a covering sample in the gate
 * tier, the rest in the full tier). A failure names the page and the
 * elements that stick out past the right edge.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitemapPaths, sitemapSample } from '../test/support/dist';
import { byTier } from '../test/support/tiers';

const WIDTH = 320;

/** How far the page scrolls sideways, and the innermost elements that end past the viewport's right edge. */
async function overflow(page: Page): Promise<{ scroll: number; offenders: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth - width;
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Report the innermost: skip an element whose child also sticks out.
      if ([...el.children].some((child) => child.getBoundingClientRect().right > width + 0.5)) continue;
      if (el.closest('[hidden], template, dialog:not([open])')) continue;
      const name = `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
      offenders.push(`${name} ends at ${Math.round(box.right)} px`);
    }
    return { scroll, offenders: offenders.slice(0, 5) };
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at ${WIDTH} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: WIDTH, height: 640 }, javaScriptEnabled });

    for (const { label, tag, items: paths } of byTier(sitemapPaths(), sitemapSample())) {
      test(`no page of ${label} of the sitemap scrolls sideways`, { tag }, async ({ page }) => {
        expect(paths.length).toBeGreaterThan(0);
        test.setTimeout(30_000 + paths.length * 2_000);
        const problems: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          const { scroll, offenders } = await overflow(page);
          if (scroll > 0) problems.push(`${path} scrolls ${scroll} px sideways: ${offenders.join(', ')}`);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
