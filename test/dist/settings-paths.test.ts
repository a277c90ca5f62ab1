/**
 * Settings paths in the built pages, read from dist/ (no browser): every bold
 * "Settings > …" of the content drawn as a tap path (an ordered list of
 * chips, the first with the Settings glyph, reading "Settings, then …"), no
 * "Settings >" left as text, the other labels the vocabulary gives shown
 * beside their chip, the plain-text reply, and the /settings-paths/ reference
 * page. How the chips look in forced colours and print is checked in the
 * browser (e2e/page-sweep.spec.ts).
 *
 * The expected paths come from the content files (test/support/content.ts); the
 * expected notes from content/settings/vocabulary.yaml, through the same
 * resolver the build uses, plus literal checks of the labels known to differ.
 */
import { languageOfPath, localizePath } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { SETTINGS_PATHS_PATH } from '#lib/links/routes.ts';
import { parsePath, resolvePath } from '#lib/settings/settings-paths.ts';
import { loadVocabularyFile } from '#lib/settings/settings-vocabulary.ts';
import { alerts, type Article, articles, helpLines, settingsPathsIn } from '../support/content.ts';
import { fileForUrlPath, readDist, sitemapPaths } from '../support/dist.ts';
import { attr, type HtmlDocument, type HtmlElement, parseHtml, textContent } from '../support/html.ts';
import { NOT_FOUND_PATH } from '../support/site-constants.ts';

const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..'));
const REFERENCE = SETTINGS_PATHS_PATH;
/** Every page of the sitemap and the 404 page, for the checks of all pages. */
const ALL_PAGES = [...sitemapPaths(), NOT_FOUND_PATH];
/** A time limit for a test that parses every page (the machine may be busy). */
const ALL_PAGES_TIMEOUT = 30_000 + ALL_PAGES.length * 500;

const documents = new Map<string, HtmlDocument>();
function pageAt(urlPath: string): HtmlDocument {
  let document = documents.get(urlPath);
  if (!document) {
    document = parseHtml(readDist(urlPath === NOT_FOUND_PATH ? '404.html' : fileForUrlPath(urlPath)));
    documents.set(urlPath, document);
  }
  return document;
}

function mainOf(urlPath: string): HtmlElement {
  const main = select('main', pageAt(urlPath));
  if (!main) throw new Error(`${urlPath} has no <main>`);
  return main;
}

/** The text of a node as a browser's textContent gives it, without the elements `skip` matches. */
function textWithout(node: HtmlElement, skip: (el: HtmlElement) => boolean): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' && !skip(child) ? textWithout(child, skip) : ''))
    .join('');
}

interface DrawnStep {
  /** The chip's text, a placeholder back in brackets: "[your name]". */
  label: string;
  /** The note after the chip, without its brackets, or "". */
  note: string;
}

/** The tap paths in `main`, in order, as their steps. */
function drawnPaths(urlPath: string): DrawnStep[][] {
  return selectAll('ol.tap-path', mainOf(urlPath)).map((list) =>
    list.children
      .filter((li): li is HtmlElement => li.type === 'element' && li.tagName === 'li')
      .map((li) => {
        const chip = select('.tap-step', li);
        const text = chip ? textContent(chip).trim() : '';
        const note = select('.tap-note', li);
        return {
          label: chip && (attr(chip, 'class') ?? '').split(/\s+/).includes('tap-placeholder') ? `[${text}]` : text,
          note: note ? textContent(note).trim().replace(/^\((.*)\)$/, '$1') : '',
        };
      }),
  );
}

const joined = (steps: readonly DrawnStep[]) => steps.map((s) => s.label).join(' > ');

/** The pages whose content has Settings paths, with those paths. */
const pagesWithPaths = [
  ...articles.map((a) => ({ url: a.url, paths: a.settingsPaths })),
  ...alerts.map((a) => ({ url: a.url, paths: a.settingsPaths })),
  ...helpLines.map((h) => ({ url: h.url, paths: h.settingsPaths })),
].filter((p) => p.paths.length > 0);

describe('tap paths', () => {
  test('the content has Settings paths on several pages', () => {
    expect(pagesWithPaths.length, 'pages with Settings paths').toBeGreaterThan(5);
  });

  test.each(pagesWithPaths)('$url: every Settings path of its content is drawn as a tap path, in order', ({ url, paths }) => {
    expect(drawnPaths(url).map(joined)).toEqual(paths);
  });

  test('no page of the sitemap, nor the 404 page, has "Settings >" left as text in main (the reference page shows it only as plain text in code)', () => {
    const problems: string[] = [];
    for (const url of ALL_PAGES) {
      const bare = /[^\n]{0,30}Settings\s*>[^\n]{0,30}/.exec(textWithout(mainOf(url), (el) => el.tagName === 'code'));
      if (bare) problems.push(`${url}: "${bare[0].trim()}"`);
    }
    expect(problems).toEqual([]);
  }, ALL_PAGES_TIMEOUT);

  test('a tap path is a list that reads "Settings, then your name, then iCloud…", with the glyph on the first chip only, hidden from screen readers, and no image', () => {
    const first = select('ol.tap-path', mainOf('/fixes/check-icloud-storage/'));
    if (!first) throw new Error('/fixes/check-icloud-storage/ has no tap path');
    // What a screen reader hears: the text without the hidden separators.
    const spoken = textWithout(first, (el) => attr(el, 'aria-hidden') === 'true')
      .replace(/\s+/g, ' ')
      .trim();
    expect(spoken).toMatch(/^Settings then your name .*then iCloud$/);

    const problems: string[] = [];
    for (const { url } of pagesWithPaths) {
      for (const [i, list] of selectAll('ol.tap-path', mainOf(url)).entries()) {
        const where = `${url}, tap path ${i + 1}`;
        if (attr(list, 'role') !== 'list') problems.push(`${where}: role="${attr(list, 'role') ?? ''}", not "list"`);
        const items = list.children.filter((li): li is HtmlElement => li.type === 'element' && li.tagName === 'li');
        const glyphs = items.map((li) => selectAll('svg', li));
        if (glyphs[0]?.length !== 1 || glyphs.slice(1).some((svgs) => svgs.length > 0)) {
          problems.push(`${where}: glyphs per chip ${JSON.stringify(glyphs.map((svgs) => svgs.length))}, not one on the first chip only`);
        }
        for (const svg of glyphs.flat()) if (attr(svg, 'aria-hidden') !== 'true') problems.push(`${where}: a glyph is not aria-hidden`);
        if (selectAll('img, picture, image, object', list).length > 0) problems.push(`${where}: an image element`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('other labels, from the vocabulary', () => {
  test.each(articles.filter((a) => a.settingsPaths.length > 0))(
    '$url: each chip shows the other labels the vocabulary gives for the iOS versions the article covers',
    (article) => {
      const drawn = drawnPaths(article.url);
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

  test('the labels known to differ show as the data says: Manage Account Storage, Apple ID, Stolen Device Protection', () => {
    const steps = drawnPaths('/fixes/check-icloud-storage/').flat();
    expect(steps.filter((s) => s.label === 'Manage Storage').map((s) => s.note)).toContain('on some versions: Manage Account Storage');
    // What the account is called, once a page: on the first [your name] step.
    const accountNotes = steps.filter((s) => s.label === '[your name]').map((s) => s.note);
    expect(accountNotes.length).toBeGreaterThan(1);
    expect(accountNotes).toEqual(['Apple Account; on iOS 17: Apple ID', ...accountNotes.slice(1).map(() => '')]);
    const signOut = drawnPaths('/fixes/sign-out-and-back-in/').flat();
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

describe('the plain-text reply', () => {
  test.each(articles.filter((a) => replyPaths(a).length > 0))('$url: /kb/$kbId.txt writes each Settings path of its steps as plain text', (article) => {
    const reply = readDist(`kb/${article.kbId}.txt`);
    for (const written of replyPaths(article)) expect(withoutNotes(reply), written).toContain(written);
    expect(reply).not.toContain('**');
  });

  test('other labels go in brackets after their step', () => {
    const storage = articles.find((a) => a.slug === 'check-icloud-storage');
    const reply = readDist(`kb/${storage?.kbId ?? ''}.txt`);
    expect(reply).toContain('Settings > [your name] [Apple Account; on iOS 17: Apple ID] > iCloud.');
    expect(reply).toContain('Settings > [your name] > iCloud > Manage Storage [on some versions: Manage Account Storage] > Backups');
  });
});

describe(`the reference page, ${REFERENCE}`, () => {
  test('lists every Settings path the content uses, each with the pages that use it, each drawn as a tap path', () => {
    const items = selectAll('li[data-settings-path]', mainOf(REFERENCE));
    const listed = Object.fromEntries(
      items.map((li) => [attr(li, 'data-settings-path') ?? '', selectAll('.settings-path-pages a', li).map((a) => attr(a, 'href'))]),
    );
    const problems: string[] = [];
    for (const { url, paths } of pagesWithPaths) {
      for (const written of paths) {
        if (!(written in listed)) problems.push(`${written} (on ${url}) is not listed`);
        else if (!listed[written]?.includes(url)) problems.push(`${written} does not link to ${url}, which uses it`);
      }
    }
    expect(problems).toEqual([]);
    expect(items.map((li) => selectAll('ol.tap-path', li).length)).toEqual(items.map(() => 1));
  });

  test('gives every label with the versions that show it and a source', () => {
    const rows = selectAll('table tbody tr', mainOf(REFERENCE));
    const rowFor = (label: string) => {
      const row = rows.find((tr) => {
        const cell = select('td:nth-child(2)', tr);
        return cell !== undefined && textContent(cell).trim() === label;
      });
      return row ? textContent(row) : `(no row for ${label})`;
    };
    expect(rowFor('Manage Account Storage')).toContain('some versions');
    expect(rowFor('Apple ID')).toContain('before iOS 18');
    expect(rowFor('Apple Account')).toContain('iOS 18 and later');
  });

  test('is linked from the footer of every page of the sitemap and the 404 page', () => {
    const problems = ALL_PAGES.filter(
      // In the page's language: /fr/ pages link to /fr/settings-paths/.
      (url) =>
        !selectAll('footer a', pageAt(url)).some(
          (a) => attr(a, 'href') === localizePath(REFERENCE, languageOfPath(url)) && textContent(a).includes(uiStrings(languageOfPath(url)).nav.settingsPaths),
        ),
    );
    expect(problems, 'pages whose footer does not link to the reference page').toEqual([]);
  }, ALL_PAGES_TIMEOUT);
});
