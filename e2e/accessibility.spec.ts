/**
 * Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2 A/AA rules) on every page of
 * the sitemap, the 404 page and live search results, in light and dark colour
 * schemes; then keyboard use (skip link, tab order, focus indicators) and
 * reduced motion. The gate tier sweeps a covering sample of the pages; the
 * full tier (@full) the rest (test/support/tiers.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitemapArticlePaths, sitemapPaths, sitemapSample } from '../test/support/dist';
import { articleSample } from '../test/support/content';
import { byTier } from '../test/support/tiers';
import { NOT_FOUND_CONSOLE_LINE, NOT_FOUND_PATH, WCAG_TAGS } from '../test/support/site-constants';

const SEARCH_WITH_RESULTS = '/search/?q=storage';

/**
 * The axe rules that read colours. The dark scheme changes colours only
 * (src/styles/global.css swaps its colour custom properties under
 * prefers-color-scheme: dark, and `color-scheme: light dark` gives the
 * browser's own controls their dark colours; no script reads the scheme), so
 * every other WCAG rule finds in dark exactly what it finds in light.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the current page, one line each: id, impact, help,
 * target selectors. Every WCAG A/AA rule, or only `rules`.
 */
async function axeViolations(page: Page, where: string, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact ?? 'no impact'}) ${v.help} — ${v.nodes.length} element(s): ` +
      v.nodes.map((n) => JSON.stringify(n.target)).join(', '),
  );
}

/** Tests that loop over pages get time in proportion (the machine may be busy). */
function timeoutForPages(count: number, perPageMs = 5_000): void {
  test.setTimeout(30_000 + count * perPageMs);
}

async function visit(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
}

// ---- axe --------------------------------------------------------------------

/**
 * Every WCAG rule in the light scheme, then the colour rules in the dark one
 * (COLOUR_RULES), on the same page load.
 */
async function axeBothSchemes(page: Page, where: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, `${where} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  return [...light, ...(await axeViolations(page, `${where} (dark)`, COLOUR_RULES))];
}

/** Each tier's pages in groups of this many, one test each, so both workers share the pages. */
const AXE_GROUP_SIZE = 8;
const sitemapTiers = byTier(sitemapPaths(), sitemapSample());
const axeGroups = sitemapTiers.flatMap(({ label, tag, items }) =>
  Array.from({ length: Math.ceil(items.length / AXE_GROUP_SIZE) }, (_, i) => ({
    title: `${label} of the sitemap, pages ${i * AXE_GROUP_SIZE + 1}–${Math.min(items.length, (i + 1) * AXE_GROUP_SIZE)}`,
    tag,
    paths: items.slice(i * AXE_GROUP_SIZE, (i + 1) * AXE_GROUP_SIZE),
  })),
);

test('the sitemap has pages for axe', () => {
  expect(sitemapPaths().length).toBeGreaterThan(0);
});

for (const { title, tag, paths } of axeGroups) {
  test(`axe, light and dark schemes: ${title}`, { tag }, async ({ page }) => {
    const violations: string[] = [];
    // Two axe runs a page, each seconds long on a busy machine.
    timeoutForPages(paths.length, 15_000);
    for (const path of paths) {
      await visit(page, path);
      violations.push(...(await axeBothSchemes(page, path)));
    }
    expect(violations, 'axe violations').toEqual([]);
  });
}

test('axe, light and dark schemes: search results for "storage"', async ({ page }) => {
  await visit(page, SEARCH_WITH_RESULTS);
  await expect(page.locator('#search-results li a').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('#search-status')).not.toHaveText(/^$|Searching/);
  expect(await axeBothSchemes(page, SEARCH_WITH_RESULTS), 'axe violations').toEqual([]);
});

// ---- keyboard ---------------------------------------------------------------

/** Presses Tab once from a fresh page and checks the skip link; returns problems. */
async function checkSkipLink(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: el.textContent.trim(),
      href: el.getAttribute('href'),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    };
  });
  if (!focused) return [`${path}: the first Tab focused nothing`];
  if (focused.tag !== 'a' || focused.text !== 'Skip to content' || focused.href !== '#main') {
    return [
      `${path}: the first Tab focused <${focused.tag} href=${focused.href}> "${focused.text}", not the "Skip to content" link to #main`,
    ];
  }
  const { box, viewport } = focused;
  const inside =
    box.width > 0 &&
    box.height > 0 &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= viewport.width &&
    box.y + box.height <= viewport.height;
  if (!inside || !focused.visible) {
    problems.push(
      `${path}: the focused skip link is not visible in the viewport (box ${JSON.stringify(box)}, viewport ${JSON.stringify(viewport)})`,
    );
  }
  await page.keyboard.press('Enter');
  const inMain = await page
    .waitForFunction(() => Boolean(document.activeElement?.closest('main')), null, { timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  if (!inMain) {
    const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing');
    problems.push(`${path}: Enter on the skip link left focus on ${active}, not in <main>`);
  }
  return problems;
}

for (const { label, tag, items: paths } of sitemapTiers) {
  test(
    `keyboard: on ${label} of the sitemap pages, the first Tab focuses a visible skip link, and Enter moves focus into main`,
    { tag },
    async ({ page }) => {
      const problems: string[] = [];
      timeoutForPages(paths.length);
      for (const path of paths) {
        await visit(page, path);
        problems.push(...(await checkSkipLink(page, path)));
      }
      expect(problems).toEqual([]);
    },
  );
}

interface Stop {
  description: string;
  /** Its position among the page's tabbable elements in DOM order, -1 if not among them. */
  index: number;
  followsPrevious: boolean;
  focusIndicator: boolean;
  style: string;
  isNext: boolean;
}

const articleTiers = byTier(
  sitemapArticlePaths(),
  articleSample.map((a) => a.url),
);

for (const { label, tag, items: articlePaths } of articleTiers) {
  test(
    `keyboard: Tab walks ${label} of the article pages in reading order, with a visible focus indicator, to the Next link`,
    { tag },
    async ({ page }) => {
      expect(articlePaths.length, 'article pages in the sitemap').toBeGreaterThan(0);
      timeoutForPages(articlePaths.length * 2);
      const problems: string[] = [];
      let pagesWithNext = 0;

      for (const path of articlePaths) {
        await visit(page, path);
        // The tabbable elements in DOM order, each tagged with its position.
        const tabbable = await page.evaluate(() => {
          const selector =
            'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [contenteditable=""], [contenteditable="true"], [tabindex]';
          const list = [...document.querySelectorAll<HTMLElement>(selector)].filter(
            (el) =>
              el.tabIndex >= 0 &&
              !(el as HTMLButtonElement).disabled &&
              !el.closest('[inert]') &&
              el.checkVisibility({ visibilityProperty: true }),
          );
          list.forEach((el, i) => ((el as unknown as { __tabIndexInDom: number }).__tabIndexInDom = i));
          return list.map(
            (el) => `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 40) || (el.getAttribute('href') ?? el.id)}`,
          );
        });
        const hasNext = (await page.locator('a[rel~="next"]').count()) > 0;
        if (hasNext) pagesWithNext++;

        // Record every focus stop in the page as it happens; then press Tab until focus leaves the page.
        await page.evaluate(() => {
          const log: Stop[] = [];
          const state = window as unknown as { __focusStops: Stop[] };
          state.__focusStops = log;
          let previous: Element | undefined;
          const transparent = (color: string) => /^(transparent|rgba\(.*,\s*0\))$/.test(color.replace(/\s+/g, ' ').trim());
          document.addEventListener(
            'focusin',
            (event) => {
              const el = event.target as HTMLElement;
              const followsPrevious = !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
              previous = el;
              const cs = getComputedStyle(el);
              const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor);
              const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
              const href = el.getAttribute('href');
              log.push({
                description: `<${el.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}> "${el.textContent.trim().slice(0, 40)}"`,
                index: (el as unknown as { __tabIndexInDom?: number }).__tabIndexInDom ?? -1,
                followsPrevious,
                focusIndicator: outline || shadow,
                style: `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}`,
                isNext: el.matches('a[rel~="next"]'),
              });
            },
            true,
          );
        });
        for (let step = 0; step < tabbable.length + 2; step++) await page.keyboard.press('Tab');
        const log = await page.evaluate(() => (window as unknown as { __focusStops: Stop[] }).__focusStops);
        // Past the last element focus leaves the page, and the next Tab starts again at the top.
        const stops: Stop[] = [];
        for (const stop of log) {
          if (stop.index !== -1 && stops.some((s) => s.index === stop.index)) break;
          stops.push(stop);
        }

        for (const stop of stops) {
          if (!stop.focusIndicator) problems.push(`${path}: ${stop.description} has no visible focus indicator (${stop.style})`);
          if (!stop.followsPrevious)
            problems.push(`${path}: ${stop.description} comes before the previously focused element in the document`);
        }
        const order = stops.map((s) => s.index);
        const expected = tabbable.map((_, i) => i);
        if (JSON.stringify(order) !== JSON.stringify(expected)) {
          const reached = new Set(order);
          const skipped = tabbable.filter((_, i) => !reached.has(i));
          problems.push(
            `${path}: Tab reached ${stops.length} of ${tabbable.length} tabbable elements, in order ${JSON.stringify(order)}` +
              (skipped.length ? `; never reached: ${skipped.join(', ')}` : ''),
          );
        }
        if (hasNext && !stops.some((s) => s.isNext)) problems.push(`${path}: Tab never reached the Next link (a[rel=next])`);
      }

      expect(pagesWithNext, 'article pages with a Next link').toBeGreaterThan(0);
      expect(problems).toEqual([]);
    },
  );
}

// ---- reduced motion ---------------------------------------------------------

for (const { label, tag, items: paths } of sitemapTiers) {
  test(
    `prefers-reduced-motion: no smooth scrolling, animation or transition on ${label} of the sitemap pages`,
    { tag },
    async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems: string[] = [];
      timeoutForPages(paths.length);
      for (const path of paths) {
        await visit(page, path);
        const found = await page.evaluate(() => {
          const seconds = (list: string) =>
            Math.max(0, ...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d) || 0)));
          const moving = new Map<string, number>();
          for (const el of document.querySelectorAll('*')) {
            for (const pseudo of [null, '::before', '::after'] as const) {
              const cs = getComputedStyle(el, pseudo);
              const animation = cs.animationName !== 'none' ? seconds(cs.animationDuration) : 0;
              const transition = cs.transitionProperty !== 'none' ? seconds(cs.transitionDuration) : 0;
              if (animation > 0.01 || transition > 0.01) {
                const what = `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>${pseudo ?? ''}: animation ${animation}s, transition ${transition}s`;
                moving.set(what, (moving.get(what) ?? 0) + 1);
              }
            }
          }
          return {
            scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
            animations: document
              .getAnimations()
              .map(
                (a) =>
                  `${a.constructor.name} ${a instanceof CSSAnimation ? a.animationName : a instanceof CSSTransition ? a.transitionProperty : ''} (${a.playState})`,
              ),
            moving: [...moving].map(([what, count]) => (count > 1 ? `${count} × ${what}` : what)),
          };
        });
        if (found.scrollBehavior !== 'auto') problems.push(`${path}: html scroll-behavior is ${found.scrollBehavior}`);
        problems.push(...found.animations.map((a) => `${path}: running animation ${a}`));
        problems.push(...found.moving.map((m) => `${path}: ${m}`));
      }
      expect(problems).toEqual([]);
    },
  );
}

// ---- the 404 page -----------------------------------------------------------

test.describe('the 404 page', () => {
  // Chromium logs the page's own 404 response as a console error; only that one is allowed.
  test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE_LINE] });

  test("answers 404 with the site's not-found page: axe in both colour schemes, the skip link, the way back", async ({ page }) => {
    await visit(page, NOT_FOUND_PATH, 404);
    expect(await axeBothSchemes(page, NOT_FOUND_PATH), 'axe violations').toEqual([]);
    await visit(page, NOT_FOUND_PATH, 404);
    expect(await checkSkipLink(page, NOT_FOUND_PATH)).toEqual([]);
    // The way back: the page says what happened and links home and to search.
    await expect(page.locator('h1')).toContainText(/not found/i);
    const main = page.locator('main');
    await expect(main.locator('a[href="/"]').first()).toBeVisible();
    await expect(main.locator('a[href="/search/"]').first()).toBeVisible();
  });
});
