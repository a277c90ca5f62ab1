/**
 * Alert pages: /errors/ lists every alert of content/errors/*.md, each
 * /errors/<slug>/ quotes its exact text (or, for an alert Apple only
 * describes, gives the description without quotation marks), says whose
 * wording it is and lists its fixes in the file's order, each article lists
 * the alerts it fixes, and Pagefind's index finds an alert's page from its text.
 *
 * Expectations come from the content files (test/support/content.ts), never from a
 * second hand-written list.
 */
import { ERRORS_PATH } from '../src/lib/routes';
import { ALERT_WORDING_NOTES, claimsExactText, type AlertWording } from '../src/lib/alert-wording';
import { alerts, alertsFixedBy, articleBySlug, articles } from '../test/support/content';
import { expect, test } from './fixtures';

/** Whose words an alert's text is, as a reader must be able to tell from the note. */
const WHOSE: Record<AlertWording, RegExp> = {
  'apple-described': /\bApple lists this alert but describes it\b.*\bnot the exact words\b/,
  reported: /\breported by\b/i,
};

const isExact = (alert: { wording: string }) => claimsExactText(alert.wording as AlertWording);

test('there are alerts to test', () => {
  expect(alerts.length).toBeGreaterThan(0);
});

test('/errors/ lists every alert with its text, quoting only exact texts, and no other', async ({ page }) => {
  await page.goto(ERRORS_PATH);
  const main = page.locator('main');
  const listed = await main
    .locator('a[href^="/errors/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((href) => /^\/errors\/[^/]+\/$/.test(href ?? '')));
  expect(listed.sort()).toEqual(alerts.map((alert) => alert.url).sort());

  for (const alert of alerts) {
    const item = main.locator('li').filter({ has: page.locator(`a[href="${alert.url}"]`) });
    await expect(item, alert.url).toHaveCount(1);
    await expect(item.locator(`a[href="${alert.url}"]`)).toHaveText(alert.title);
    if (isExact(alert)) {
      // The exact text, as a quotation (no added or dropped words).
      await expect(item.locator('q'), `the text of ${alert.slug}`).toHaveText(alert.text, { useInnerText: false });
    } else {
      // Apple's description: shown, but never dressed up as a quotation.
      await expect(item.locator('q'), `${alert.slug} is not quoted`).toHaveCount(0);
      await expect(item).toContainText(alert.text);
    }
  }
});

for (const alert of alerts) {
  test(`${alert.url}: the text, whose wording it is, its sources, and the fixes in the file's order`, async ({ page }) => {
    const response = await page.goto(alert.url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(alert.title);

    const quote = page.locator('main blockquote');
    if (isExact(alert)) {
      await expect(quote).toHaveCount(1);
      await expect(quote).toHaveText(alert.text);
    } else {
      await expect(quote, 'an alert Apple only describes is not shown as a quotation').toHaveCount(0);
      await expect(page.locator('main figure .alert-described')).toHaveText(alert.text);
    }

    // The note sits with the text and says whose words they are; an exact text names its source.
    const note = page.locator('main figure.alert-text figcaption');
    await expect(note).toBeVisible();
    const wording = alert.wording as AlertWording;
    expect(Object.keys(WHOSE), `wording "${alert.wording}" of content/errors/${alert.slug}.md`).toContain(wording);
    await expect(note).toContainText(ALERT_WORDING_NOTES[wording]);
    await expect(note).toHaveText(WHOSE[wording]);
    await expect(note.locator('a[href^="https://"]')).toHaveCount(isExact(alert) ? 1 : 0);

    // Sources, with at least one of Apple's own pages, and what the review date means.
    const sources = page.locator('main section.sources');
    await expect(sources.locator('a[href^="https://support.apple.com/"], a[href^="https://www.apple.com/"]').first()).toBeVisible();
    await expect(sources.locator('time')).toHaveAttribute('datetime', alert.lastReviewed);
    await expect(sources).toContainText(`for iOS ${alert.checkedForIos}`);

    const heading = page.getByRole('heading', { name: 'Fixes to try, in order' });
    await expect(heading).toBeVisible();
    const fixLinks = page.locator('main ol.fix-list > li .fix-title a');
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
      const link = block.locator(`a[href="${alert.url}"]`);
      await expect(link, alert.slug).toHaveText(alert.text);
      await expect(link.locator('q'), `${alert.slug}: quoted only if exact`).toHaveCount(isExact(alert) ? 1 : 0);
    }
  });
}

test("Pagefind finds each alert page among the first 3 results for the alert's full text", async ({ page }) => {
  // Any page of the site: this calls Pagefind's own API, independent of the search UI.
  await page.goto(ERRORS_PATH);
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
