/**
 * Every page's <head> links the machine-readable files: the OpenSearch
 * description and the feed, and on article and alert pages their plain text
 * (and an article its JSON). Read from dist/; e2e/machine-files.spec.ts checks
 * the files themselves as the server sends them.
 */
import { languageOfPath, localizePath } from '#lib/i18n/languages.ts';
import { expect, test } from 'vitest';
import { alerts, articles } from '../support/content.ts';
import { defined } from '#lib/defined.ts';
import { readHtmlPages } from '../support/dist.ts';
import { attr, elementsByTag, tokens } from '../support/html.ts';
import { API } from '../support/site-constants.ts';

  const pages = readHtmlPages();

  test('every page links the OpenSearch description and the feed', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const links = elementsByTag(page.document, 'link');
      const search = links.filter((l) => tokens(l, 'rel').includes('search'));
      if (
        search.length !== 1 ||
        search.some((link) => attr(link, 'href') !== '/opensearch.xml' || attr(link, 'type') !== 'application/opensearchdescription+xml')
      ) {
        problems.push(`${page.file}: ${search.length} <link rel="search"> to /opensearch.xml`);
      }
      // The feed of the page's language: /feed.xml, /fr/feed.xml.
      const feed = localizePath('/feed.xml', languageOfPath(page.urlPath));
      if (!page.redirect && !links.some((l) => tokens(l, 'rel').includes('alternate') && attr(l, 'href') === feed))
        problems.push(`${page.file}: no feed link`);
    }
    expect(problems).toEqual([]);
  });

  test('article and alert pages link their plain text (and an article its JSON)', () => {
    const alternates = (file: string) =>
      elementsByTag(defined(pages.find((p) => p.file === file), `dist/${file}`).document, 'link')
        .filter((l) => tokens(l, 'rel').includes('alternate'))
        .map((l) => `${attr(l, 'type') ?? ''} ${attr(l, 'href') ?? ''}`);
    for (const article of articles) {
      expect(alternates(`fixes/${article.slug}/index.html`)).toEqual(
        expect.arrayContaining([`text/plain /kb/${article.kbId}.txt`, `application/json ${API.fix(article.slug)}`]),
      );
    }
    for (const alert of alerts) expect(alternates(`errors/${alert.slug}/index.html`)).toContain(`text/plain /errors/${alert.slug}.txt`);
  });
