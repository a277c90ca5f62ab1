/**
 * Alert pages: /errors/ lists every alert of content/errors/*.md word for
 * word, each /errors/<slug>/ quotes it, says whose wording it is and lists its
 * fixes in the file's order, each article lists the alerts it fixes, and
 * Pagefind's index finds an alert's page from its full text.
 *
 * Expectations come from the content files (e2e/content.ts), never from a
 * second hand-written list.
 */
import { ALERT_WORDING_NOTES, type AlertWording } from '../src/lib/alert-wording';
import { alerts, alertsFixedBy, articleBySlug, articles } from './content';
import { expect, test } from './fixtures';

/** Whose words an alert's text is, as a reader must be able to tell from the note. */
const WHOSE: Record<AlertWording, RegExp> = {
  apple: /\bApple['’]s wording\b/,
  reported: /\breported by\b/i,
};

test('there are alerts to test', () => {
  expect(alerts.length).toBeGreaterThan(0);
});

test('/errors/ lists every alert with its exact text, and no other', async ({ page }) => {
  await page.goto('/errors/');
  const main = page.locator('main');
  const listed = await main
    .locator('a[href^="/errors/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((href) => /^\/errors\/[^/]+\/$/.test(href ?? '')));
  expect(listed.sort()).toEqual(alerts.map((alert) => alert.url).sort());

  for (const alert of alerts) {
    const item = main.locator('li').filter({ has: page.locator(`a[href="${alert.url}"]`) });
    await expect(item, alert.url).toHaveCount(1);
    await expect(item.locator(`a[href="${alert.url}"]`)).toHaveText(alert.title);
    // The exact text, as a quotation (no added or dropped words).
    await expect(item.locator('q'), `the text of ${alert.slug}`).toHaveText(alert.text, { useInnerText: false });
  }
});

for (const alert of alerts) {
  test(`${alert.url}: the exact text, whose wording it is, and the fixes in the file's order`, async ({ page }) => {
    const response = await page.goto(alert.url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(alert.title);

    const quote = page.locator('main blockquote');
    await expect(quote).toHaveCount(1);
    await expect(quote).toHaveText(alert.text);

    // The note sits with the quotation and says whose words they are.
    const note = page.locator('main figure:has(blockquote) figcaption');
    await expect(note).toBeVisible();
    const wording = alert.wording as AlertWording;
    expect(Object.keys(WHOSE), `wording "${alert.wording}" of content/errors/${alert.slug}.md`).toContain(wording);
    await expect(note).toHaveText(ALERT_WORDING_NOTES[wording]);
    await expect(note).toHaveText(WHOSE[wording]);

    const heading = page.getByRole('heading', { name: 'Fixes to try, in order' });
    await expect(heading).toBeVisible();
    const fixLinks = page.locator('main ol.fix-list > li a');
    await expect(fixLinks).toHaveCount(alert.fixes.length);
    for (const [i, slug] of alert.fixes.entries()) {
      const article = articleBySlug(slug);
      await expect(fixLinks.nth(i), `fix ${i + 1}`).toHaveAttribute('href', article.url);
      await expect(fixLinks.nth(i)).toHaveText(article.title);
    }
    // The list comes after its heading.
    const [headingTop, listTop] = await Promise.all([
      heading.evaluate((el) => el.getBoundingClientRect().top),
      page.locator('main ol.fix-list').evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(listTop).toBeGreaterThan(headingTop);
  });
}

for (const article of articles) {
  test(`${article.url} lists exactly the alerts that name it, each linking to its page`, async ({ page }) => {
    const expected = alertsFixedBy(article.slug);
    await page.goto(article.url);
    const block = page.locator('main .alerts');
    if (expected.length === 0) {
      await expect(page.getByText('Fixes these alerts')).toHaveCount(0);
      return;
    }
    await expect(block).toHaveCount(1);
    await expect(block.getByText('Fixes these alerts', { exact: true })).toBeVisible();

    const links = block.locator('li a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(expected.map((alert) => alert.url).sort());
    for (const alert of expected) {
      await expect(block.locator(`a[href="${alert.url}"]`), alert.slug).toHaveText(alert.text);
    }
  });
}

test('Pagefind finds each alert page among the first 3 results for the alert\'s full text', async ({ page }) => {
  // Any page of the site: this calls Pagefind's own API, independent of the search UI.
  await page.goto('/errors/');
  const problems: string[] = [];
  for (const alert of alerts) {
    const top = await page.evaluate(async ({ text, api }) => {
      const pf = await import(api);
      await pf.init();
      const search = await pf.search(text);
      const data = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
      return data.map((d: { url: string }) => new URL(d.url, location.origin).pathname.replace(/index\.html$/, ''));
    }, { text: alert.text, api: '/pagefind/pagefind.js' });
    test.info().annotations.push({ type: 'pagefind', description: `"${alert.text}" → ${top.join(', ')}` });
    if (!top.includes(alert.url)) problems.push(`"${alert.text}": top 3 are ${JSON.stringify(top)}, not ${alert.url}`);
  }
  expect(problems).toEqual([]);
});
