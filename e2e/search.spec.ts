/**
 * Search in the browser: the header's dialog (opening, the combobox keys,
 * spelling correction, filters), the search page (results on load, the address
 * while typing, Back), highlighted words on the article, the 404 page's
 * suggestions, and the plain forms without JavaScript.
 */
import { SEARCH_PATH } from '#lib/links/routes.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articleBySlug, articles } from '../test/support/content';
import { DIALOG, HEADER_INPUT, openDialog } from '../test/support/search-dialog';
import { WCAG_TAGS } from '../test/support/site-constants';
import { defined } from '#lib/defined.ts';
import { expect, test } from './fixtures';

const PAGE_RESULTS = '#search-results > li';
const PAGE_RESULT_LINKS = '#search-results > li > h2 > a';
const STORAGE_ARTICLE = /^\/fixes\/check-icloud-storage\/(\?|#|$)/;
const FREE_UP_PATH = '/fixes/free-up-icloud-storage/';
const FREE_UP_ARTICLE = /^\/fixes\/free-up-icloud-storage\/(\?|#|$)/;

/** Collects Content-Security-Policy violations of the page (search builds DOM, loads Pagefind and WebAssembly). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    addEventListener('securitypolicyviolation', (e) => log.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Types into the open dialog and waits for the finished results of exactly that text. */
async function searchInDialog(page: Page, text: string): Promise<void> {
  await page.locator(DIALOG.input).fill(text);
  await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', text, { timeout: 15_000 });
}

/** The path (and query) of each result link. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Waits until one of the first `top` results links to a matching URL. */
async function expectAmongTop(page: Page, selector: string, url: RegExp, top = 3): Promise<void> {
  await expect.poll(async () => (await hrefs(page, selector)).slice(0, top).some((href) => url.test(href)), { timeout: 10_000 }).toBe(true);
}

/** Waits for the search page's finished results for exactly this text. */
async function pageResultsFor(page: Page, text: string): Promise<void> {
  await expect(page.locator('#search-results[data-state="done"]')).toHaveAttribute('data-query', text, { timeout: 10_000 });
}

test.describe('the search dialog', () => {
  test('Ctrl+K opens it from an article; Escape closes it and focus returns to where it was', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/fixes/quick-checks/');
    const link = page.locator('main a').first();
    await link.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the fixes' });
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole('combobox', { name: 'Search the fixes' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    expect(await violations()).toEqual([]);
  });

  test('typing in the header box opens it with the typed words; Escape gives focus back to the box', async ({ page }) => {
    await page.goto('/');
    const box = page.locator(HEADER_INPUT);
    await box.focus();
    // Slowly, so that some keys land in the box and the rest in the dialog (a space among them).
    await page.keyboard.type('icloud storage', { delay: 40 });
    await expect(page.locator(DIALOG.input)).toBeFocused({ timeout: 10_000 });
    await expect(page.locator(DIALOG.input)).toHaveValue('icloud storage');
    await expectAmongTop(page, DIALOG.pageOption, STORAGE_ARTICLE);
    await page.keyboard.press('Escape');
    await expect(page.locator(DIALOG.dialog)).toBeHidden();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('icloud storage');
  });

  test('keys typed right after Ctrl+K, before the dialog is there, are not lost', async ({ page }) => {
    await page.goto('/fixes/update-ios/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('restart iphone');
    await expect(page.locator(DIALOG.input)).toHaveValue('restart iphone', { timeout: 10_000 });
    await expect(page.locator(DIALOG.input)).toBeFocused();
    await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', 'restart iphone');
  });

  test('combobox: arrow keys move aria-activedescendant, Enter opens the active result', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/');
    await openDialog(page);
    const input = page.getByRole('combobox');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await searchInDialog(page, 'storage');
    const listbox = page.getByRole('listbox');
    await expect(input).toHaveAttribute('aria-controls', defined(await listbox.getAttribute('id'), 'the listbox id'));
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    await expect(input).not.toHaveAttribute('aria-activedescendant');

    await page.keyboard.press('ArrowDown');
    const first = options.nth(0);
    await expect(input).toHaveAttribute('aria-activedescendant', defined(await first.getAttribute('id'), 'the first option id'));
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    await expect(input).toHaveAttribute('aria-activedescendant', defined(await second.getAttribute('id'), 'the second option id'));
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveAttribute('aria-activedescendant', defined(await first.getAttribute('id'), 'the first option id'));
    await expect(input).toBeFocused();

    const href = defined(await first.getAttribute('href'), 'the first result link');
    expect(href).toMatch(/\?highlight=storage(#|$)/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
    expect(await violations()).toEqual([]);
  });

  test('one dialog, three queries: results with the title, ID, marked excerpt and sections; "Did you mean"; the filters narrow them', async ({
    page,
  }) => {
    test.setTimeout(60_000); // three searches and a filter in one page visit, on a machine that may be busy
    await page.goto('/');
    await openDialog(page);

    await test.step('results show the title, the ID, the excerpt with marked words, and sections', async () => {
      await searchInDialog(page, 'delete backups');
      await expectAmongTop(page, DIALOG.pageOption, FREE_UP_ARTICLE);
      const top = page.locator(`${DIALOG.pageOption}[href^="${FREE_UP_PATH}"]`);
      await expect(top.locator('.search-option-title')).toHaveText(articleBySlug('free-up-icloud-storage').title);
      await expect(top.locator('.search-kbid')).toHaveText(/^icb-\d+$/);
      // "backups" is searched as "back", which Pagefind's stemmer matches in "backed" too.
      await expect(top.locator('mark').first()).toHaveText(/delete|back/i);
      const section = page.locator(`#search-dialog-results [data-kind="section"][href^="${FREE_UP_PATH}"]`).first();
      await expect(section).toHaveAttribute('href', /^\/fixes\/free-up-icloud-storage\/\?highlight=delete&highlight=backups#[\w-]+$/);
    });

    await test.step('a misspelt query says "Did you mean", shows the correction\'s results, and offers the words as typed', async () => {
      await searchInDialog(page, 'storge');
      const correction = page.locator(`${DIALOG.dialog} .search-correction`);
      await expect(correction).toContainText('Did you mean storage?');
      await expect(correction).toContainText('Showing results for “storage”');
      await expectAmongTop(page, DIALOG.pageOption, STORAGE_ARTICLE);
      await expect(page.locator(`${DIALOG.dialog} [role="status"]`)).toContainText('for “storage”');

      await correction.getByRole('link', { name: 'Search for “storge” instead' }).click();
      await expect(page.locator(`${DIALOG.dialog} [role="status"]`)).toHaveText(/^No results for “storge”/);
      await expect(page.locator(DIALOG.input)).toHaveValue('storge');
    });

    await test.step('the filters in the dialog narrow the results', async () => {
      await searchInDialog(page, 'backup');
      const all = await hrefs(page, DIALOG.pageOption);
      await page.locator(DIALOG.dialog).getByText('Filter by topic or risk').click();
      await page.locator(DIALOG.dialog).getByRole('checkbox', { name: 'Data at risk' }).check();
      await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toBeAttached();
      await expect.poll(async () => (await hrefs(page, DIALOG.pageOption)).length).toBeLessThan(all.length);
      // Only articles have a risk; every result left is an article that can delete data.
      for (const href of await hrefs(page, DIALOG.pageOption)) {
        expect(articleBySlug(href.split('/')[2] ?? '').risk, href).toBe('data');
      }
    });
  });

  test('axe finds no violation in the open dialog with results, in the light and the dark scheme', async ({ page }) => {
    test.setTimeout(30_000 + 2 * 30_000); // a search and two axe runs, on a machine that may be busy
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/fixes/quick-checks/');
    await openDialog(page);
    await searchInDialog(page, 'storge');
    await page.keyboard.press('ArrowDown');
    await page.locator(DIALOG.dialog).getByText('Filter by topic or risk').click();
    await expect(page.locator(`${DIALOG.dialog} input[type="checkbox"]`).first()).toBeVisible();
    // The same open dialog in each scheme: the colours are CSS of the scheme, the rest is the same page.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${scheme}: ${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('the search page', () => {
  test('searching from the form shows results; a click in the header box opens the dialog', async ({ page }) => {
    await page.goto(SEARCH_PATH);
    // The search page's own form (the site header has another).
    const form = page.locator('main form[role="search"]');
    const input = form.locator('input[name="q"]');
    await expect(input).toHaveAttribute('type', 'search');
    await input.fill('storage');
    await input.press('Enter');
    await expectAmongTop(page, PAGE_RESULT_LINKS, STORAGE_ARTICLE);
    await expect(page).toHaveURL(/\/search\/\?q=storage$/);

    // On the search page too, a click in the header box opens the dialog.
    await page.locator(HEADER_INPUT).click();
    await expect(page.getByRole('dialog', { name: 'Search the fixes' })).toBeVisible({ timeout: 10_000 });
    await expect(page.locator(DIALOG.input)).toBeFocused();
  });

  test('typing updates the address at once; Back and Forward step through finished searches', async ({ page }) => {
    await page.goto('/search/?q=storage');
    await pageResultsFor(page, 'storage');
    const input = page.locator('#search-input');
    // One input event: key by key, a busy machine can stretch a keystroke past a finished search,
    // which rightly starts a new entry (the history-policy unit tests cover typing key by key).
    await input.fill('reset all');
    // Replaced while typing: copyable before the search is finished.
    await expect(page).toHaveURL(/\/search\/\?q=reset\+all$/, { timeout: 900 });
    await pageResultsFor(page, 'reset all');
    await expectAmongTop(page, PAGE_RESULT_LINKS, /^\/fixes\/reset-all-settings\//);
    // A pause finishes the search; the next words start a new history entry.
    await page.waitForTimeout(1_300);
    await input.fill('apple id');
    await expect(page).toHaveURL(/\?q=apple\+id$/);
    await input.press('Enter');
    await pageResultsFor(page, 'apple id');

    await page.goBack();
    await expect(page).toHaveURL(/\?q=reset\+all$/);
    await expect(input).toHaveValue('reset all');
    await pageResultsFor(page, 'reset all');
    await expectAmongTop(page, PAGE_RESULT_LINKS, /^\/fixes\/reset-all-settings\//);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=storage$/);
    await expect(input).toHaveValue('storage');
    await pageResultsFor(page, 'storage');
    await page.goForward();
    await expect(input).toHaveValue('reset all');
    await pageResultsFor(page, 'reset all');
  });

  test('filters narrow the results and are part of the address', async ({ page }) => {
    await page.goto('/search/?q=backup');
    await pageResultsFor(page, 'backup');
    const all = await hrefs(page, PAGE_RESULT_LINKS);
    // Without the filter, the results include pages without "No risk": alerts, and risky fixes.
    expect(all.some((href) => !href.startsWith('/fixes/') || articleBySlug(href.split('/')[2] ?? '').risk !== 'none')).toBe(true);
    // Folded until asked for; a shared address with a filter opens them (below).
    await expect(page.getByRole('checkbox', { name: 'No risk' })).toBeHidden();
    await page.locator('main').getByText('Filter by topic or risk').click();
    await page.getByRole('group', { name: 'Risk' }).getByRole('checkbox', { name: 'No risk' }).check();
    await expect(page).toHaveURL(/\?q=backup&risk=No\+risk$/);
    await expect.poll(async () => (await hrefs(page, PAGE_RESULT_LINKS)).join(' ')).not.toBe(all.join(' '));
    const filtered = await hrefs(page, PAGE_RESULT_LINKS);
    expect(filtered.length).toBeGreaterThan(0);
    // Only articles have a risk; every result left is an article without risk.
    for (const href of filtered) expect(articleBySlug(href.split('/')[2] ?? '').risk, href).toBe('none');

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'No risk' })).toBeChecked();
    await expect.poll(async () => (await hrefs(page, PAGE_RESULT_LINKS)).length).toBe(filtered.length);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=backup$/);
    await expect(page.getByRole('checkbox', { name: 'No risk' })).not.toBeChecked();
  });

  test('excerpts show the words on screen: no hidden words of a Settings path, no title twice, no "Also known as" fragment', async ({
    page,
  }) => {
    const excerpts = async (query: string) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await pageResultsFor(page, query);
      // The first results load their excerpts at once.
      await expect(page.locator(`${PAGE_RESULTS} > .search-excerpt`).first()).not.toBeEmpty();
      return page.locator(PAGE_RESULTS).evaluateAll((items) =>
        items.slice(0, 3).map((item) => ({
          title: item.querySelector('h2 > a')?.textContent.trim() ?? '',
          texts: [...item.querySelectorAll('.search-excerpt')].map((p) => p.textContent),
        })),
      );
    };
    const queries = ['software update', 'iphone backup failed', 'icloud storage full', 'last backup date'];
    test.setTimeout(30_000 + queries.length * 8_000); // a page load and a search each, on a machine that may be busy
    for (const query of queries) {
      for (const { title, texts } of await excerpts(query)) {
        for (const text of texts) {
          expect(text, `${query}: ${title}`).not.toMatch(/›|\bthen (General|your name|iCloud)|\. \.|^as: /);
          expect(text.startsWith(title), `${query}: “${text}” starts with its title`).toBe(false);
        }
      }
    }
  });

  test('?q=storage shows results on load, each with its kind; a result link carries ?highlight=, and the article marks the searched words', async ({
    page,
  }) => {
    await page.goto('/search/?q=storage');
    await pageResultsFor(page, 'storage');
    await expectAmongTop(page, PAGE_RESULT_LINKS, STORAGE_ARTICLE);
    await expect(page.locator('#search-input')).toHaveValue('storage');
    await expect(page.locator('#search-status')).toContainText(/\d+ results? for “storage”/);
    const result = page.locator(PAGE_RESULTS).filter({ has: page.locator('h2 > a[href^="/fixes/check-icloud-storage/"]') });
    // The search page shows each result's kind too (the dialog's kinds: e2e/search-readers.spec.ts).
    await expect(result.locator('h2 .search-kind')).toHaveText('Fix');
    const link = page.locator(`${PAGE_RESULT_LINKS}[href^="/fixes/check-icloud-storage/"]`);
    await expect(link).toHaveAttribute('href', '/fixes/check-icloud-storage/?highlight=storage');
    await expect(result.locator('.search-excerpt mark').first()).toHaveText(/storage/i);
    await link.click();
    await expect(page).toHaveURL(/\/fixes\/check-icloud-storage\/\?highlight=storage$/);
    await expect(page.locator('article mark').first()).toHaveText(/^storage$/i, { timeout: 10_000 });
  });
});

/** Chromium logs the 404 response of the page itself as a console error. */
const MISSING_PAGE_ERROR = / on \S+\/(fixes\/icloud-storge|kb\/icb-999)\/: Failed to load resource: .*\b404\b/;

test.describe('the 404 page', () => {
  test.use({ allowedConsoleErrors: [MISSING_PAGE_ERROR] });

  test('suggests the article the mistyped address meant', async ({ page }) => {
    const response = await page.goto('/fixes/icloud-storge/');
    expect(response?.status()).toBe(404);
    const box = page.getByRole('region', { name: /Were you looking for/ });
    await expect(box).toBeVisible({ timeout: 10_000 });
    await expect(box).toContainText('“icloud storage”');
    await expect(box.getByRole('link').first()).toHaveAttribute('href', STORAGE_ARTICLE);
    await expect(box.getByRole('link').first()).toHaveAttribute('href', /\?highlight=icloud&highlight=storage$/);
  });

  test('an ID no article has: says so first, then lists every article by its ID, and searches nothing', async ({ page }) => {
    const response = await page.goto('/kb/icb-999/');
    expect(response?.status()).toBe(404);
    // What the page shows, in order, after its heading.
    const shown = page.locator('main > h1 ~ :visible');
    await expect(shown.first()).toHaveText(/^No article has the ID icb-999\./);
    const index = shown.nth(1);
    await expect(index).toHaveAttribute('data-kb-index');
    // Every article once, read in one step (a round trip per link is slow on a busy machine).
    await expect(index.locator('a[data-kb-id]')).toHaveCount(articles.length);
    const links = await index
      .locator('a[data-kb-id]')
      .evaluateAll((as) =>
        as.map((a) => [a.getAttribute('data-kb-id'), a.getAttribute('href'), a.textContent.replace(/\s+/g, ' ').trim()]),
      );
    const byId = new Map(links.map(([id, href, text]) => [id, [href, text]]));
    for (const article of articles) {
      expect(byId.get(article.kbId), article.kbId).toEqual([article.url, `${article.kbId.toUpperCase()} ${article.title}`]);
    }
    // The search for the address's words ("icb 999") is gone, not just not yet shown.
    await expect(page.locator('[data-not-found-suggestions]')).toHaveCount(0);
    await expect(page.getByText(/Pages that match/)).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box is a form that searches on the search page, which lists every fix', async ({ page }) => {
    await page.goto('/fixes/quick-checks/');
    await page.locator(HEADER_INPUT).fill('not enough storage');
    await page.locator(HEADER_INPUT).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=not\+enough\+storage$/);
    await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();
    await expect(page.locator('main section li a')).toHaveCount(articles.length);
  });

  test.describe('the 404 page', () => {
    test.use({ allowedConsoleErrors: [MISSING_PAGE_ERROR] });

    test('keeps its fixed links and shows no empty suggestions', async ({ page }) => {
      await page.goto('/fixes/icloud-storge/');
      await expect(page.locator('[data-not-found-suggestions]')).toBeHidden();
      await expect(page.locator('main a[href="/search/"]')).toBeVisible();
    });
  });
});
