import { articleBySlug, articles, escapeRegExp, riskLabel } from './content';
import { expect, test } from './fixtures';

/** URLs promised to readers (bookmarks, links from elsewhere): they must keep working. */
const PERMANENT_SLUGS = [
  'quick-checks',
  'check-icloud-storage',
  'sign-out-and-back-in',
  'check-apple-system-status',
  'update-ios',
  'reset-all-settings',
  'contact-apple-support',
];

test('the permanent article URLs exist', async ({ request }) => {
  for (const slug of PERMANENT_SLUGS) {
    expect(articles.map((a) => a.slug), `content/fixes/${slug}.mdx`).toContain(slug);
    const response = await request.get(`/fixes/${slug}/`);
    expect(response.status(), `/fixes/${slug}/`).toBe(200);
  }
});

test('articles have distinct path positions', () => {
  expect(new Set(articles.map((a) => a.order)).size).toBe(articles.length);
});

for (const [i, article] of articles.entries()) {
  const next = articles[i + 1];

  test(`article ${article.order}: ${article.url}`, async ({ page }) => {
    const response = await page.goto(article.url);
    expect(response?.status()).toBe(200);

    await expect(page.locator('h1')).toHaveText(article.title);
    await expect(page.locator('p.summary')).toHaveText(article.description);

    const meta = page.locator('ul.meta-line');
    await expect(meta).toContainText('iOS');
    await expect(meta).toContainText(`${article.minutes} min`);
    await expect(meta).toContainText(riskLabel(article.risk));
    await expect(meta).toContainText('Last reviewed');
    await expect(meta.locator('time')).toHaveAttribute('datetime', new RegExp(`^${article.lastReviewed}`));

    // Navigation landmarks by accessible name: aria-label or aria-labelledby.
    const nav = (name: string) => page.getByRole('navigation', { name, exact: true });

    const breadcrumb = nav('Breadcrumb');
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(breadcrumb.getByRole('link', { name: 'Fixes' })).toHaveCount(1);
    await expect(breadcrumb).toHaveText(new RegExp(`Home.*Fixes.*${escapeRegExp(article.title)}`, 's'));

    // Table of contents: a link to every h2 of the body, in order; every link
    // leads to a heading of the body (h3 entries are allowed).
    const prose = page.locator('div.prose');
    const h2Targets = await prose.locator('h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const headingTargets = await prose
      .locator(':is(h2, h3, h4)[id]')
      .evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const tocTargets = await nav('On this page')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(h2Targets.length, 'the body should have h2 sections').toBeGreaterThan(0);
    expect(tocTargets.filter((t) => h2Targets.includes(t)), 'contents links to the h2s').toEqual(h2Targets);
    for (const target of tocTargets) expect(headingTargets, 'contents link target').toContain(target);

    await expect(prose.locator('ol > li').first()).toBeVisible();

    const nextLink = page.locator('a[rel="next"]');
    if (next) {
      await expect(nextLink).toHaveAttribute('href', next.url);
      await expect(nextLink).toContainText(next.title);
      await expect(page.getByText(/Didn.t work\?/)).toBeVisible();
    } else {
      await expect(nextLink, 'the last article has no next fix').toHaveCount(0);
    }

    if (article.related.length > 0) {
      const relatedHrefs = await nav('Related fixes')
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(relatedHrefs.sort()).toEqual(article.related.map((slug) => articleBySlug(slug).url).sort());
    }

    const sources = page.locator('section.sources a[href^="https://"]');
    expect(await sources.count(), 'at least one external source link').toBeGreaterThan(0);
  });
}

test('"Next" links walk the whole path in order and stop at the last fix', async ({ page }) => {
  const first = articles[0];
  expect(first, 'there is at least one article').toBeDefined();
  await page.goto(first!.url);
  const visited = [new URL(page.url()).pathname];
  while ((await page.locator('a[rel="next"]').count()) > 0) {
    expect(visited.length, 'the Next links should not loop').toBeLessThanOrEqual(articles.length);
    await page.locator('a[rel="next"]').click();
    await expect(page).not.toHaveURL(new RegExp(`${visited.at(-1)}$`));
    visited.push(new URL(page.url()).pathname);
  }
  expect(visited).toEqual(articles.map((a) => a.url));
});
