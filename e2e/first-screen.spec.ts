/**
 * Help first on a phone: the home page's ways to start, and each article's
 * step 1, where a reader arriving from a search engine sees them. The page
 * furniture (alerts, other words, review details, sources) waits below the
 * steps, and the contents and the lead section are folded. `npm run
 * first-screen` reports the same figures for every page.
 */
import { articleSample, articles, type Article } from '../test/support/content';
import { FIRST_THING, PHONE_WINDOWS, screensDown } from '../test/support/first-screen';
import { tagsFor } from '../test/support/tiers';
import { expect, test } from './fixtures';

for (const window of PHONE_WINDOWS) {
  test.describe(`at ${window.width}×${window.height}`, () => {
    test.use({ viewport: window });

    test('the home page shows the troubleshooter button and the search box on its first screen', async ({ page }) => {
      await page.goto('/');
      for (const selector of [FIRST_THING.homeStart, FIRST_THING.homeSearch]) {
        const place = await screensDown(page, selector);
        expect(place, `${selector} is on the home page`).not.toBeNull();
        expect(place?.bottom, `${selector} ends on the first screen`).toBeLessThanOrEqual(1);
      }
      const start = page.locator(FIRST_THING.homeStart);
      await expect(start).toHaveAttribute('href', '/troubleshoot/');
      expect((await start.boundingBox())?.height, 'the button is a full touch target').toBeGreaterThanOrEqual(44);
    });

    for (const article of articles) {
      test(`${article.url}: nothing but help before step 1`, tagsFor(article, articleSample), async ({ page }) => {
        await page.goto(article.url);
        const layout = await page.evaluate((stepSelector) => {
          const step = document.querySelector(stepSelector);
          const after = (selector: string) =>
            [...document.querySelectorAll(selector)].every(
              (el) => !!step && !!(step.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
            );
          // The prose blocks a reader scrolls past before step 1, the folded lead section aside.
          const prose = document.querySelector('div.prose');
          const before = prose
            ? [...prose.children].filter((el) => step && el.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING)
            : [];
          return {
            furnitureAfter: after('.alerts, .aliases, .about-line, section.sources, .what-changed, .related'),
            tocOpen: document.querySelector('nav.toc details')?.hasAttribute('open') ?? false,
            sectionsBefore: before.filter((el) => el.matches('h2') && !el.closest('details')).length,
          };
        }, FIRST_THING.fix);
        expect(layout.furnitureAfter, 'alerts, other words, review details, sources and related fixes come after step 1').toBe(true);
        expect(layout.tocOpen, 'the contents start folded').toBe(false);
        const place = await screensDown(page, FIRST_THING.fix);
        expect(place, 'the article has a step 1').not.toBeNull();
        // When a fix calls for no copy first and step 1's section is the first after the folded lead,
        // the page's own parts above it fit in a screen. (A risky fix says how to keep a copy first.)
        const needsNoCopy = article.risk === 'none' && !article.backupFirst;
        if (window.width === 390 && needsNoCopy && layout.sectionsBefore <= 1) {
          expect(place?.top, `step 1 of ${article.url} starts on the first screen`).toBeLessThan(1);
        }
      });
    }
  });
}

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  const sample: readonly Article[] = articleSample;
  for (const article of sample) {
    test(`${article.url}: the help-desk toolbar shows without scrolling`, async ({ page }) => {
      await page.goto(article.url);
      const toolbar = page.getByRole('group', { name: 'For help desks' });
      await expect(toolbar.getByRole('button', { name: 'Copy as reply' })).toBeVisible();
      expect(await screensDown(page, '.article-tools').then((place) => place?.bottom)).toBeLessThanOrEqual(1);
    });
  }
});
