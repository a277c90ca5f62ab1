/**
 * Alert pages as built, read from dist/ (no browser): /errors/ lists every
 * alert of content/alerts/*.md, each /errors/<slug>/ quotes its exact text
 * (or, for an alert Apple only describes, gives the description without
 * quotation marks), says whose wording it is, names its sources and lists its
 * fixes in the file's order, and each article lists the alerts that name it.
 * e2e/alerts.spec.ts keeps what needs a browser: the layout of a covering
 * sample of these pages, and Pagefind finding each alert's page.
 *
 * Expectations come from the content files (test/support/content.ts), never from a
 * second hand-written list.
 */
import { describe, expect, test } from 'vitest';
import { ALERTS_PATH } from '#lib/links/routes.ts';
import { claimsExactText, type AlertWording } from '#lib/articles/alert-wording.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { defined } from '#lib/defined.ts';
import { alerts, alertsFixedBy, articleBySlug, articles } from '../support/content.ts';
import { distExists, fileForUrlPath } from '../support/dist.ts';
import { attr, type HtmlElement } from '../support/html.ts';
import { $, $$, builtPage, comesBefore, shownElements, text } from '../support/built-page.ts';

/** Whose words an alert's text is, as a reader must be able to tell from the note. */
const WHOSE: Record<AlertWording, RegExp> = {
  'apple-described': /\bApple lists this alert but describes it\b.*\bnot the exact words\b/,
  reported: /\breported by\b/i,
  described: /\bexact words are known to us only in another language\b/,
};

const isExact = (alert: { wording: string }) => claimsExactText(alert.wording as AlertWording);
const hrefOf = (el: HtmlElement) => attr(el, 'href');

/** The text a reader can find on the page (as Playwright's getByText searches it): no <script>, <style> or <template>. */
function pageText(el: HtmlElement): string {
  return el.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || ['script', 'style', 'template'].includes(child.tagName)) return ' ';
      return pageText(child);
    })
    .join('');
}

test('there are alerts to test', () => {
  expect(alerts.length).toBeGreaterThan(0);
});

test('/errors/ lists every alert with its text, quoting only exact texts, and no other', () => {
  const page = builtPage(ALERTS_PATH);
  const listed = $$(page.main, 'a[href^="/errors/"]')
    .map(hrefOf)
    .filter((href) => /^\/errors\/[^/]+\/$/.test(href ?? ''));
  expect(listed.sort()).toEqual(alerts.map((alert) => alert.url).sort());

  for (const alert of alerts) {
    const items = $$(page.main, 'li').filter((li) => $(li, `a[href="${alert.url}"]`) !== undefined);
    expect(items, alert.url).toHaveLength(1);
    const item = defined(items[0], alert.url);
    expect(text(defined($(item, `a[href="${alert.url}"]`), 'the link'))).toBe(alert.title);
    const quotes = $$(item, 'q');
    if (isExact(alert)) {
      // The exact text, as a quotation (no added or dropped words).
      expect(quotes.map(text), `the text of ${alert.slug}`).toEqual([alert.text]);
    } else {
      // Apple's description: shown, but never dressed up as a quotation.
      expect(quotes, `${alert.slug} is not quoted`).toHaveLength(0);
      expect(text(item)).toContain(alert.text);
    }
  }
});

describe("each alert page: the text, whose wording it is, its sources, and the fixes in the file's order", () => {
  test.each(alerts.map((a) => [a.url, a] as const))('%s', (url, alert) => {
    expect(distExists(fileForUrlPath(url)), `dist/${fileForUrlPath(url)}`).toBe(true);
    const page = builtPage(url);
    const shown = shownElements(page);
    expect($$(page.document, 'h1').map(text)).toEqual([alert.title]);

    const quotes = $$(page.main, 'blockquote');
    if (isExact(alert)) {
      expect(quotes.map(text)).toEqual([alert.text]);
    } else {
      expect(quotes, 'an alert Apple only describes is not shown as a quotation').toHaveLength(0);
      expect($$(page.main, 'figure .alert-described').map(text)).toEqual([alert.text]);
    }

    // The note sits with the text and says whose words they are; an exact text names its source.
    const notes = $$(page.main, 'figure.alert-text figcaption');
    expect(notes, 'one note').toHaveLength(1);
    const note = defined(notes[0], 'the note');
    expect(shown.has(note), 'the note shows').toBe(true);
    const wording = alert.wording as AlertWording;
    expect(Object.keys(WHOSE), `wording "${alert.wording}" of content/alerts/${alert.slug}.md`).toContain(wording);
    expect(text(note)).toContain(uiStrings('en').alertWordingNotes[wording]);
    expect(text(note)).toMatch(WHOSE[wording]);
    expect($$(note, 'a[href^="https://"]')).toHaveLength(isExact(alert) ? 1 : 0);

    // Sources, with at least one of Apple's own pages, and what the review date means.
    const sources = defined($(page.main, 'section.sources'), 'the sources');
    const apple = $(sources, 'a[href^="https://support.apple.com/"], a[href^="https://www.apple.com/"]');
    expect(apple && shown.has(apple), "a link to one of Apple's pages shows").toBe(true);
    expect($$(sources, 'time').map((t) => attr(t, 'datetime'))).toEqual([alert.lastReviewed]);
    expect(text(sources)).toContain(`for iOS ${alert.checkedForIos}`);

    const headings = $$(page.document, 'h1, h2, h3, h4, h5, h6').filter((h) => text(h) === 'Fixes to try, in order');
    expect(headings, 'the heading "Fixes to try, in order"').toHaveLength(1);
    const heading = defined(headings[0], 'the heading');
    expect(shown.has(heading), 'the heading shows').toBe(true);
    const fixLinks = $$(page.main, 'ol.fix-list > li .fix-title a');
    expect(fixLinks.map(hrefOf)).toEqual(alert.fixes.map((slug) => articleBySlug(slug).url));
    expect(fixLinks.map(text)).toEqual(alert.fixes.map((slug) => articleBySlug(slug).title));
    // The list comes after its heading (e2e/alerts.spec.ts checks it on screen too).
    expect(comesBefore(page, heading, defined($(page.main, 'ol.fix-list'), 'the list of fixes'))).toBe(true);
  });
});

describe('each article lists exactly the alerts that name it, by title, each linking to its page', () => {
  test.each(articles.map((a) => [a.url, a] as const))('%s', (url, article) => {
    const expected = alertsFixedBy(article.slug);
    const page = builtPage(url);
    const blocks = $$(page.main, '.alerts');
    if (expected.length === 0) {
      expect(pageText(defined($(page.document, 'body'), 'body')).toLowerCase()).not.toContain('fixes these alerts');
      return;
    }
    expect(blocks).toHaveLength(1);
    const block = defined(blocks[0], 'the block');
    const label = $$(block, '*').filter((el) => text(el) === 'Fixes these alerts');
    expect(label.length, '"Fixes these alerts"').toBeGreaterThan(0);
    expect(shownElements(page).has(defined(label[0], 'the label')), '"Fixes these alerts" shows').toBe(true);

    const links = $$(block, 'li a');
    expect(links.map(hrefOf)).toEqual(expected.map((alert) => alert.url));
    for (const alert of expected) {
      const link = defined($(block, `a[href="${alert.url}"]`), alert.slug);
      expect(text(link), alert.slug).toBe(alert.text);
      expect($$(link, 'q'), `${alert.slug}: quoted only if exact`).toHaveLength(isExact(alert) ? 1 : 0);
    }
  });
});
