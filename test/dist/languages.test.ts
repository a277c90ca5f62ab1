/**
 * The site in each language, read from dist/: every page says its language,
 * names its other-language versions (hreflang both ways, x-default to
 * English) and links to them from the language switch; the sitemap lists
 * both; every English article and alert has its French page; French pages
 * link to French pages; a French reply, the API and llms.txt carry the
 * French. The words themselves are the content's: this checks where they go.
 */
import { describe, expect, test } from 'vitest';
import { articles, alerts } from '../support/content.ts';
import { distExists, readDist, readHtmlPages, readSitemap } from '../support/dist.ts';
import { attr, elementsByTag, tokens } from '../support/html.ts';
import { $, $$, builtPage, comesBefore } from '../support/built-page.ts';
import { DEFAULT_LANGUAGE, languageOfPath, localizePath, TRANSLATED_LANGUAGES } from '#lib/i18n/languages.ts';
import { defined } from '#lib/defined.ts';

const pages = readHtmlPages().filter((page) => !page.redirect && !page.notFound);
const { origin } = readSitemap();
const absolute = (path: string) => new URL(path, origin).href;
const alternatesOf = (page: (typeof pages)[number]) =>
  new Map(
    elementsByTag(page.document, 'link')
      .filter((link) => tokens(link, 'rel').includes('alternate') && attr(link, 'hreflang') !== undefined)
      .map((link) => [attr(link, 'hreflang') ?? '', attr(link, 'href') ?? '']),
  );

test('every page says its language in <html lang>, from its path', () => {
  const problems = readHtmlPages()
    .filter((page) => attr(defined(elementsByTag(page.document, 'html')[0], `<html> of ${page.file}`), 'lang') !== languageOfPath(page.urlPath))
    .map((page) => page.file);
  expect(problems).toEqual([]);
});

test('every page names itself and its other languages (hreflang), each of those names it back, and x-default is the English page', () => {
  const byUrl = new Map(pages.map((page) => [absolute(page.urlPath), page]));
  const problems: string[] = [];
  for (const page of pages) {
    const alternates = alternatesOf(page);
    const own = languageOfPath(page.urlPath);
    if (alternates.get(own) !== absolute(page.urlPath)) problems.push(`${page.file}: no hreflang="${own}" to itself`);
    if (alternates.get('x-default') !== absolute(localizePath(page.urlPath, DEFAULT_LANGUAGE))) problems.push(`${page.file}: x-default is not the English page`);
    for (const [lang, href] of alternates) {
      if (lang === 'x-default' || lang === own) continue;
      const other = byUrl.get(href);
      if (!other) problems.push(`${page.file}: hreflang="${lang}" leads to ${href}, which is not a page`);
      else if (alternatesOf(other).get(own) !== absolute(page.urlPath)) problems.push(`${other.file} does not name ${page.file} back`);
    }
  }
  expect(problems).toEqual([]);
});

test('the language switch leads to the same page in the other language, labelled in that language', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const links = $$(page.document, 'header a[hreflang]');
    for (const [lang, href] of alternatesOf(page)) {
      if (lang === 'x-default' || lang === languageOfPath(page.urlPath)) continue;
      const link = links.find((a) => attr(a, 'hreflang') === lang);
      if (!link || absolute(attr(link, 'href') ?? '') !== href || attr(link, 'lang') !== lang) problems.push(`${page.file}: no switch to ${lang}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists the pages of every language, each with its alternates', () => {
  const { paths } = readSitemap();
  for (const lang of TRANSLATED_LANGUAGES) expect(paths.filter((path) => languageOfPath(path) === lang).length, `${lang} pages`).toBeGreaterThan(20);
  const sitemap = readDist('sitemap-0.xml');
  expect(sitemap).toContain(`hreflang="fr" href="${absolute('/fr/fixes/check-icloud-storage/')}"`);
  expect(sitemap).toContain(`hreflang="en" href="${absolute('/fixes/check-icloud-storage/')}"`);
});

describe.each(TRANSLATED_LANGUAGES)('in %s', (lang) => {
  test('every article and alert has its page, and a short link', () => {
    const missing = [
      ...articles.map((a) => localizePath(`/fixes/${a.slug}/`, lang)),
      ...articles.map((a) => localizePath(`/kb/${a.kbId}/`, lang)),
      ...alerts.map((a) => localizePath(`/errors/${a.slug}/`, lang)),
      localizePath('/troubleshoot/', lang),
      localizePath('/settings-paths/', lang),
      localizePath('/search/', lang),
    ].filter((path) => !distExists(`${path.slice(1)}index.html`));
    expect(missing).toEqual([]);
    expect(distExists(`${lang}/404.html`), `dist/${lang}/404.html`).toBe(true);
  });

  test('its pages link to pages in the same language, never to the English one', () => {
    const problems: string[] = [];
    for (const page of pages.filter((p) => languageOfPath(p.urlPath) === lang)) {
      for (const a of $$(page.document, 'main a[href^="/"]')) {
        const href = attr(a, 'href') ?? '';
        if (languageOfPath(href) !== lang && !href.startsWith('/api/') && attr(a, 'hreflang') === undefined) problems.push(`${page.file}: ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('a risky article links to the safety net in its language before step 1', () => {
    for (const article of articles.filter((a) => a.risk !== 'none')) {
      const page = builtPage(localizePath(`/fixes/${article.slug}/`, lang));
      const firstStep = defined($(page.main, '.prose ol'), `step 1 of ${article.slug}`);
      const link = $$(page.main, 'a').find((a) => (attr(a, 'href') ?? '').endsWith('/fixes/back-up-with-a-computer/'));
      expect(link && attr(link, 'href'), `${article.slug}: a link to the safety net in ${lang}`).toBe(`/${lang}/fixes/back-up-with-a-computer/`);
      expect(link && comesBefore(page, link, firstStep), `${article.slug}: the link before step 1`).toBe(true);
    }
  });

  test('the plain-text reply is in the language, with its short link and every warning', () => {
    for (const article of articles.filter((a) => a.risk !== 'none')) {
      const reply = readDist(`${lang}/kb/${article.kbId}.txt`);
      expect(reply, article.slug).toContain(absolute(localizePath(`/kb/${article.kbId}/`, lang)));
      expect(reply, `${article.slug}: the safety net`).toContain(absolute(localizePath('/fixes/back-up-with-a-computer/', lang)));
    }
  });

  test('the English article offers its reply in this language, and the translation its reply in English', () => {
    const english = builtPage('/fixes/check-icloud-storage/');
    const translated = builtPage(localizePath('/fixes/check-icloud-storage/', lang));
    expect($$(english.document, `[data-copy-reply="/${lang}/kb/icb-102.txt"]`).length).toBe(1);
    expect($$(translated.document, '[data-copy-reply="/kb/icb-102.txt"]').length).toBe(1);
  });

  test('the JSON API, llms.txt and the search vocabulary carry the translations', () => {
    const api = JSON.parse(readDist('api/v1/fixes.json')) as { fixes: { slug: string; translations: { lang: string; url: string }[] }[] };
    for (const fix of api.fixes) {
      expect(fix.translations.map((t) => [t.lang, t.url]), fix.slug).toContainEqual([lang, absolute(localizePath(`/fixes/${fix.slug}/`, lang))]);
    }
    expect(readDist('llms.txt')).toContain(absolute(localizePath('/kb/icb-102.txt', lang)));
    expect(JSON.parse(readDist(`${lang}/search-vocabulary.json`)) as string[]).toContain('sauvegarde');
  });
});
