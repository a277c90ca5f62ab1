/**
 * The knowledge base for the tools agents use, as the built site serves it:
 * the JSON API against its published JSON Schemas (validated with Ajv),
 * llms.txt and llms-full.txt, the feed of changes and OpenSearch. Every
 * expectation comes from content/ (test/support/content.ts) and the built
 * pages; the links to them in every page's head are checked from dist/ in
 * test/dist/alternate-links.test.ts.
 */
import type { APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { alerts, articles } from '../test/support/content';
import { readDist } from '../test/support/dist';
import { API } from '../test/support/site-constants';
import { defined } from '../src/lib/defined.ts';
import { expect, test } from './fixtures';
import { apiValidator } from '../src/lib/api-contract';
import { API_SCHEMA_NAMES, type ApiSchemaName } from '../src/lib/routes';

const pathOf = (url: string) => new URL(url).pathname + new URL(url).hash;

async function getJson(request: APIRequestContext, path: string): Promise<unknown> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('application/json');
  return response.json() as Promise<unknown>;
}

async function getText(request: APIRequestContext, path: string, type = 'text/plain'): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain(type);
  return response.text();
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

test.describe('the JSON API', () => {
  test('every file validates against the JSON Schema published beside it, and names every article and alert', async ({ request }) => {
    const schemas = Object.fromEntries(
      await Promise.all(API_SCHEMA_NAMES.map(async (name) => [name, (await getJson(request, API.schema(name))) as object] as const)),
    ) as Record<ApiSchemaName, object>;
    const validate = apiValidator(schemas);

    const fixes = (await getJson(request, API.fixes)) as { fixes: FixEntry[] };
    expect(validate('fixes', fixes), API.fixes).toEqual([]);
    expect(
      fixes.fixes.map((fix) => fix.kbId),
      'every article, in path order',
    ).toEqual(articles.map((a) => a.kbId));

    const alertsFile = (await getJson(request, API.alerts)) as { alerts: { slug: string; fixes: { slug: string }[] }[] };
    expect(validate('alerts', alertsFile), API.alerts).toEqual([]);
    expect(alertsFile.alerts.map((a) => a.slug).sort()).toEqual(alerts.map((a) => a.slug).sort());
    for (const alert of alerts) {
      expect(
        alertsFile.alerts.find((a) => a.slug === alert.slug)?.fixes.map((f) => f.slug),
        alert.slug,
      ).toEqual(alert.fixes);
    }

    for (const article of articles) {
      const file = (await getJson(request, API.fix(article.slug))) as { fix: FixEntry };
      expect(validate('fix', file), API.fix(article.slug)).toEqual([]);
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
      expect(fix.alerts.map((a) => a.slug).sort()).toEqual([...article.errors].sort());
    }
  });

  test("each article's steps match the page: numbers, permanent links and text", async ({ page, request }) => {
    for (const article of articles) {
      const { fix } = (await getJson(request, API.fix(article.slug))) as { fix: FixEntry };
      await page.goto(article.url);
      // A tap path reads as its steps joined by " > ", as the plain text writes it.
      const onPage = await page.locator('div.prose > ol > li').evaluateAll((items) =>
        items.map((li) => {
          const copy = li.cloneNode(true) as HTMLElement;
          for (const path of copy.querySelectorAll('ol.tap-path')) {
            const steps = [...path.querySelectorAll('.tap-step')].map((step) => step.textContent.trim());
            path.replaceWith(steps.join(' > '));
          }
          return { id: li.id, text: copy.textContent };
        }),
      );
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

test.describe('llms.txt and llms-full.txt', () => {
  test('llms.txt follows llmstxt.org and lists every article and alert with a working plain-text link', async ({ request }) => {
    const text = await getText(request, '/llms.txt');
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
      expect(await getText(request, pathOf(url))).toContain(alert.text);
    }
    for (const link of links) expect((await request.get(pathOf(link.url))).status(), link.url).toBe(200);
  });

  test('llms-full.txt holds every article in full and every alert, from the reply converter', async ({ request }) => {
    const full = await getText(request, '/llms-full.txt');
    for (const article of articles) {
      const reply = await getText(request, `/kb/${article.kbId}.txt`);
      // Every step line of the reply is in the full text, as written.
      for (const line of reply.split('\n').filter((l) => /^\d+\. /.test(l))) expect(full, `${article.slug}: ${line}`).toContain(line);
      expect(full).toContain(article.title);
    }
    for (const alert of alerts) expect(full).toContain(alert.text);
  });
});

test('the feed parses as RSS and has an item per article and alert, dated by its review', async ({ request }) => {
  const xml = await getText(request, '/feed.xml', 'xml');
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

test.describe('OpenSearch', () => {
  test('the description is OpenSearch 1.1, and its template opens a working search', async ({ page, request }) => {
    // Served as XML (a host that reads dist/_headers sends application/opensearchdescription+xml).
    const xml = await getText(request, '/opensearch.xml', 'xml');
    expect(readDist('_headers')).toMatch(/^\/opensearch\.xml\n\s+Content-Type: application\/opensearchdescription\+xml/m);
    const { OpenSearchDescription: description } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      OpenSearchDescription: { '@_xmlns': string; ShortName: string; LongName: string; Url: { '@_type': string; '@_template': string }[] };
    };
    expect(description['@_xmlns']).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(description.ShortName.length).toBeLessThanOrEqual(16);
    expect(description.LongName).toBe('iCloud Backup Help');
    const template = description.Url.find((u) => u['@_type'] === 'text/html')?.['@_template'] ?? '';
    expect(template).toContain('{searchTerms}');

    // As a browser would: the words in place of {searchTerms}, then the page it opens (on this server).
    const opened = new URL(template.replace('{searchTerms}', encodeURIComponent('not enough storage')));
    await page.goto(opened.pathname + opened.search);
    await expect(page.locator('#search-results[data-state="done"]')).toHaveAttribute('data-query', 'not enough storage', {
      timeout: 10_000,
    });
    await expect(page.locator('#search-results > li > h2 > a').first()).toHaveAttribute(
      'href',
      /\/fixes\/check-icloud-storage\/|\/errors\/not-enough-icloud-storage\//,
    );
  });
});
