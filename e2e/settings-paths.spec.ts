/**
 * Settings paths on the built site: every bold "Settings > …" of the content
 * drawn as a tap path (an ordered list of chips, the first with the Settings
 * glyph, reading "Settings, then …"), no "Settings >" left as text, the other
 * labels the vocabulary gives shown beside their chip, the plain-text reply,
 * and the /settings-paths/ reference page.
 *
 * The expected paths come from the content files (test/support/content.ts); the
 * expected notes from content/settings/vocabulary.yaml, through the same
 * resolver the build uses, plus literal checks of the labels known to differ.
 */
import { SETTINGS_PATHS_PATH } from '../src/lib/routes';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { alerts, type Article, articles, articleSample, helpLines, settingsPathsIn } from '../test/support/content';
import { byTier, tagsFor } from '../test/support/tiers';
import { sitemapPaths, sitemapSample } from '../test/support/dist';
import { expect, test } from './fixtures';
import { parsePath, resolvePath } from '../src/lib/settings-paths';
import { loadVocabularyFile } from '../src/lib/settings-vocabulary';

const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..'));
const REFERENCE = SETTINGS_PATHS_PATH;

interface DrawnStep {
  /** The chip's text, a placeholder back in brackets: "[your name]". */
  label: string;
  /** The note after the chip, without its brackets, or "". */
  note: string;
}

/** The tap paths in `main`, in order, as their steps. */
async function drawnPaths(page: Page): Promise<DrawnStep[][]> {
  return page.locator('main ol.tap-path').evaluateAll((lists) =>
    lists.map((list) =>
      [...list.querySelectorAll(':scope > li')].map((li) => {
        const chip = li.querySelector('.tap-step');
        const text = chip?.textContent.trim() ?? '';
        return {
          label: chip?.classList.contains('tap-placeholder') ? `[${text}]` : text,
          note:
            li
              .querySelector('.tap-note')
              ?.textContent.trim()
              .replace(/^\((.*)\)$/, '$1') ?? '',
        };
      }),
    ),
  );
}

const joined = (steps: readonly DrawnStep[]) => steps.map((s) => s.label).join(' > ');

/** The pages whose content has Settings paths, with those paths and the iOS versions they are drawn for. */
const pagesWithPaths = [
  ...articles.map((a) => ({ url: a.url, paths: a.settingsPaths, range: a.appliesTo })),
  ...alerts.map((a) => ({ url: a.url, paths: a.settingsPaths, range: undefined })),
  ...helpLines.map((h) => ({ url: h.url, paths: h.settingsPaths, range: undefined })),
].filter((p) => p.paths.length > 0);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every Settings path of every article, alert and troubleshooter help line is drawn as a tap path, in order', async ({ page }) => {
    expect(pagesWithPaths.length, 'pages with Settings paths').toBeGreaterThan(5);
    for (const { url, paths } of pagesWithPaths) {
      await page.goto(url);
      expect((await drawnPaths(page)).map(joined), url).toEqual(paths);
    }
  });

  for (const { label, tag, items: urls } of byTier(sitemapPaths(), sitemapSample())) {
    test(
      `no page of ${label} of the sitemap has "Settings >" left as text in main (the reference page shows it only as plain text in code)`,
      { tag },
      async ({ page }) => {
        test.setTimeout(30_000 + urls.length * 1_000); // one page load each, on a machine that may be busy
        const problems: string[] = [];
        for (const url of urls) {
          await page.goto(url);
          const text = await page.locator('main').evaluate((main) => {
            const copy = main.cloneNode(true) as HTMLElement;
            for (const code of copy.querySelectorAll('code')) code.remove();
            return copy.textContent;
          });
          const bare = /[^\n]{0,30}Settings\s*>[^\n]{0,30}/.exec(text);
          if (bare) problems.push(`${url}: "${bare[0].trim()}"`);
        }
        expect(problems).toEqual([]);
      },
    );
  }

  test('a tap path reads "Settings, then your name, then iCloud…", with the glyph on the first chip only and no image', async ({
    page,
  }) => {
    const images: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image' && !request.url().includes('favicon')) images.push(request.url());
    });
    await page.goto('/fixes/check-icloud-storage/');
    const first = page.locator('main ol.tap-path').first();
    await expect(first).toHaveAttribute('role', 'list');
    // What a screen reader hears: the text without the hidden separators.
    const spoken = await first.evaluate((ol) => {
      const copy = ol.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    });
    expect(spoken).toMatch(/^Settings then your name .*then iCloud$/);
    const glyphs = await page
      .locator('main ol.tap-path')
      .evaluateAll((lists) => lists.map((ol) => [...ol.querySelectorAll('svg')].map((svg) => svg.closest('li') === ol.firstElementChild)));
    for (const perPath of glyphs) expect(perPath).toEqual([true]);
    await expect(first.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(images).toEqual([]);
  });
});

test.describe('other labels, from the vocabulary', () => {
  for (const article of articles.filter((a) => a.settingsPaths.length > 0)) {
    test(
      `${article.url}: each chip shows the other labels the vocabulary gives for ${article.appliesTo.from} and later`,
      tagsFor(article, articleSample),
      async ({ page }) => {
        await page.goto(article.url);
        const drawn = await drawnPaths(page);
        // The account row's other name is given once a page, like the build does.
        const subtitlesShown = new Set<string>();
        for (const [i, written] of article.settingsPaths.entries()) {
          const resolution = resolvePath(parsePath(written), vocabulary, { range: article.appliesTo, subtitlesShown });
          if (!resolution.ok) throw new Error(`${written} does not resolve`);
          expect(
            drawn[i]?.map((s) => s.note),
            written,
          ).toEqual(resolution.steps.map((s) => s.notes.join('; ')));
        }
      },
    );
  }

  test('the labels known to differ show as the data says: Manage Account Storage, Apple ID, Stolen Device Protection', async ({ page }) => {
    await page.goto('/fixes/check-icloud-storage/');
    const steps = (await drawnPaths(page)).flat();
    expect(steps.filter((s) => s.label === 'Manage Storage').map((s) => s.note)).toContain('on some versions: Manage Account Storage');
    // What the account is called, once a page: on the first [your name] step.
    const accountNotes = steps.filter((s) => s.label === '[your name]').map((s) => s.note);
    expect(accountNotes.length).toBeGreaterThan(1);
    expect(accountNotes).toEqual(['Apple Account; on iOS 17: Apple ID', ...accountNotes.slice(1).map(() => '')]);
    await page.goto('/fixes/sign-out-and-back-in/');
    const signOut = (await drawnPaths(page)).flat();
    expect(signOut.find((s) => s.label === 'Stolen Device Protection')?.note).toBe('iOS 17.3 and later');
  });
});

function withoutNotes(reply: string): string {
  // A note follows its step's label, " [on some versions: …]"; a placeholder step follows " > ": "> [your name]".
  return reply.replace(/(?<=[^\s>]) \[[^\]\n]*\]/g, '');
}

/** The Settings paths of the sections a reply keeps: those with numbered steps. */
function replyPaths(article: Article): string[] {
  return article.body
    .split(/^## /m)
    .filter((section) => /^\d+\. /m.test(section))
    .flatMap(settingsPathsIn);
}

test.describe('the plain-text reply', () => {
  for (const article of articles.filter((a) => replyPaths(a).length > 0)) {
    test(`${article.url}: /kb/${article.kbId}.txt writes each Settings path of its steps as plain text`, async ({ request }) => {
      const reply = await (await request.get(`/kb/${article.kbId}.txt`)).text();
      for (const written of replyPaths(article)) expect(withoutNotes(reply), written).toContain(written);
      expect(reply).not.toContain('**');
    });
  }

  test('other labels go in brackets after their step', async ({ request }) => {
    const storage = articles.find((a) => a.slug === 'check-icloud-storage');
    const reply = await (await request.get(`/kb/${storage?.kbId ?? ''}.txt`)).text();
    expect(reply).toContain('Settings > [your name] [Apple Account; on iOS 17: Apple ID] > iCloud.');
    expect(reply).toContain('Settings > [your name] > iCloud > Manage Storage [on some versions: Manage Account Storage] > Backups');
  });
});

test.describe(`the reference page, ${REFERENCE}`, () => {
  test('lists every Settings path the content uses, each with the pages that use it', async ({ page }) => {
    await page.goto(REFERENCE);
    const listed = await page
      .locator('main li[data-settings-path]')
      .evaluateAll((items): Record<string, (string | null)[]> =>
        Object.fromEntries(
          items.map((li) => [
            li.getAttribute('data-settings-path') ?? '',
            [...li.querySelectorAll('.settings-path-pages a')].map((a) => a.getAttribute('href')),
          ]),
        ),
      );
    const problems: string[] = [];
    for (const { url, paths } of pagesWithPaths) {
      for (const written of paths) {
        if (!(written in listed)) problems.push(`${written} (on ${url}) is not listed`);
        else if (!listed[written]?.includes(url)) problems.push(`${written} does not link to ${url}, which uses it`);
      }
    }
    expect(problems).toEqual([]);
    // Each listed path is also drawn as a tap path.
    await expect(page.locator('main li[data-settings-path] ol.tap-path')).toHaveCount(Object.keys(listed).length);
  });

  test('gives every label with the versions that show it and a source, and is linked from every footer', async ({ page }) => {
    await page.goto(REFERENCE);
    const rowFor = (label: string) =>
      page.locator('main table tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${label}$`) }) });
    await expect(rowFor('Manage Account Storage')).toContainText('some versions');
    await expect(rowFor('Apple ID')).toContainText('before iOS 18');
    await expect(rowFor('Apple Account')).toContainText('iOS 18 and later');
    await page.goto('/');
    await expect(page.locator('footer a', { hasText: 'Settings paths' })).toHaveAttribute('href', REFERENCE);
  });
});

test('tap paths stay visible in forced colours and print without the chip background', async ({ page }) => {
  await page.goto('/fixes/check-icloud-storage/');
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
  expect(forced.border).toBe('solid');
  expect(forced.width).toBeGreaterThan(0);
  // The glyph's tile takes the text colour, so it shows on any system palette.
  expect(forced.glyph).toBe(forced.text);
  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  expect(await chip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
});
