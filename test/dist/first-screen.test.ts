/**
 * Help first, from the built HTML (no browser): each article has a step 1,
 * and the page furniture (alerts, other words, review details, sources,
 * related fixes) comes after it, with the contents folded; the home page has
 * its two ways to start. Where they land on a phone's first screen is measured
 * in the browser (e2e/page-sweep.spec.ts, 390×844 and 320×640).
 */
import { select, selectAll } from 'hast-util-select';
import { expect, test } from 'vitest';
import { articles } from '../support/content.ts';
import { fileForUrlPath, readDist } from '../support/dist.ts';
import { FIRST_THING } from '../support/first-screen.ts';
import { allElements, attr, hasAttr, parseHtml } from '../support/html.ts';

const FURNITURE = '.alerts, .aliases, .about-line, section.sources, .what-changed, .related';

test.each(articles)('$url: step 1, then the furniture, with the contents folded', ({ url }) => {
  const document = parseHtml(readDist(fileForUrlPath(url)));
  const step = select(FIRST_THING.fix, document);
  expect(step, 'the article has a step 1').toBeDefined();
  const order = allElements(document);
  const stepAt = step ? order.indexOf(step) : -1;
  const before = selectAll(FURNITURE, document)
    .filter((el) => order.indexOf(el) < stepAt)
    .map((el) => `<${el.tagName} class="${attr(el, 'class') ?? ''}">`);
  expect(before, 'alerts, other words, review details, sources and related fixes come after step 1').toEqual([]);
  const toc = select('nav.toc details', document);
  expect(toc !== undefined && hasAttr(toc, 'open'), 'the contents start folded').toBe(false);
});

test('the home page has the troubleshooter button, leading to the troubleshooter, and a search box in its content', () => {
  const document = parseHtml(readDist('index.html'));
  const start = select(FIRST_THING.homeStart, document);
  expect(start && attr(start, 'href')).toBe('/troubleshoot/');
  expect(select(FIRST_THING.homeSearch, document), FIRST_THING.homeSearch).toBeDefined();
});
