/**
 * The OpenSearch description's template, as a browser uses it: the words in
 * place of {searchTerms} open a search that finds the fix. The machine files
 * themselves (the JSON API against its schemas, llms.txt and llms-full.txt,
 * the feed, the OpenSearch description) are checked from dist/ in
 * test/dist/machine-files.test.ts.
 */
import { XMLParser } from 'fast-xml-parser';
import { readDist } from '../test/support/dist';
import { expect, test } from './fixtures';

test('the OpenSearch template opens a working search', async ({ page }) => {
  const { OpenSearchDescription: description } = new XMLParser({ ignoreAttributes: false }).parse(readDist('opensearch.xml')) as {
    OpenSearchDescription: { Url: { '@_type': string; '@_template': string }[] };
  };
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
