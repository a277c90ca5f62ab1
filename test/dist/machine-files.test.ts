/**
 * The knowledge base for the tools agents use, as the built files hold it (no
 * browser): the JSON API against its published JSON Schemas (validated with
 * Ajv), llms.txt and llms-full.txt, the feed of changes and the OpenSearch
 * description. A static host serves each file with the type of its extension
 * (.json, .txt, .xml; dist/_headers names OpenSearch's), so the file decides
 * what a tool gets. Every expectation comes from content/
 * (test/support/content.ts) and the built pages; the links to these files in
 * every page's head are checked in test/dist/alternate-links.test.ts, the
 * OpenSearch template's search in e2e/machine-files.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import type { RootContent } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { alerts, alertsFixedBy, articles } from '../support/content.ts';
import { distExists, distFiles, fileForUrlPath, readDist } from '../support/dist.ts';
import { attr, type HtmlElement, parseHtml } from '../support/html.ts';
import { API } from '../support/site-constants.ts';
import { defined } from '#lib/defined.ts';
import { schemaNameOf } from '#lib/outputs/api.ts';
import { apiValidator } from '#lib/outputs/api-contract.ts';
import { API_SCHEMA_NAMES, type ApiSchemaName } from '#lib/links/routes.ts';

const pathOf = (url: string) => new URL(url).pathname + new URL(url).hash;

function getJson(path: string): unknown {
  expect(path, 'a JSON file').toMatch(/\.json$/);
  expect(distExists(path), `dist${path}`).toBe(true);
  return JSON.parse(readDist(path)) as unknown;
}

function getText(path: string, extension = '.txt'): string {
  expect(path.endsWith(extension), `${path} is served as ${extension}`).toBe(true);
  expect(distExists(path), `dist${path}`).toBe(true);
  return readDist(path);
}

/** An element's text as a browser's textContent gives it, with each tap path (ol.tap-path) read as its steps joined by " > ". */
function textWithTapPaths(el: HtmlElement): string {
  const walk = (nodes: readonly RootContent[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type !== 'element') return '';
        if (node.tagName === 'ol' && (attr(node, 'class') ?? '').split(/\s+/).includes('tap-path'))
          return selectAll('.tap-step', node)
            .map((step) => walk(step.children).trim())
            .join(' > ');
        return walk(node.children);
      })
      .join('');
  return walk(el.children);
}

interface FixEntry {
  kbId: string;
  slug: string;
  title: string;
  url: string;
  shortUrl: string;
  replyTextUrl: string;
  apiUrl: string;
  risk: string;
  minutes: number;
  lastReviewed: string;
  steps: { number: number; url: string; text: string }[];
  alerts: { slug: string }[];
  sources: { url: string }[];
}

describe('the JSON API', () => {
  const validate = () =>
    apiValidator(
      Object.fromEntries(API_SCHEMA_NAMES.map((name) => [name, getJson(API.schema(name)) as object] as const)) as Record<
        ApiSchemaName,
        object
      >,
    );

  // The one check of the API's contract: nothing in the build validates it.
  test('every file in dist/api/ validates against the JSON Schema its address names', () => {
    const check = validate();
    const files = distFiles('api')
      .map((file) => `/${file}`)
      .filter((path) => schemaNameOf(path));
    expect(files, 'the API files').toEqual(expect.arrayContaining([API.fixes, API.alerts, ...articles.map((a) => API.fix(a.slug))]));
    for (const path of files) {
      expect(check(defined(schemaNameOf(path), path), getJson(path)), `dist${path}`).toEqual([]);
    }
  });

  test('names every article and alert', () => {

    const fixes = (getJson(API.fixes)) as { fixes: FixEntry[] };
        expect(
      fixes.fixes.map((fix) => fix.kbId),
      'every article, in path order',
    ).toEqual(articles.map((a) => a.kbId));

    const alertsFile = (getJson(API.alerts)) as { alerts: { slug: string; fixes: { slug: string }[] }[] };
        expect(alertsFile.alerts.map((a) => a.slug).sort()).toEqual(alerts.map((a) => a.slug).sort());
    for (const alert of alerts) {
      expect(
        alertsFile.alerts.find((a) => a.slug === alert.slug)?.fixes.map((f) => f.slug),
        alert.slug,
      ).toEqual(alert.fixes);
    }

    for (const article of articles) {
      const file = (getJson(API.fix(article.slug))) as { fix: FixEntry };
            const { fix } = file;
      expect(fix).toEqual(fixes.fixes.find((f) => f.kbId === article.kbId));
      expect(fix).toMatchObject({
        kbId: article.kbId,
        slug: article.slug,
        title: article.title,
        risk: article.risk,
        minutes: article.minutes,
        lastReviewed: article.lastReviewed,
      });
      expect(pathOf(fix.url)).toBe(article.url);
      expect(pathOf(fix.shortUrl)).toBe(`/kb/${article.kbId}/`);
      expect(pathOf(fix.replyTextUrl)).toBe(`/kb/${article.kbId}.txt`);
      expect(pathOf(fix.apiUrl)).toBe(API.fix(article.slug));
      expect(fix.alerts.map((a) => a.slug)).toEqual(alertsFixedBy(article.slug).map((a) => a.slug));
    }
  });

  test("each article's steps match the page: numbers, permanent links and text", () => {
    for (const article of articles) {
      const { fix } = (getJson(API.fix(article.slug))) as { fix: FixEntry };
      // A tap path reads as its steps joined by " > ", as the plain text writes it.
      const prose = defined(select('div.prose', parseHtml(readDist(fileForUrlPath(article.url)))), `${article.url}: div.prose`);
      const onPage = prose.children
        .filter((c): c is HtmlElement => c.type === 'element' && c.tagName === 'ol')
        .flatMap((ol) => ol.children.filter((c): c is HtmlElement => c.type === 'element' && c.tagName === 'li'))
        .map((li) => ({ id: attr(li, 'id'), text: textWithTapPaths(li) }));
      expect(
        fix.steps.map((s) => s.number),
        article.url,
      ).toEqual(onPage.map((_, i) => i + 1));
      for (const [i, step] of fix.steps.entries()) {
        expect(pathOf(step.url)).toBe(`/kb/${article.kbId}/#${onPage[i]?.id}`);
        // The plain text holds the words of the step as the page shows them (link marks and Markdown aside).
        // The page prints typographic quotes where the source (and so the plain text) has straight ones.
        const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
        // Its first words, without the punctuation a link's address may follow in the plain text.
        const words = plain((onPage[i]?.text ?? '').replace(/#$/, ''))
          .split(' ')
          .slice(0, 3)
          .join(' ')
          .replace(/[.,;:!?]+$/, '');
        expect(plain(step.text), `${article.url} step ${step.number}`).toContain(words);
      }
    }
  });
});

describe('llms.txt and llms-full.txt', () => {
  test('llms.txt follows llmstxt.org and lists every article and alert with a working plain-text link', () => {
    const text = getText('/llms.txt');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# iCloud Backup Help');
    expect(
      lines.find((line) => line.startsWith('> ')),
      'a blockquote summary',
    ).toBeTruthy();
    const links = [...text.matchAll(/^- \[(.+?)\]\((\S+?)\)(?:: (.+))?$/gm)].map(([, title = '', url = '', note = '']) => ({
      title: title.replace(/\\([[\]])/g, '$1'),
      url,
      note,
    }));
    for (const article of articles) {
      const link = links.find((l) => l.title === article.title);
      expect(link, article.title).toBeDefined();
      const { url, note } = defined(link, `the llms.txt link to ${article.title}`);
      expect(pathOf(url)).toBe(`/kb/${article.kbId}.txt`);
      expect(note).toBe(article.description);
    }
    for (const alert of alerts) {
      const link = links.find((l) => l.title === alert.title);
      expect(link, alert.title).toBeDefined();
      const { url } = defined(link, `the llms.txt link to ${alert.title}`);
      expect(pathOf(url)).toBe(`/errors/${alert.slug}.txt`);
      expect(getText(pathOf(url))).toContain(alert.text);
    }
    for (const link of links) expect(distExists(pathOf(link.url)), link.url).toBe(true);
  });

  test('llms-full.txt holds every article in full and every alert, from the reply converter', () => {
    const full = getText('/llms-full.txt');
    for (const article of articles) {
      const reply = getText(`/kb/${article.kbId}.txt`);
      // Every step line of the reply is in the full text, as written.
      for (const line of reply.split('\n').filter((l) => /^\d+\. /.test(l))) expect(full, `${article.slug}: ${line}`).toContain(line);
      expect(full).toContain(article.title);
    }
    for (const alert of alerts) expect(full).toContain(alert.text);
  });
});

test('the feed parses as RSS and has an item per article and alert, dated by its review', () => {
  const xml = getText('/feed.xml', 'xml');
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: {
      channel: { title: string; item: { title: string; link: string; pubDate?: string; description: string; guid: { '#text': string } }[] };
    };
  };
  const items = feed.rss.channel.item;
  expect(items).toHaveLength(articles.length + alerts.length);
  for (const article of articles) {
    const item = items.find((i) => pathOf(i.link) === article.url);
    expect(item, article.url).toBeDefined();
    const { title, pubDate, description, guid } = defined(item, `the feed item for ${article.url}`);
    expect(title).toBe(article.title);
    expect(new Date(pubDate ?? '').toISOString().slice(0, 10)).toBe(article.lastReviewed);
    expect(description).toMatch(/Last reviewed/);
    expect(guid['#text']).toBe(`fix:${article.kbId}@${article.lastReviewed}`);
  }
  for (const alert of alerts)
    expect(
      items.some((i) => pathOf(i.link) === alert.url),
      alert.url,
    ).toBe(true);
});


test('the OpenSearch description is OpenSearch 1.1, served with its type, and its template searches', () => {
  // Served as XML: a host that reads dist/_headers sends application/opensearchdescription+xml.
  const xml = getText('/opensearch.xml', '.xml');
  expect(readDist('_headers')).toMatch(/^\/opensearch\.xml\n\s+Content-Type: application\/opensearchdescription\+xml/m);
  const { OpenSearchDescription: description } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    OpenSearchDescription: { '@_xmlns': string; ShortName: string; LongName: string; Url: { '@_type': string; '@_template': string }[] };
  };
  expect(description['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
  expect(description.ShortName.length).toBeLessThanOrEqual(16);
  expect(description.LongName).toBe('iCloud Backup Help');
  const template = description.Url.find((u) => u['@_type'] === 'text/html')?.['@_template'] ?? '';
  expect(template).toContain('{searchTerms}');
  expect(distExists(fileForUrlPath(new URL(template.replace('{searchTerms}', 'x')).pathname)), 'the page the template opens').toBe(true);
});
