/**
 * The page sweep: every page of the sitemap, the search page with results and
 * the 404 page, visited once per setting, each visit running every check that
 * belongs to that setting (test/support/page-checks.ts holds them):
 *
 * - JavaScript on, one visit, on the host that sends dist/_headers
 *   (test/support/hosts.ts): at 1366×768, reduced motion, axe (every WCAG
 *   A/AA rule in light, the colour rules in dark), no CSP violation and no
 *   request to another origin under the header and the meta policy, the skip
 *   link, the help-desk toolbar without scrolling, the 404 page's way back, tap
 *   paths in forced colours and print; resized to a 390×844 touch phone, 44×44
 *   px touch targets, the home page's ways to start and each article's step 1
 *   on the first screen; resized to 320×640, no sideways scroll (WCAG 1.4.10)
 *   and the home page's ways to start on the first screen;
 * - 320×640, JavaScript off: no sideways scroll.
 *
 * One test per page and setting; a failure names the page and the check. The
 * gate tier runs the pages each setting's checks need covered
 * (test/support/sweep-pages.ts): the skip link and the visit without
 * JavaScript on one page a route, axe on its samples, and the articles it
 * adds for the help-desk toolbar and step 1 get those checks alone. The full
 * tier (@full) runs the rest, and the axe runs the gate leaves out. Every page logs no console error (./fixtures).
 * Then the keyboard: Tab through an article, one in the gate, the others @full.
 */
import type { Page } from '@playwright/test';
import { articleSample, articles } from '../test/support/content';
import { readDist, sitemapArticlePaths } from '../test/support/dist';
import { FIRST_THING, PHONE_WINDOWS, screensDown } from '../test/support/first-screen';
import { headersFor, parseHeadersFile } from '#lib/static-host/headers-file.ts';
import {
  axeViolations,
  reducedMotionProblems,
  securityProblems,
  sidewaysScrollProblems,
  skipLinkProblems,
  smallTouchTargets,
  tabWalkProblems,
  watch,
} from '../test/support/page-checks';
import { NOT_FOUND_CONSOLE_LINE, NOT_FOUND_PATH } from '../test/support/site-constants';
import {
  axeSample,
  darkAxeSample,
  gateSample,
  routeSample,
  SEARCH_WITH_RESULTS,
  sweepPages,
  tabWalkArticle,
} from '../test/support/sweep-pages';
import { FULL_TAG, tagsFor } from '../test/support/tiers';
import { LANGUAGE_CODES, languageOfPath, localizePath } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { expect, test } from './fixtures';

// The articles in every language: /fixes/…/ and /fr/fixes/…/.
const articleUrls = new Set(articles.flatMap((a) => LANGUAGE_CODES.map((lang) => localizePath(a.url, lang))));
const articleSampleUrls = articleSample.map((a) => a.url);
const headerRules = parseHeadersFile(readDist('_headers')).rules;
const [PHONE, NARROW] = PHONE_WINDOWS;

/** Problems found in one visit, each line naming the page and the check. */
class Findings {
  readonly lines: string[] = [];
  constructor(private readonly path: string) {}
  add(check: string, problems: readonly string[]): void {
    this.lines.push(...problems.map((problem) => `${this.path} [${check}]: ${problem}`));
  }
}

function originOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('no baseURL: playwright.config.ts sets use.baseURL');
  return new URL(baseURL).origin;
}

/** Loads a page: 200, or 404 for the not-found page; on the search page, waits until the results are drawn and Pagefind is done. */
async function visit(page: Page, path: string, scripts = true): Promise<Record<string, string>> {
  const response = await page.goto(path);
  expect(response?.status(), `${path}: the response status`).toBe(path === NOT_FOUND_PATH ? 404 : 200);
  if (path === SEARCH_WITH_RESULTS && scripts) {
    await expect(page.locator('#search-results li a').first(), `${path}: search results`).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('#search-status'), `${path}: the search status`).not.toHaveText(/^$|Searching/);
    await page.waitForLoadState('networkidle');
  }
  return response?.headers() ?? {};
}

/** The home page's ways to start (the troubleshooter button, the search box) end on the first screen; the button is a full touch target. */
async function homeFirstScreenProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const selector of [FIRST_THING.homeStart, FIRST_THING.homeSearch]) {
    const place = await screensDown(page, selector);
    if (!place) problems.push(`${selector} is not on the page`);
    else if (place.bottom > 1) problems.push(`${selector} ends ${place.bottom.toFixed(2)} screens down, not on the first screen`);
  }
  const height = (await page.locator(FIRST_THING.homeStart).boundingBox())?.height ?? 0;
  if (height < 44) problems.push(`the troubleshooter button is ${height} px high, not a full touch target`);
  return problems;
}

/**
 * An article's step 1 on a phone: there is one; the contents stay folded
 * after the scripts ran; and when the fix calls for no copy first and step
 * 1's section is the first after the folded lead, step 1 starts on the first
 * screen. (A risky fix says how to keep a copy first.) The order of the page's
 * parts is checked from the built HTML (test/dist/first-screen.test.ts).
 */
async function stepOneProblems(page: Page, path: string): Promise<string[]> {
  const article = articles.find((a) => a.url === path);
  if (!article) return [];
  const layout = await page.evaluate((stepSelector) => {
    const step = document.querySelector(stepSelector);
    const prose = document.querySelector('div.prose');
    const before = prose
      ? [...prose.children].filter((el) => step && el.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING)
      : [];
    return {
      tocOpen: document.querySelector('nav.toc details')?.hasAttribute('open') ?? false,
      sectionsBefore: before.filter((el) => el.matches('h2') && !el.closest('details')).length,
    };
  }, FIRST_THING.fix);
  const problems = layout.tocOpen ? ['the contents are unfolded'] : [];
  const place = await screensDown(page, FIRST_THING.fix);
  if (!place) return [...problems, 'the article has no step 1'];
  const needsNoCopy = article.risk === 'none' && !article.backupFirst;
  if (needsNoCopy && layout.sectionsBefore <= 1 && place.top >= 1) {
    problems.push(`step 1 starts ${place.top.toFixed(2)} screens down, not on the first screen`);
  }
  return problems;
}

/** Tap path chips stay visible in forced colours (a border; the glyph's tile in the text colour) and print without their background. */
async function tapPathColourProblems(page: Page): Promise<string[]> {
  const chip = page.locator('main .tap-step').first();
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await chip.evaluate((el) => {
    const cs = getComputedStyle(el);
    const rect = el.querySelector('svg rect');
    return {
      border: cs.borderTopStyle,
      width: parseFloat(cs.borderTopWidth),
      glyph: rect ? getComputedStyle(rect).fill : '',
      text: cs.color,
    };
  });
  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  const printed = await chip.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ media: 'screen' });
  return [
    ...(forced.border !== 'solid' || !(forced.width > 0)
      ? [`in forced colours a chip has border ${forced.border} ${forced.width} px`]
      : []),
    ...(forced.glyph !== forced.text ? [`in forced colours the glyph's tile is ${forced.glyph}, not the text colour ${forced.text}`] : []),
    ...(printed !== 'rgba(0, 0, 0, 0)' ? [`in print a chip has background ${printed}`] : []),
  ];
}

/** An article's help-desk toolbar: Copy as reply shows, and the toolbar ends on the first screen. */
async function articleProblems(page: Page, path: string, found: Findings): Promise<void> {
  if (!articleUrls.has(path)) return;
  const t = uiStrings(languageOfPath(path)).article;
  const toolbar = page.getByRole('group', { name: t.forHelpDesks });
  await expect
    .soft(toolbar.getByRole('button', { name: t.copyAsReply, exact: true }), `${path} [help-desk toolbar]: ${t.copyAsReply}`)
    .toBeVisible();
  const bottom = (await screensDown(page, '.article-tools'))?.bottom;
  if (bottom === undefined || bottom > 1)
    found.add('help-desk toolbar', [`ends ${bottom ?? '(missing)'} screens down, not on the first screen`]);
}

interface Setting {
  name: string;
  use: Parameters<typeof test.use>[0];
  /** The pages the gate runs in this setting: those its checks need covered. */
  gate: readonly string[];
  /** The test's time limit, where the default is too short for the setting's checks on a busy machine. */
  timeout?: number;
  run: (page: Page, path: string, visitOf: { origin: string; inGate: boolean; found: Findings }) => Promise<void>;
}

const SETTINGS: Setting[] = [
  {
    // One visit, from the widest window to the narrowest: the site has no pointer or hover media
    // query and no script that reads the window's width, so a resized page is laid out as a new one.
    name: `JavaScript on: 1366×768, then ${PHONE.width}×${PHONE.height} touch, then ${NARROW.width}×${NARROW.height}`,
    use: { viewport: { width: 1366, height: 768 }, hasTouch: true },
    // The sample, and the articles the help-desk toolbar and step 1 are checked on; axe on its own sample.
    gate: [...new Set([...gateSample, ...articleSampleUrls])],
    // Two axe runs, each seconds long on a busy machine.
    timeout: 150_000,
    run: async (page, path, { origin, inGate, found }) => {
      // An article the gate visits only for its help-desk toolbar and step 1 (articleSample) gets those checks alone.
      if (inGate && !gateSample.includes(path)) {
        await visit(page, path);
        await articleProblems(page, path, found);
        await page.setViewportSize(PHONE);
        found.add(`first screen at ${PHONE.width}×${PHONE.height}`, await stepOneProblems(page, path));
        return;
      }
      // Browsers enforce the header policy and the meta policy each on its own, so no violation under both means
      // none under the meta policy alone, as on a host without _headers. The search (worker, WebAssembly) must survive both.
      const seen = await watch(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const sent = await visit(page, path);
      found.add(
        'dist/_headers sent',
        [...headersFor(headerRules, new URL(path, origin).pathname).keys()]
          .filter((name) => !(name in sent))
          .map((name) => `${name} not sent`),
      );
      found.add('CSP and requests, header and meta policy', await securityProblems(page, seen, origin));
      if (path === SEARCH_WITH_RESULTS && !seen.requests.some((r) => r.url().includes('/pagefind/'))) {
        found.add('CSP and requests, header and meta policy', ['the search did not load Pagefind']);
      }
      found.add('reduced motion', await reducedMotionProblems(page));
      await page.emulateMedia({ reducedMotion: 'no-preference' });

      if (!inGate || axeSample.includes(path)) found.add('axe, light scheme', await axeViolations(page, 'light'));
      if (!inGate || darkAxeSample.includes(path)) found.add('axe, dark scheme', await axeViolations(page, 'dark'));
      await page.emulateMedia({ colorScheme: 'light' });

      await articleProblems(page, path, found);
      if (path === NOT_FOUND_PATH) {
        // The way back: the page says what happened and links home and to search.
        await expect.soft(page.locator('h1'), `${path} [way back]: the heading`).toContainText(/not found/i);
        await expect.soft(page.locator('main a[href="/"]').first(), `${path} [way back]: a link home`).toBeVisible();
        await expect.soft(page.locator('main a[href="/search/"]').first(), `${path} [way back]: a link to search`).toBeVisible();
      }
      if (!inGate || routeSample.includes(path)) found.add('skip link', await skipLinkProblems(page));
      if ((await page.locator('main .tap-step').count()) > 0) {
        const images = seen.requests.filter((r) => r.resourceType() === 'image' && !r.url().includes('favicon')).map((r) => r.url());
        found.add('tap paths', [...images.map((url) => `an image was loaded: ${url}`), ...(await tapPathColourProblems(page))]);
      }

      await page.setViewportSize(PHONE);
      found.add('touch targets', await smallTouchTargets(page));
      if (path === '/') found.add(`first screen at ${PHONE.width}×${PHONE.height}`, await homeFirstScreenProblems(page));
      found.add(`first screen at ${PHONE.width}×${PHONE.height}`, await stepOneProblems(page, path));

      await page.setViewportSize(NARROW);
      found.add(`reflow at ${NARROW.width} px`, await sidewaysScrollProblems(page));
      if (path === '/') found.add(`first screen at ${NARROW.width}×${NARROW.height}`, await homeFirstScreenProblems(page));
    },
  },
  {
    name: `${NARROW.width}×${NARROW.height}, JavaScript off`,
    use: { viewport: NARROW, javaScriptEnabled: false },
    // One page a route: without JavaScript a page differs only where its template's script would change it.
    gate: routeSample,
    run: async (page, path, { found }) => {
      await visit(page, path, false);
      found.add(`reflow at ${NARROW.width} px`, await sidewaysScrollProblems(page));
    },
  },
];

for (const path of sweepPages) {
  test.describe(path, () => {
    // Chromium logs the 404 page's own response as a console error; only that one is allowed.
    if (path === NOT_FOUND_PATH) test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE_LINE] });

    for (const setting of SETTINGS) {
      test.describe(setting.name, () => {
        test.use(setting.use);
        test('every check of the setting', tagsFor(path, setting.gate), async ({ page, baseURL }) => {
          if (setting.timeout) test.setTimeout(setting.timeout);
          const found = new Findings(path);
          await setting.run(page, path, { origin: originOf(baseURL), inGate: setting.gate.includes(path), found });
          expect(found.lines, `${path}, ${setting.name}: problems`).toEqual([]);
        });
      });
    }

    // The axe runs the gate's visit leaves out: the full tier runs them.
    const inGateVisit = (SETTINGS[0]?.gate ?? []).includes(path);
    const schemesLeft = (['light', 'dark'] as const).filter(
      (scheme) => inGateVisit && !(scheme === 'light' ? axeSample : darkAxeSample).includes(path),
    );
    if (schemesLeft.length > 0) {
      test(`axe, ${schemesLeft.join(' and ')} scheme`, { tag: [FULL_TAG] }, async ({ page }) => {
        test.setTimeout(150_000);
        const found = new Findings(path);
        await visit(page, path);
        for (const scheme of schemesLeft) found.add(`axe, ${scheme} scheme`, await axeViolations(page, scheme));
        expect(found.lines, `${path}: axe violations`).toEqual([]);
      });
    }
  });
}

test.describe('keyboard', () => {
  for (const path of sitemapArticlePaths()) {
    test(
      `${path}: Tab walks the page in reading order, with a visible focus indicator, to the Next link`,
      tagsFor(path, [tabWalkArticle]),
      async ({ page }) => {
        await visit(page, path);
        if (path === tabWalkArticle) expect(await page.locator('a[rel~="next"]').count(), `${path}: a Next link`).toBeGreaterThan(0);
        const found = new Findings(path);
        found.add('Tab walk', await tabWalkProblems(page));
        expect(found.lines).toEqual([]);
      },
    );
  }
});
