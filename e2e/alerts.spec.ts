/**
 * Alert pages in a browser: what only a browser shows (the note with the
 * alert's text, Apple's source and the fixes' heading on screen, the list of
 * fixes below its heading, an article's "Fixes these alerts"), on a covering
 * sample of alert pages in the gate and the rest in the full tier; and
 * Pagefind's index finds an alert's page from its text. The markup of every
 * alert page, of /errors/ and of every article's list of alerts is checked in
 * test/dist/alerts.test.ts.
 *
 * Expectations come from the content files (test/support/content.ts), never from a
 * second hand-written list.
 */
import { ALERTS_PATH } from '#lib/links/routes.ts';
import { alerts, alertsFixedBy, articles } from '../test/support/content';
import { byTier, coveringSample } from '../test/support/tiers';
import { expect, test } from './fixtures';

/** The gate's alert pages: one of each wording (an exact text, Apple's description); the full tier the rest. */
const alertTiers = byTier(
  alerts,
  coveringSample(alerts, (alert) => [`wording:${alert.wording}`]),
);

/** The gate's article with a list of alerts; the full tier the other articles with one. */
const withAlerts = articles.filter((article) => alertsFixedBy(article.slug).length > 0);
const articleTiers = byTier(withAlerts, withAlerts.slice(0, 1));

test('there are alerts, and articles that fix them, to test', () => {
  expect(alerts.length).toBeGreaterThan(0);
  expect(withAlerts.length).toBeGreaterThan(0);
});

for (const { label, tag, items } of alertTiers) {
  test(
    `${label} of the alert pages on screen: the note, Apple's source and the heading show, the fixes below their heading`,
    { tag },
    async ({ page }) => {
      test.setTimeout(30_000 + items.length * 3_000); // a page load each, on a machine that may be busy
      for (const alert of items) {
        expect((await page.goto(alert.url))?.status(), alert.url).toBe(200);
        await expect(page.locator('main figure.alert-text figcaption'), alert.url).toBeVisible();
        const sources = page.locator('main section.sources');
        await expect(sources.locator('a[href^="https://support.apple.com/"], a[href^="https://www.apple.com/"]').first()).toBeVisible();
        const heading = page.getByRole('heading', { name: 'Fixes to try, in order' });
        await expect(heading).toBeVisible();
        await expect(page.locator('main ol.fix-list > li .fix-title a').first()).toBeVisible();
        // The list comes after its heading.
        const [headingTop, listTop] = await Promise.all([
          heading.evaluate((el) => el.getBoundingClientRect().top),
          page.locator('main ol.fix-list').evaluate((el) => el.getBoundingClientRect().top),
        ]);
        expect(listTop, alert.url).toBeGreaterThan(headingTop);
      }
    },
  );
}

for (const { label, tag, items } of articleTiers) {
  test(`${label} of the articles that fix alerts show "Fixes these alerts" with a link to each`, { tag }, async ({ page }) => {
    test.setTimeout(30_000 + items.length * 3_000);
    for (const article of items) {
      await page.goto(article.url);
      const block = page.locator('main .alerts');
      await expect(block.getByText('Fixes these alerts', { exact: true }), article.url).toBeVisible();
      for (const alert of alertsFixedBy(article.slug)) await expect(block.locator(`a[href="${alert.url}"]`)).toBeVisible();
    }
  });
}

test("Pagefind finds each alert page among the first 3 results for the alert's full text", async ({ page }) => {
  // Any page of the site: this calls Pagefind's own API, independent of the search UI.
  await page.goto(ALERTS_PATH);
  const problems: string[] = [];
  for (const alert of alerts) {
    const top = await page.evaluate(
      async ({ text, api }) => {
        // Pagefind's own module, as the site loads it: only the calls used here are typed.
        const pf = (await import(api)) as {
          init: () => Promise<void>;
          search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        };
        await pf.init();
        const search = await pf.search(text);
        const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname.replace(/index\.html$/, ''));
      },
      { text: alert.text, api: '/pagefind/pagefind.js' },
    );
    test.info().annotations.push({ type: 'pagefind', description: `"${alert.text}" → ${top.join(', ')}` });
    if (!top.includes(alert.url)) problems.push(`"${alert.text}": top 3 are ${JSON.stringify(top)}, not ${alert.url}`);
  }
  expect(problems).toEqual([]);
});
