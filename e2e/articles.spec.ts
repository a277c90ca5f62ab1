import { articleBySlug, articles, articleSample, pathArticles, riskLabel } from '../test/support/content';
import { tagsFor } from '../test/support/tiers';
import { escapeRegExp } from '../test/support/regexp';
import { expect, test } from './fixtures';
import { defined } from '../src/lib/defined.ts';

/** URLs promised to readers (bookmarks, links from elsewhere): they must keep working. */
const PERMANENT_SLUGS = [
  'quick-checks',
  'check-icloud-storage',
  'sign-out-and-back-in',
  'check-apple-system-status',
  'update-ios',
  'reset-all-settings',
  'contact-apple-support',
  'back-up-with-a-computer',
  'check-restrictions-and-device-management',
  'finish-a-slow-or-stuck-backup',
];

test('the permanent article URLs exist', async ({ request }) => {
  for (const slug of PERMANENT_SLUGS) {
    expect(
      articles.map((a) => a.slug),
      `content/fixes/${slug}.mdx`,
    ).toContain(slug);
    const response = await request.get(`/fixes/${slug}/`);
    expect(response.status(), `/fixes/${slug}/`).toBe(200);
  }
});

test('articles on the path have distinct positions; only the safety net is off the path', () => {
  expect(new Set(pathArticles.map((a) => a.order)).size).toBe(pathArticles.length);
  expect(articles.filter((a) => a.order === undefined).map((a) => a.role)).toEqual(['safety-net']);
});

/**
 * The order readers are promised (issue 9): the original seven fixes keep this
 * relative order, the safest first; the new fixes go between them.
 */
test('the original fixes keep their relative order on the path', () => {
  const original = [
    'quick-checks',
    'check-icloud-storage',
    'check-apple-system-status',
    'update-ios',
    'sign-out-and-back-in',
    'reset-all-settings',
    'contact-apple-support',
  ];
  expect(pathArticles.map((a) => a.slug).filter((slug) => original.includes(slug))).toEqual(original);
  // Every no-risk check comes before the first fix that can cost settings or data, but for storage,
  // whose alert names its cause.
  const slugs = pathArticles.map((a) => a.slug);
  const signOut = slugs.indexOf('sign-out-and-back-in');
  for (const slug of ['finish-a-slow-or-stuck-backup', 'check-restrictions-and-device-management', 'check-apple-system-status']) {
    expect(slugs.indexOf(slug), `${slug} before the sign-out`).toBeLessThan(signOut);
  }
});

for (const article of articles) {
  const pathIndex = pathArticles.indexOf(article);
  const next = pathIndex === -1 ? undefined : pathArticles[pathIndex + 1];

  test(`article ${article.order ?? '(safety net, off the path)'}: ${article.url}`, tagsFor(article, articleSample), async ({ page }) => {
    const response = await page.goto(article.url);
    expect(response?.status()).toBe(200);

    await expect(page.locator('h1')).toHaveText(article.title);
    await expect(page.locator('p.summary')).toHaveText(article.description);

    // Under the summary, the compact meta line: risk and time first, then the iOS versions.
    const meta = page.locator('ul.meta-line:not(.about-line)');
    await expect(meta.locator('li').nth(0)).toContainText(riskLabel(article));
    await expect(meta.locator('li').nth(1)).toContainText(`${article.minutes} min`);
    await expect(meta.locator('li').nth(2)).toContainText('iOS');
    // The review details wait below the steps, out of the reader's way.
    const about = page.locator('ul.about-line');
    await expect(about).toContainText('Last reviewed');
    await expect(about.locator('time')).toHaveAttribute('datetime', new RegExp(`^${article.lastReviewed}`));
    await expect(about).toContainText(`Steps checked for iOS ${article.checkedForIos}`);
    await expect(about).toContainText(`ID ${article.kbId}`);
    expect(
      await page.evaluate(() => {
        const prose = document.querySelector('div.prose');
        const aboutLine = document.querySelector('ul.about-line');
        return !!prose && !!aboutLine && !!(prose.compareDocumentPosition(aboutLine) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
      'the review details come after the steps',
    ).toBe(true);
    // The review date claims a check against the sources, never a test on a device.
    await expect(page.locator('section.sources .review-note')).toContainText('checked against these sources');
    await expect(page.locator('main')).not.toContainText(/checked (it )?(against|on) a real iPhone/i);

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
    const headingTargets = await prose.locator(':is(h2, h3, h4)[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const tocTargets = await nav('On this page')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(h2Targets.length, 'the body should have h2 sections').toBeGreaterThan(0);
    expect(
      tocTargets.filter((t) => h2Targets.includes(t)),
      'contents links to the h2s',
    ).toEqual(h2Targets);
    for (const target of tocTargets) expect(headingTargets, 'contents link target').toContain(target);

    await expect(prose.locator(':scope > ol > li').first()).toBeVisible();

    const nextLink = page.locator('a[rel="next"]');
    if (next) {
      await expect(nextLink).toHaveAttribute('href', next.url);
      await expect(nextLink).toContainText(next.title);
      await expect(page.getByText(/Didn.t work\?/)).toBeVisible();
    } else {
      await expect(nextLink, 'the last article and the safety net have no next fix').toHaveCount(0);
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
  const first = defined(pathArticles[0], 'the first article on the path');
  await page.goto(first.url);
  const visited = [new URL(page.url()).pathname];
  while ((await page.locator('a[rel="next"]').count()) > 0) {
    expect(visited.length, 'the Next links should not loop').toBeLessThanOrEqual(pathArticles.length);
    await page.locator('a[rel="next"]').click();
    await expect(page).not.toHaveURL(new RegExp(`${visited.at(-1)}$`));
    visited.push(new URL(page.url()).pathname);
  }
  expect(visited).toEqual(pathArticles.map((a) => a.url));
});
