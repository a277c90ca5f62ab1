import { expect, test, describe } from 'vitest';
import { defined } from '#lib/defined.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import type { PagefindResultData } from './pagefind-types';
import { runTogether } from '../../../test/support/run-together';
import {
  cleanHeading,
  correctionParts,
  previewHit,
  resultKind,
  shapeHit,
  highlightWords,
  withHighlight,
  countText,
  tidyExcerpt,
} from './results';

const location = (weight: number) => ({ weight, balanced_score: weight * 100, location: 1 });

const data: PagefindResultData = {
  url: '/fixes/check-icloud-storage/',
  excerpt: 'the last <mark>backup</mark> failed',
  meta: { title: 'Check your iCloud storage', kbId: 'icb-102' },
  sub_results: [
    { title: 'Check your iCloud storage', url: '/fixes/check-icloud-storage/', excerpt: 'top', weighted_locations: [location(8)] },
    { title: 'When to try this', url: '/fixes/check-icloud-storage/#when-to-try-this', excerpt: 'a', weighted_locations: [location(1)] },
    {
      title: 'Delete backups',
      url: '/fixes/check-icloud-storage/#delete-backups',
      excerpt: 'b',
      weighted_locations: [location(6), location(1)],
    },
    { title: 'Keep photos out', url: '/fixes/check-icloud-storage/#keep-photos', excerpt: 'c', weighted_locations: [location(1)] },
  ],
};

test('shapes title, ID, excerpt and the best sections, with highlight links before the fragment', () => {
  expect(shapeHit(data, { words: ['backup'], highlightParam: 'highlight', maxSections: 2 })).toEqual({
    url: '/fixes/check-icloud-storage/?highlight=backup',
    kind: 'fix',
    title: 'Check your iCloud storage',
    kbId: 'icb-102',
    excerptHtml: 'the last <mark>backup</mark> failed',
    sections: [
      { title: 'Delete backups', url: '/fixes/check-icloud-storage/?highlight=backup#delete-backups', excerptHtml: 'b' },
      // Equal scores keep the article's order.
      { title: 'When to try this', url: '/fixes/check-icloud-storage/?highlight=backup#when-to-try-this', excerptHtml: 'a' },
    ],
  });
});

test('falls back to the URL for a page without a title, and leaves out a missing ID', () => {
  const hit = shapeHit({ url: '/x/', excerpt: '', meta: {}, sub_results: [] }, { words: [], highlightParam: 'h', maxSections: 3 });
  expect(hit).toEqual({ url: '/x/', title: '/x/', excerptHtml: '', sections: [] });
});

test('drops repeated section links', () => {
  const second = defined(data.sub_results[1], "the fixture's second section");
  const twice = { ...data, sub_results: [second, second] };
  expect(shapeHit(twice, { words: [], highlightParam: 'h', maxSections: 3 }).sections).toHaveLength(1);
});

describe('tidyExcerpt', () => {
  test('drops the copies of the title an excerpt starts with, marked words or not', () => {
    expect(
      tidyExcerpt(
        '<mark>iPhone</mark> <mark>Backup</mark> <mark>Failed</mark>. iPhone Backup Failed. Wording as reported',
        'iPhone Backup Failed',
      ),
    ).toBe('Wording as reported');
    expect(tidyExcerpt('Update iOS on your <mark>iPhone.</mark> An outdated iOS', 'Update iOS on your iPhone')).toBe('An outdated iOS');
    expect(tidyExcerpt('Quick checks: Wi-Fi, power, and a restart. iPhone won’t', 'Quick checks: Wi-Fi, power, and a restart')).toBe(
      'iPhone won’t',
    );
  });

  test('keeps the title where it is not the start, and an excerpt of another title', () => {
    expect(tidyExcerpt('… says iPhone Backup Failed. Then', 'iPhone Backup Failed')).toBe('… says iPhone Backup Failed. Then');
    expect(tidyExcerpt('iPhone Backup is on', 'iPhone Backup Failed')).toBe('iPhone Backup is on');
    expect(tidyExcerpt('Your iPhone won’t back up', '')).toBe('Your iPhone won’t back up');
  });

  test('drops the period Pagefind closes a block with where the text has its own punctuation', () => {
    expect(tidyExcerpt('Open Settings. General. <mark>Software</mark> Update. . Wait while', 'x')).toBe(
      'Open Settings. General. <mark>Software</mark> Update. Wait while',
    );
    expect(tidyExcerpt('iCloud Backup. : the date', 'x')).toBe('iCloud Backup: the date');
    expect(tidyExcerpt('Software <mark>Update.</mark> . Wait', 'x')).toBe('Software <mark>Update</mark>. Wait');
  });
});

test('excerpts and section excerpts start after their title', () => {
  const titled = {
    ...data,
    excerpt: 'Check your iCloud <mark>storage</mark>. Not enough',
    sub_results: [{ title: 'Delete backups#', url: '/fixes/check-icloud-storage/#delete-backups', excerpt: 'Delete backups. Tap one' }],
  };
  const hit = shapeHit(titled, { words: [], highlightParam: 'h', maxSections: 3 });
  expect(hit.excerptHtml).toBe('Not enough');
  expect(hit.sections[0]?.excerptHtml).toBe('Tap one');
});

test('a section whose excerpt is the page’s says it only once, under the page’s title', () => {
  const same = {
    ...data,
    excerpt: 'the last <mark>backup</mark> failed',
    sub_results: [
      { title: 'If it didn’t work', url: '/fixes/check-icloud-storage/#if-it-didnt-work', excerpt: 'the last <mark>backup</mark> failed' },
      { title: 'Delete backups', url: '/fixes/check-icloud-storage/#delete-backups', excerpt: 'Tap one' },
    ],
  };
  const hit = shapeHit(same, { words: [], highlightParam: 'h', maxSections: 3 });
  expect(hit.excerptHtml).toBe('the last <mark>backup</mark> failed');
  expect(hit.sections.map((section) => section.excerptHtml)).toEqual(['', 'Tap one']);
});

test('cleanHeading drops a trailing self-link symbol', () => {
  expect(cleanHeading('Delete backups#')).toBe('Delete backups');
  expect(cleanHeading('Step 2 ¶ ')).toBe('Step 2');
  expect(cleanHeading('Use #hashtags in notes')).toBe('Use #hashtags in notes');
});

test('section titles are cleaned', () => {
  const withLink = {
    ...data,
    sub_results: [{ ...defined(data.sub_results[2], "the fixture's third section"), title: 'Delete backups#' }],
  };
  expect(shapeHit(withLink, { words: [], highlightParam: 'h', maxSections: 3 }).sections[0]?.title).toBe('Delete backups');
});

test.each([
  ['/fixes/check-icloud-storage/', 'fix'],
  ['/fixes/check-icloud-storage/?highlight=x#step-2', 'fix'],
  ['/fr/fixes/check-icloud-storage/', 'fix'],
  ['/errors/needs-wi-fi/', 'alert'],
  ['/fr/errors/needs-wi-fi/', 'alert'],
  ['/troubleshoot/', 'troubleshooter'],
  ['/troubleshoot/gray-on-wifi/', 'troubleshooter'],
  ['/fr/troubleshoot/', 'troubleshooter'],
  ['/fixes/', undefined],
  ['/errors/', undefined],
  ['/', undefined],
])('the kind of %s is %s', (url, kind) => {
  expect(resultKind(url)).toBe(kind);
});

test('a preview from the manifest has the kind, title, ID and highlight link, and waits for its excerpt', () => {
  const options = { words: ['storage'], highlightParam: 'highlight', maxSections: 2 };
  expect(previewHit(['/fixes/check-icloud-storage/', 'Check your iCloud storage', 'icb-102'], options)).toEqual({
    url: '/fixes/check-icloud-storage/?highlight=storage',
    kind: 'fix',
    title: 'Check your iCloud storage',
    kbId: 'icb-102',
    excerptHtml: '',
    sections: [],
  });
  expect(previewHit(['/errors/needs-wi-fi/', 'An alert'], options)).toEqual({
    url: '/errors/needs-wi-fi/?highlight=storage',
    kind: 'alert',
    title: 'An alert',
    excerptHtml: '',
    sections: [],
  });
});

describe('highlightWords', () => {
  test('splits on white space and strips surrounding punctuation, keeping inner marks', () => {
    expect(highlightWords(' "iCloud"  storage, won’t  Wi-Fi? ')).toEqual(['iCloud', 'storage', 'won’t', 'Wi-Fi']);
  });

  test('drops repeats and bare punctuation', () => {
    expect(highlightWords('backup Backup - …')).toEqual(['backup']);
  });

  test('keeps at most eight words', () => {
    expect(highlightWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('withHighlight', () => {
  test('adds one parameter per word before the fragment', () => {
    expect(withHighlight('/fixes/check-icloud-storage/#delete-backups', ['delete', 'backups'], 'highlight')).toBe(
      '/fixes/check-icloud-storage/?highlight=delete&highlight=backups#delete-backups',
    );
  });

  test('keeps other parameters, replaces old highlights, encodes words', () => {
    expect(withHighlight('/fixes/a/?x=1&highlight=old', ['Wi-Fi', 'iCloud+'], 'highlight')).toBe(
      '/fixes/a/?x=1&highlight=Wi-Fi&highlight=iCloud%2B',
    );
  });

  test('leaves the URL alone with no words', () => {
    expect(withHighlight('/fixes/a/#b', [], 'highlight')).toBe('/fixes/a/#b');
  });
});

test.each([
  [0, 0, 'No results for “x”. Try other words, or fewer.'],
  [1, 1, '1 result for “x”.'],
  [3, 3, '3 results for “x”.'],
  [12, 6, '12 results for “x”; the best 6 are shown.'],
])('%i results, %i shown', (total, shown, text) => {
  expect(countText(total, 'x', uiStrings('en').searchText, shown)).toBe(text);
});

test('in French, with French spacing', () => {
  expect(countText(12, 'x', uiStrings('fr').searchText, 6)).toBe('12 résultats pour « x » ; les 6 meilleurs sont affichés.');
  const parts = correctionParts(
    { typed: 'stokage', shown: 'stockage', suggestion: 'stockage', showingSuggestion: false, someWords: false },
    uiStrings('fr').searchText,
  );
  expect(parts.map((part) => (typeof part === 'string' ? part : `[${part.text}]`)).join('')).toBe('Vouliez-vous dire [stockage] ?');
});

describe('the correction line', () => {
  const outcomes = [true, false].flatMap((showingSuggestion) =>
    [true, false].flatMap((someWords) =>
      [undefined, 'icloud storage'].map((suggestion) => ({
        typed: 'icloud storge',
        shown: showingSuggestion && suggestion ? suggestion : 'icloud storge',
        ...(suggestion ? { suggestion } : {}),
        showingSuggestion: showingSuggestion && !!suggestion,
        someWords,
      })),
    ),
  );

  test('says what the results are for, with links to the other words', () => {
    const text = (parts: ReturnType<typeof correctionParts>) =>
      parts.map((part) => (typeof part === 'string' ? part : `[${part.text}]`)).join('');
    expect(
      text(
        correctionParts(
          {
            typed: 'icloud storge',
            shown: 'icloud storage',
            suggestion: 'icloud storage',
            showingSuggestion: true,
            someWords: true,
          },
          uiStrings('en').searchText,
        ),
      ),
    ).toBe(
      'Did you mean [icloud storage]? Showing results for “icloud storage”. [Search for “icloud storge” instead]. Showing results for some of your words.',
    );
    expect(correctionParts({ typed: 'a b', shown: 'a b', showingSuggestion: false, someWords: false }, uiStrings('en').searchText)).toEqual(
      [],
    );
  });

  test('never runs words together around its links, whatever it says', () => {
    for (const outcome of outcomes) {
      const parts = correctionParts(outcome, uiStrings('en').searchText).map((part) => (typeof part === 'string' ? part : part.text));
      for (const [i, part] of parts.entries()) {
        if (i > 0) expect(runTogether(parts[i - 1] ?? '', part), `${JSON.stringify(parts)} at ${i}`).toBe(false);
      }
    }
  });
});
