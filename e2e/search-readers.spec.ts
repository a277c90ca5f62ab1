/**
 * Search as readers use it: their own words (questions, filler, contractions,
 * words that never appear together), the kind of each result, and a dialog
 * that opens at once, before any search file has arrived.
 */
import { ALERTS_PATH, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import type { Page } from '@playwright/test';
import { readDist } from '../test/support/dist';
import { DIALOG, HEADER_INPUT, openDialog } from '../test/support/search-dialog';
import { expect, test } from './fixtures';

/** Types into the open dialog and waits for the finished results of exactly that text. */
async function searchInDialog(page: Page, text: string): Promise<void> {
  await page.locator(DIALOG.input).fill(text);
  await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', text.replace(/\s+/g, ' ').trim(), {
    timeout: 15_000,
  });
}

/** The site's own words (the speller's vocabulary, most used first): no filler, three letters or more. */
const siteWords = (JSON.parse(readDist('search-vocabulary.json')) as string[]).filter((word) => /^[a-z]{3,}$/.test(word));

/**
 * 20 queries of words the site uses, picked across the vocabulary (common and
 * rare words together, so every-word search often finds nothing), some asked
 * the way readers ask.
 */
const SITE_WORD_QUERIES = Array.from({ length: 20 }, (_, i) => {
  const pick = (step: number, offset: number) => siteWords[(i * step + offset) % siteWords.length] ?? '';
  const words = [pick(37, 3), pick(101, 17), pick(211, 59)];
  return i % 2 === 0 ? words.join(' ') : `why does my ${words[0]} keep saying ${words[1]} during ${words[2]}`;
});

test.describe('readers’ own words', () => {
  test(`none of ${SITE_WORD_QUERIES.length} queries of the site’s own words shows “No results”`, async ({ page }) => {
    expect(siteWords.length, 'words in dist/search-vocabulary.json').toBeGreaterThan(100);
    test.setTimeout(30_000 + SITE_WORD_QUERIES.length * 2_000);
    await page.goto('/');
    await openDialog(page);
    const empty: string[] = [];
    for (const query of SITE_WORD_QUERIES) {
      await searchInDialog(page, query);
      const found = await page.locator(DIALOG.pageOption).count();
      const status = (await page.locator(`${DIALOG.dialog} [role="status"]`).textContent()) ?? '';
      if (found === 0 || status.includes('No results')) empty.push(`${JSON.stringify(query)}: ${status}`);
    }
    expect(empty).toEqual([]);
  });

  test('one dialog, readers’ words: words never together, contractions, no word the site knows, and each result’s kind', async ({
    page,
  }) => {
    test.setTimeout(60_000); // six searches in one page visit, on a machine that may be busy
    await page.goto('/');
    await openDialog(page);

    await test.step('words that never occur together: results for some of them, and the dialog says so', async () => {
      await searchInDialog(page, 'battery low during backup');
      await expect(page.locator(DIALOG.pageOption).first()).toHaveAttribute('href', /^\/fixes\/quick-checks\//);
      await expect(page.locator(`${DIALOG.dialog} .search-correction`)).toHaveText('Showing results for some of your words.');
      await expect(page.locator(`${DIALOG.dialog} [data-search-way-forward]`)).toBeHidden();
    });

    await test.step('contractions find the same with or without the apostrophe', async () => {
      const results = async (query: string) => {
        await searchInDialog(page, query);
        // The pages, without ?highlight= (which marks the words as typed).
        return page
          .locator(DIALOG.pageOption)
          .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/[?#].*$/, '')));
      };
      const withApostrophe = await results("why won't my iphone back up to icloud");
      expect(withApostrophe.length).toBeGreaterThan(0);
      expect(await results('why wont my iphone back up to icloud')).toEqual(withApostrophe);
      expect(await results('why won’t my iphone backup to icloud')).toEqual(withApostrophe);
    });

    await test.step('no word the site knows: no results, and the troubleshooter and the alerts as the way forward', async () => {
      await searchInDialog(page, 'zzqx vvbn');
      await expect(page.locator(`${DIALOG.dialog} [role="status"]`)).toHaveText(/^No results for “zzqx vvbn”/);
      const wayForward = page.locator(`${DIALOG.dialog} [data-search-way-forward]`);
      await expect(wayForward).toBeVisible();
      await expect(wayForward.getByRole('link', { name: 'Answer a few questions' })).toHaveAttribute('href', TROUBLESHOOT_PATH);
      await expect(wayForward.getByRole('link', { name: 'look up the alert' })).toHaveAttribute('href', ALERTS_PATH);
    });

    await test.step('each result shows its kind: Fix, Alert, Guided questions (the search page’s: e2e/search.spec.ts)', async () => {
      await searchInDialog(page, 'storage');
      const option = (prefix: string) => page.locator(`${DIALOG.pageOption}[href^="${prefix}"]`).first();
      await expect(option('/fixes/check-icloud-storage/').locator('.search-kind')).toHaveText('Fix');
      await expect(option('/errors/not-enough-icloud-storage/').locator('.search-kind')).toHaveText('Alert');
      // The kind is part of the option's name for a screen reader.
      await expect(option('/fixes/check-icloud-storage/')).toHaveAccessibleName(/^Fix Check your iCloud storage/);

      await searchInDialog(page, "why won't my iphone back up to icloud");
      await expect(option(TROUBLESHOOT_PATH).locator('.search-kind')).toHaveText('Guided questions');
    });
  });
});

/** Questions that name no cause: the troubleshooter's start holds the causes and the way in. */
const GENERIC_QUESTIONS = ["why won't my iphone back up", 'iphone wont backup', 'backup'];
/** Queries that name a cause or an alert: the page for it comes first, not the guided questions. */
const SPECIFIC_QUERIES = ['not enough storage', 'icloud storage full', 'backup failed', 'last backup could not be completed'];

/** The search page's first three results for a query, as "title <path>" lines (printed, so a run shows them). */
async function topThreeOnSearchPage(page: Page, query: string): Promise<{ path: string; line: string }[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`); // as the search forms send it
  await expect(page.locator('#search-results[data-state="done"]')).toHaveAttribute('data-query', query, { timeout: 15_000 });
  const links = await page
    .locator('#search-results > li > h2 > a')
    .evaluateAll((as) => as.slice(0, 3).map((a) => [a.textContent, a.getAttribute('href') ?? ''] as const));
  const top = links.map(([title, href]) => ({
    path: href.replace(/[?#].*$/, ''),
    line: `${title.trim()} <${href.replace(/[?#].*$/, '')}>`,
  }));
  console.log(`top three for “${query}”:\n  ${top.map((hit) => hit.line).join('\n  ')}`);
  return top;
}

test.describe('generic and specific questions', () => {
  test('on the search page, a question that names no cause puts the guided questions first; a query that names a cause or an alert does not', async ({
    page,
  }) => {
    test.setTimeout(30_000 + (GENERIC_QUESTIONS.length + SPECIFIC_QUERIES.length) * 3_000); // a page load each
    for (const query of GENERIC_QUESTIONS) {
      const top = await topThreeOnSearchPage(page, query);
      expect.soft(top[0]?.path, query).toBe(TROUBLESHOOT_PATH);
    }
    for (const query of SPECIFIC_QUERIES) {
      const top = await topThreeOnSearchPage(page, query);
      expect(top[0]?.path, query).toBeDefined();
      expect.soft(top[0]?.path, query).not.toBe(TROUBLESHOOT_PATH);
      if (query === 'not enough storage') {
        // The address the search forms send (?q=not+enough+storage): results on load, the storage fix among the first three.
        expect(top.map((hit) => hit.path)).toContain('/fixes/check-icloud-storage/');
        await expect(page.locator('#search-input')).toHaveValue('not enough storage');
        await expect(page.locator('#search-status')).toContainText(/\d+ results? for “not enough storage”/);
      }
    }
  });
});

test.describe('the dialog opens before any search file arrives', () => {
  /** Holds back every request for Pagefind's files and the search code: none of them arrives during the test. */
  async function holdSearchFiles(page: Page): Promise<string[]> {
    const held: string[] = [];
    await page.route(
      (url) =>
        url.pathname.startsWith('/pagefind/') ||
        url.pathname.startsWith('/search-') ||
        /\/_astro\/SearchDialog\.[^/]*\.js$/.test(url.pathname),
      (route) => {
        held.push(new URL(route.request().url()).pathname);
        // Never answered: the test ends first.
      },
    );
    return held;
  }

  test('a click and typing: the dialog, the caret in its input, and the typed text', async ({ page }) => {
    await page.goto('/fixes/quick-checks/');
    const held = await holdSearchFiles(page);
    await page.locator(HEADER_INPUT).click();
    await expect(page.locator(DIALOG.dialog)).toBeVisible();
    await expect(page.locator(DIALOG.input)).toBeFocused();
    await page.keyboard.type('not enough storage');
    await expect(page.locator(DIALOG.input)).toHaveValue('not enough storage');
    // The search code and Pagefind were asked for, and are still on their way.
    expect(held.some((path) => path.startsWith('/_astro/SearchDialog'))).toBe(true);
    expect(held.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    await expect(page.locator(`${DIALOG.listbox} [role="option"]`)).toHaveCount(0);
  });

  test('Ctrl+K, then typing at once: the dialog and every key', async ({ page }) => {
    await page.goto('/fixes/update-ios/');
    const held = await holdSearchFiles(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('restart iphone');
    await expect(page.locator(DIALOG.dialog)).toBeVisible();
    await expect(page.locator(DIALOG.input)).toBeFocused();
    await expect(page.locator(DIALOG.input)).toHaveValue('restart iphone');
    expect(held.some((path) => path.startsWith('/_astro/SearchDialog'))).toBe(true);
  });

  test('the words typed before the search code arrived are searched when it does', async ({ page }) => {
    await page.goto('/');
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/SearchDialog\.[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.locator(HEADER_INPUT).click();
    await page.keyboard.type('restart iphone');
    await expect(page.locator(DIALOG.input)).toHaveValue('restart iphone');
    release();
    await expect(page.locator(`${DIALOG.listbox}[data-state="done"]`)).toHaveAttribute('data-query', 'restart iphone', { timeout: 15_000 });
    await expect(page.locator(DIALOG.pageOption).first()).toHaveAttribute('href', /^\/fixes\/quick-checks\//);
  });
});
