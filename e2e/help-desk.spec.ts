/**
 * Help-desk features in the browser: a short link /kb/<kbId>/ leads to its
 * article (with JavaScript, keeping a #fragment; without, by its meta
 * refresh), the links to sections and steps move there and, with JavaScript,
 * copy the short link plus the fragment (mouse, keyboard, tap), "Copy as
 * reply" copies /kb/<kbId>.txt, and print shows only the article.
 *
 * What the built files decide (the redirect pages, every anchor and step
 * number, the tools' markup, the plain-text replies) is checked from dist/ in
 * test/dist/help-desk.test.ts. The templates are the same for every article:
 * the gate runs each behaviour on one article (print on one article of each
 * kind print treats differently), the full tier on the others.
 */
import type { Locator, Page } from '@playwright/test';
import { type Article, articles, articleSample, pathArticles } from '../test/support/content';
import { coveringSample, tagsFor } from '../test/support/tiers';
import { fileForUrlPath, readDist, readSitemap } from '../test/support/dist';
import { escapeRegExp } from '../test/support/regexp';
import { defined } from '#lib/defined.ts';
import { expect, test } from './fixtures';

/** The short link path: the promise made to agents, so spelt out here rather than imported. */
const kbPathOf = (article: Article) => `/kb/${article.kbId}/`;
const replyPathOf = (article: Article) => `/kb/${article.kbId}.txt`;
/** The short link as the article shows it: absolute, on SITE_URL's origin. */
const shortLinkOf = (article: Article) => new URL(kbPathOf(article), readSitemap().origin).href;
const absoluteUrlOf = (urlPath: string) => new URL(urlPath, readSitemap().origin).href;

/** The article's URL, at the end of the browser's location (any origin), with an optional fragment. */
function endsAt(urlPath: string, hash = ''): RegExp {
  return new RegExp(`^[a-z]+://[^/]+${escapeRegExp(urlPath + hash)}$`);
}

/** One template serves every article's redirect page, links and tools: the gate tries them on one article. */
const oneArticle = [defined(articleSample[0], 'an article')];

/** What print treats differently: a folded lead section (printed open), a Next link (hidden). */
const printSample = coveringSample(articles, (article) => {
  const html = readDist(fileForUrlPath(article.url));
  return [`lead:${html.includes('class="lead-section"')}`, `next:${/<a [^>]*rel="next"/.test(html)}`];
});

// ---------------------------------------------------------------------------
// 1. Short links: the redirect pages' markup is checked in test/dist/help-desk.test.ts
// ---------------------------------------------------------------------------

test.describe('short links /kb/<kbId>/', () => {
  for (const article of articles) {
    test(
      `${kbPathOf(article)} leads to ${article.url}, and keeps a #fragment (JavaScript on)`,
      tagsFor(article, oneArticle),
      async ({ page }) => {
        await page.goto(kbPathOf(article));
        await expect(page).toHaveURL(endsAt(article.url));
        await expect(page.locator('h1')).toHaveText(article.title);

        await page.goto(`${kbPathOf(article)}#step-2`);
        await expect(page).toHaveURL(endsAt(article.url, '#step-2'));
        await expect(page.locator('h1')).toHaveText(article.title);
        const step = page.locator('#step-2');
        await expect(step).toHaveCount(1);
        await expect(step).toBeInViewport();
      },
    );
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const article of articles) {
      test(`${kbPathOf(article)}: the meta refresh gets there`, tagsFor(article, oneArticle), async ({ page }) => {
        await page.goto(kbPathOf(article));
        await expect(page).toHaveURL(endsAt(article.url));
        await expect(page.locator('h1')).toHaveText(article.title);
      });
    }
  });
  // dist/_redirects, and the case and slash variants of short links: e2e/permanent-links.spec.ts
  // and test/dist/permanent-links.test.ts.
});

// ---------------------------------------------------------------------------
// 2. An article without JavaScript
// ---------------------------------------------------------------------------

/** The copy-link live region: role=status, so screen readers hear what was copied. */
function copyStatus(page: Page): Locator {
  return page.locator('[data-copy-status]');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const article of articles) {
    const onPath = pathArticles.indexOf(article);
    const hasNext = onPath !== -1 && onPath < pathArticles.length - 1;
    test(
      `${article.url} shows its steps, meta line and sources; a step's link moves to the step; no copy button, the plain reply link is there`,
      tagsFor(article, oneArticle),
      async ({ page }) => {
        await page.goto(article.url);
        const steps = page.locator('div.prose > ol > li');
        await expect(steps.first()).toBeVisible();
        await expect(page.locator('ul.meta-line:not(.about-line)')).toBeVisible();
        await expect(page.locator('a[rel="next"]'), article.url).toHaveCount(hasNext ? 1 : 0);
        await expect(page.locator('section.sources a').first()).toBeVisible();

        const last = await steps.count();
        for (const k of [1, last]) {
          await page.locator(`#step-${k} > a[data-anchor-link]`).click();
          await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#step-${k}`);
        }
        const heading = page.locator('div.prose h2[id]:has(> a[data-anchor-link])').first();
        const headingId = await heading.getAttribute('id');
        await heading.locator('a[data-anchor-link]').click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${headingId}`);

        await expect(page.getByRole('button', { name: 'Copy as reply' })).toHaveCount(0);
        await expect(page.getByText('Copy as reply')).not.toBeVisible();
        const plain = page.getByRole('link', { name: 'Reply as plain text' });
        await expect(plain).toBeVisible();
        await expect(plain).toHaveAttribute('href', replyPathOf(article));
      },
    );
  }
});

// ---------------------------------------------------------------------------
// 3. With JavaScript: copying links and the reply, and print
// ---------------------------------------------------------------------------

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  /** Clears the clipboard and the live region, activates the link, and checks what was copied. */
  async function expectCopies(page: Page, link: Locator, expected: string, activate: () => Promise<void>) {
    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
    await copyStatus(page).evaluate((el) => (el.textContent = ''));
    await activate();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `clipboard after ${await link.getAttribute('href')}` })
      .toBe(expected);
    await expect(copyStatus(page)).toHaveText(/^Link copied/);
    // The link still moves to its target.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(await link.getAttribute('href'));
  }

  /** A heading and a step below the top of the body, so following the link scrolls. */
  async function targetsOf(page: Page) {
    const headings = page.locator('div.prose :is(h2, h3)[id]:has(> a[data-anchor-link]):not(details *)');
    const steps = page.locator('div.prose > ol > li[id]');
    return [headings.nth(Math.min(1, (await headings.count()) - 1)), steps.nth(Math.min(1, (await steps.count()) - 1))];
  }

  const linkOf = (target: Locator) => target.locator(':scope > a[data-anchor-link]');

  for (const [i, article] of articles.entries()) {
    test(
      `${article.url}: shows the article; section and step links copy with the mouse and the keyboard; "Copy as reply" copies ${replyPathOf(article)}; print shows the article, its address and review date, nothing else`,
      // Copying is one script for every article: the gate copies on one. Print in the gate: printSample.
      tagsFor(article, [...new Set([...oneArticle, ...printSample])]),
      async ({ page }) => {
        // Three former tests in one visit (copying links, copying the reply, print): three times the time limit.
        test.slow();
        const next = pathArticles.includes(article) ? pathArticles[pathArticles.indexOf(article) + 1] : undefined;
        const reply = readDist(replyPathOf(article));
        await page.goto(article.url);

        // On screen: the steps (numbered from each list's start), meta line, sources, Next and the JavaScript-only copy button.
        const prose = page.locator('div.prose');
        await expect(prose.locator(':scope > ol > li').first()).toBeVisible();
        // What the reader sees: numbered markers from each list's start, its first step's number (test/dist checks the numbers).
        const lists = await prose.locator(':scope > ol').evaluateAll((ols) =>
          ols.map((ol) => ({
            shown: [getComputedStyle(ol).listStyleType, (ol as HTMLOListElement).start],
            first: Number(ol.querySelector(':scope > li')?.id.replace(/^step-/, '')),
          })),
        );
        expect(lists.length, 'the body has numbered steps').toBeGreaterThan(0);
        for (const [l, list] of lists.entries()) expect(list.shown, `list ${l + 1}`).toEqual(['decimal', list.first]);
        await expect(page.locator('ul.meta-line:not(.about-line)')).toBeVisible();
        await expect(page.locator('section.sources a[href^="https://"]').first()).toBeVisible();
        if (next) await expect(page.getByText(/Didn.t work\?/)).toBeVisible();
        const copyReply = page.getByRole('button', { name: 'Copy as reply' });
        await expect(copyReply).toBeVisible();

        // Section and step links copy the short link plus the fragment, with the mouse, then the keyboard only.
        const targets = await targetsOf(page);
        for (const target of targets) {
          const link = linkOf(target);
          await expectCopies(page, link, `${shortLinkOf(article)}#${await target.getAttribute('id')}`, () => link.click());
        }
        for (const target of targets) {
          const link = linkOf(target);
          await expectCopies(page, link, `${shortLinkOf(article)}#${await target.getAttribute('id')}`, async () => {
            // In the Tab order, and focused without the mouse.
            expect(await link.evaluate((a: HTMLElement) => a.tabIndex)).toBeGreaterThanOrEqual(0);
            await link.focus();
            await expect(link).toBeFocused();
            await page.keyboard.press('Enter');
          });
        }

        // "Copy as reply" copies exactly the plain-text reply.
        await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
        await copyReply.click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(reply);
        await expect(copyStatus(page)).toHaveText(/reply copied/i);

        // Print.
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('header.site-header')).toBeHidden();
        await expect(page.locator('footer.site-footer')).toBeHidden();
        await expect(page.locator('nav.breadcrumbs')).toBeHidden();
        await expect(page.locator('nav.toc')).toBeHidden();
        if (articles[i + 1]) await expect(page.locator('nav.next-fix')).toBeHidden();
        for (const button of await page.locator('.article-tools button').all()) await expect(button).toBeHidden();
        for (const anchor of await page.locator('a[data-anchor-link]').all()) await expect(anchor).toBeHidden();

        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('h1')).toHaveText(article.title);
        await expect(prose).toBeVisible();
        await expect(prose.locator(':scope > ol > li').first()).toBeVisible();

        const printOnly = page.locator('.print-only');
        await expect(printOnly).toBeVisible();
        await expect(printOnly).toContainText(absoluteUrlOf(article.url));

        // A folded lead section prints open.
        const lead = page.locator('details.lead-section > :not(summary)').first();
        if ((await lead.count()) > 0) await expect(lead).toBeVisible();

        const reviewed = page.locator('ul.about-line li', { hasText: 'Last reviewed' });
        await expect(reviewed).toBeVisible();
        await expect(reviewed.locator('time')).toHaveAttribute('datetime', new RegExp(`^${article.lastReviewed}`));

        // Back on screen, the print-only line is gone again.
        await page.emulateMedia({ media: 'screen' });
        await expect(printOnly).toBeHidden();
      },
    );
  }

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });

    for (const article of articles) {
      test(`${article.url}: a tap on a section or step link copies it`, tagsFor(article, oneArticle), async ({ page }) => {
        await page.goto(article.url);
        for (const target of await targetsOf(page)) {
          const link = linkOf(target);
          await expectCopies(page, link, `${shortLinkOf(article)}#${await target.getAttribute('id')}`, () => link.tap());
        }
      });
    }
  });
});
