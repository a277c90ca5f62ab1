/**
 * Help-desk features of the built site: permanent short links (/kb/<kbId>/),
 * links to every section and step (and, with JavaScript, copying them),
 * "Copy as reply" and /kb/<kbId>.txt, and the print stylesheet.
 *
 * Every expectation comes from content/fixes/*.mdx (through test/support/content.ts) and
 * from the built dist/; the short links' origin is SITE_URL's, read from the
 * sitemap, since the pages show absolute links on it.
 */
import type { Locator, Page } from '@playwright/test';
import { type Article, articles, articleSample } from '../test/support/content';
import { tagsFor } from '../test/support/tiers';
import { readSitemap } from '../test/support/dist';
import { attr, elementsByTag, parseHtml, textContent, tokens } from '../test/support/html';
import { escapeRegExp } from '../test/support/regexp';
import { defined } from '../src/lib/defined.ts';
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

// ---------------------------------------------------------------------------
// 1. Short links
// ---------------------------------------------------------------------------

test.describe('short links /kb/<kbId>/', () => {
  for (const article of articles) {
    test(
      `${kbPathOf(article)} leads to ${article.url}, and keeps a #fragment (JavaScript on)`,
      tagsFor(article, articleSample),
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
      test(
        `${kbPathOf(article)} is a redirect page: meta refresh, link, canonical, noindex`,
        tagsFor(article, articleSample),
        async ({ page, request }) => {
          // The page as served (a browser would follow the refresh before it could be read).
          const response = await request.get(kbPathOf(article), { maxRedirects: 0 });
          expect(response.status(), kbPathOf(article)).toBe(200);
          const document = parseHtml(await response.text());

          const refreshes = elementsByTag(document, 'meta').filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh');
          expect(refreshes, 'one meta refresh').toHaveLength(1);
          const refresh = attr(defined(refreshes[0], 'the meta refresh'), 'content') ?? '';
          const refreshMatch = /^\s*0\s*;\s*url\s*=\s*(\S+)\s*$/i.exec(refresh);
          expect(refreshMatch, `meta refresh content "${refresh}" should be "0; url=${article.url}"`).toBeTruthy();
          expect(new URL(defined(refreshMatch?.[1], 'the meta refresh URL'), absoluteUrlOf('/')).pathname).toBe(article.url);

          const links = elementsByTag(document, 'a').filter(
            (a) => new URL(attr(a, 'href') ?? '', absoluteUrlOf(kbPathOf(article))).pathname === article.url,
          );
          expect(links.length, `a link to ${article.url}`).toBeGreaterThan(0);
          expect(textContent(defined(links[0], `a link to ${article.url}`))).toContain(article.title);

          const canonicals = elementsByTag(document, 'link').filter((l) => tokens(l, 'rel').includes('canonical'));
          expect(canonicals.map((l) => attr(l, 'href'))).toEqual([absoluteUrlOf(article.url)]);

          const robots = elementsByTag(document, 'meta').filter((m) => attr(m, 'name')?.toLowerCase() === 'robots');
          expect(robots.map((m) => attr(m, 'content') ?? '').join(',')).toMatch(/\bnoindex\b/);

          // And in a browser without JavaScript, the refresh (or the link) still gets there.
          await page.goto(kbPathOf(article));
          await expect(page).toHaveURL(endsAt(article.url));
          await expect(page.locator('h1')).toHaveText(article.title);
        },
      );
    }
  });
  // dist/_redirects, and the case and slash variants of short links: e2e/permanent-links.spec.ts.
});

// ---------------------------------------------------------------------------
// 3. Section and step anchors
// ---------------------------------------------------------------------------

/** The copy-link live region: role=status, so screen readers hear what was copied. */
function copyStatus(page: Page): Locator {
  return page.locator('[data-copy-status]');
}

test.describe('section and step anchors', () => {
  for (const article of articles) {
    test(
      `${article.url}: every h2, h3 and step has an id and a link; steps are numbered through the article`,
      tagsFor(article, articleSample),
      async ({ page }) => {
        await page.goto(article.url);
        const prose = page.locator('div.prose');
        // Read the structure in one go, then check it (fewer round trips than one expect per element).
        const body = await prose.evaluate((root) => {
          const ownLinks = (el: Element) => [...el.querySelectorAll(':scope > a[data-anchor-link]')].map((a) => a.getAttribute('href'));
          return {
            headings: [...root.querySelectorAll('h2, h3')].map((h) => ({
              text: h.textContent,
              id: h.id,
              // The folded lead section's heading is its <summary>'s text: a summary holds no other control.
              inSummary: h.closest('summary') !== null,
              // Inside the closed lead section: out of the accessibility tree until it is opened.
              folded: h.closest('details') !== null,
              links: [...h.querySelectorAll('a[data-anchor-link]')].map((a) => a.getAttribute('href')),
            })),
            lists: [...root.querySelectorAll(':scope > ol')].map((ol) => ({
              className: ol.className,
              startAttribute: ol.getAttribute('start'),
              // What the reader sees: numbered markers starting at the list's start.
              visible: [getComputedStyle(ol).listStyleType, (ol as HTMLOListElement).start] as [string, number],
              items: [...ol.querySelectorAll(':scope > li')].map((li) => ({ id: li.id, links: ownLinks(li) })),
            })),
            // Old step numbers kept by a changes entry (oldSteps) are markers inside the step they point to.
            stepIds: [...document.querySelectorAll('[id^="step-"]:not(.step-alias)')].map((el) => el.id),
          };
        });

        expect(body.headings.length, 'the body has headings').toBeGreaterThan(0);
        for (const heading of body.headings) {
          expect(heading.id, `heading "${heading.text}" has an id`).toBeTruthy();
          expect(heading.links, `heading "${heading.text}" links to itself`).toEqual(heading.inSummary ? [] : [`#${heading.id}`]);
        }
        // Accessible names, as assistive technology computes them.
        const sectionLinks = prose.getByRole('link', { name: /^Link to section/ });
        expect(await sectionLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
          body.headings.filter((h) => !h.folded).map((h) => `#${h.id}`),
        );

        // Steps: the items of the body's top-level numbered lists, numbered through the article.
        expect(body.lists.length, 'the body has numbered steps').toBeGreaterThan(0);
        let step = 0;
        for (const [l, list] of body.lists.entries()) {
          expect(list.className, `list ${l + 1}`).toMatch(/\bsteps\b/);
          expect(list.startAttribute, `list ${l + 1} starts at ${step + 1}`).toBe(String(step + 1));
          expect(list.visible, `list ${l + 1} shows numbers from ${step + 1}`).toEqual(['decimal', step + 1]);
          for (const item of list.items) {
            step += 1;
            expect(item.id, `item ${step}`).toBe(`step-${step}`);
            expect(item.links, `step ${step}'s own link`).toEqual([`#step-${step}`]);
          }
        }
        const stepLinks = prose.getByRole('link', { name: /^Link to step \d+$/ });
        expect(
          await stepLinks.evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.getAttribute('aria-label')}`)),
          'each step link is named after its step',
        ).toEqual(Array.from({ length: step }, (_, i) => `#step-${i + 1} Link to step ${i + 1}`));
        // No other element claims a step id (nested lists are part of their step).
        expect(body.stepIds).toEqual(Array.from({ length: step }, (_, i) => `step-${i + 1}`));

        // The plain-text reply numbers the steps the same way: its top-level numbers are 1..N.
        const reply = await (await page.request.get(replyPathOf(article))).text();
        const replyNumbers = [...reply.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
        expect(replyNumbers, `${replyPathOf(article)} numbers its steps like the page`).toEqual(
          Array.from({ length: step }, (_, i) => i + 1),
        );
      },
    );
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const article of articles) {
      test(
        `${article.url}: a step's link moves to the step; no copy button, the plain reply link is there`,
        tagsFor(article, articleSample),
        async ({ page }) => {
          await page.goto(article.url);
          const steps = page.locator('div.prose > ol > li');
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

  test.describe('with JavaScript, a link copies the short link plus its fragment', () => {
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

    async function openArticle(page: Page, article: Article) {
      await page.goto(article.url);
      const shortLink = page.locator('a[data-short-link]');
      // The short link the page shows is the absolute URL of /kb/<kbId>/ on the site's origin.
      await expect(shortLink).toHaveAttribute('data-short-link', shortLinkOf(article));
      await expect(shortLink).toHaveText(new RegExp(`${article.kbId}$`));
      await expect(shortLink).toHaveAttribute('href', kbPathOf(article));
      await expect(copyStatus(page)).toHaveAttribute('role', 'status');
      // A heading and a step below the top of the body, so following the link scrolls.
      const headings = page.locator('div.prose :is(h2, h3)[id]:has(> a[data-anchor-link]):not(details *)');
      const steps = page.locator('div.prose > ol > li[id]');
      return {
        heading: headings.nth(Math.min(1, (await headings.count()) - 1)),
        step: steps.nth(Math.min(1, (await steps.count()) - 1)),
      };
    }

    for (const article of articles) {
      test(`${article.url}: with the mouse, then with the keyboard only`, tagsFor(article, articleSample), async ({ page }) => {
        const { heading, step } = await openArticle(page, article);
        for (const target of [heading, step]) {
          const id = await target.getAttribute('id');
          const link = target.locator(':scope > a[data-anchor-link]');
          await expectCopies(page, link, `${shortLinkOf(article)}#${id}`, () => link.click());
        }
        // The same with the keyboard only.
        for (const target of [heading, step]) {
          const id = await target.getAttribute('id');
          const link = target.locator(':scope > a[data-anchor-link]');
          await expectCopies(page, link, `${shortLinkOf(article)}#${id}`, async () => {
            // In the Tab order, and focused without the mouse.
            expect(await link.evaluate((a: HTMLElement) => a.tabIndex)).toBeGreaterThanOrEqual(0);
            await link.focus();
            await expect(link).toBeFocused();
            await page.keyboard.press('Enter');
          });
        }
      });
    }

    test.describe('on a touch screen', () => {
      test.use({ hasTouch: true });

      for (const article of articles) {
        test(`${article.url}: with a tap`, tagsFor(article, articleSample), async ({ page }) => {
          const { heading, step } = await openArticle(page, article);
          for (const target of [heading, step]) {
            const id = await target.getAttribute('id');
            const link = target.locator(':scope > a[data-anchor-link]');
            await expectCopies(page, link, `${shortLinkOf(article)}#${id}`, () => link.tap());
          }
        });
      }
    });
  });
});

// ---------------------------------------------------------------------------
// 4. Copy as reply, and /kb/<kbId>.txt
// ---------------------------------------------------------------------------

test.describe('Copy as reply', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  for (const article of articles) {
    test(
      `${article.url}: "Copy as reply" copies exactly ${replyPathOf(article)}`,
      tagsFor(article, articleSample),
      async ({ page, request }) => {
        const expected = await (await request.get(replyPathOf(article))).text();
        await page.goto(article.url);
        await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
        const button = page.getByRole('button', { name: 'Copy as reply' });
        await expect(button).toBeVisible();
        await button.click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
        await expect(copyStatus(page)).toHaveText(/reply copied/i);
      },
    );
  }
});

test('/kb/<kbId>.txt: every article as a plain-text reply', async ({ request }) => {
  for (const article of articles) {
    const where = replyPathOf(article);
    const response = await request.get(where);
    expect(response.status(), where).toBe(200);
    expect.soft(response.headers()['content-type'], where).toMatch(/^text\/plain\b/);
    const text = await response.text();
    const lines = text.trimEnd().split('\n');

    expect.soft(lines[0], `${where} starts with the title`).toBe(article.title);
    expect.soft(text, `${where} has numbered steps`).toMatch(/^1\. \S/m);
    expect.soft(text, `${where} has numbered steps`).toMatch(/^2\. \S/m);
    expect.soft(lines.at(-1), `${where} ends with the short link`).toBe(`Full article: ${shortLinkOf(article)}`);

    // No Markdown and no HTML. Brackets belong to the Settings paths: a placeholder step after " > "
    // ("> [your name]") and a note after a step's label ("Manage Storage [on some versions: …]").
    const plain = text.replace(/(?<=[^\s>]) \[[^\]\n]+\]/g, '').replace(/(?<=> )\[[^\]\n]+\]/g, '');
    const found = [
      ...['**', '__', '`', '#', '](', '[', ']'].filter((symbol) => plain.includes(symbol)),
      ...(plain.match(/<\/?[a-z][^>]*>/gi) ?? []),
      ...(plain.match(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi) ?? []),
    ];
    expect.soft(found, `Markdown or HTML in ${where}:\n${text}`).toEqual([]);
  }
});

// ---------------------------------------------------------------------------
// 5. Print
// ---------------------------------------------------------------------------

test.describe('print', () => {
  for (const [i, article] of articles.entries()) {
    test(
      `${article.url} prints the article, its address and its review date, and nothing else`,
      tagsFor(article, articleSample),
      async ({ page }) => {
        await page.goto(article.url);
        // Before printing, the JavaScript-only copy button is shown.
        await expect(page.getByRole('button', { name: 'Copy as reply' })).toBeVisible();
        await page.emulateMedia({ media: 'print' });

        await expect(page.locator('header.site-header')).toBeHidden();
        await expect(page.locator('footer.site-footer')).toBeHidden();
        await expect(page.locator('nav.breadcrumbs')).toBeHidden();
        await expect(page.locator('nav.toc')).toBeHidden();
        if (articles[i + 1]) await expect(page.locator('nav.next-fix')).toBeHidden();
        await expect(page.locator('.article-tools button')).toBeHidden();
        for (const anchor of await page.locator('a[data-anchor-link]').all()) await expect(anchor).toBeHidden();

        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('h1')).toHaveText(article.title);
        await expect(page.locator('div.prose')).toBeVisible();
        await expect(page.locator('div.prose > ol > li').first()).toBeVisible();

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
});
