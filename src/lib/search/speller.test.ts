import { describe, expect, test } from 'vitest';
import {
  buildVocabulary,
  tokenize,
  allowedEdits,
  correctWord,
  createSpeller,
  editDistance,
  articleTexts,
  mdxText,
  vocabularyList,
  splitElisions,
} from './speller';

describe('tokenize', () => {
  test('lower-cases and splits on anything but letters and digits', () => {
    expect(tokenize('Settings > [your name] > iCloud Backup')).toEqual(['settings', 'your', 'name', 'icloud', 'backup']);
  });

  test('drops apostrophes inside words and accents', () => {
    expect(tokenize("iPhone's café won’t")).toEqual(['iphones', 'cafe', 'wont']);
  });
});

describe('buildVocabulary', () => {
  test('counts words across texts, most used first, ties alphabetical', () => {
    expect(buildVocabulary(['Backup storage', 'storage full', 'backup storage'])).toEqual([
      ['storage', 3],
      ['backup', 2],
      ['full', 1],
    ]);
  });

  test('leaves out short words and numbers', () => {
    expect(buildVocabulary(['to 50 GB of iOS 17 storage'])).toEqual([
      ['ios', 1],
      ['storage', 1],
    ]);
  });
});

describe('editDistance', () => {
  test.each([
    ['storage', 'storage', 0],
    ['storge', 'storage', 1],
    ['storgae', 'storage', 1],
    ['stroage', 'storage', 1],
    ['backup', 'backups', 1],
    ['icloud', 'cloud', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('stops past the maximum and says so with max + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  test('allows no edit in short words, one in medium, two in long', () => {
    expect(allowedEdits('ios')).toBe(0);
    expect(allowedEdits('wifi')).toBe(1);
    expect(allowedEdits('storage')).toBe(1);
    expect(allowedEdits('settings')).toBe(2);
  });
});

describe('correctWord', () => {
  const vocabulary = ['backup', 'storage', 'settings', 'restart', 'reset', 'store'];
  const known = new Set(vocabulary);

  test('keeps a word the site uses', () => {
    expect(correctWord('reset', vocabulary, known)).toBe('reset');
  });

  test('corrects a typo to the closest site word', () => {
    expect(correctWord('storge', vocabulary, known)).toBe('storage');
    expect(correctWord('setings', vocabulary, known)).toBe('settings');
    expect(correctWord('bakcup', vocabulary, known)).toBe('backup');
  });

  test('prefers the more frequent word on a tie', () => {
    // "stoer" is one edit from "store" and from "stoker"; "store" comes first in the vocabulary.
    expect(correctWord('stoer', ['store', 'stoker'], new Set(['store', 'stoker']))).toBe('store');
  });

  test('leaves a word alone when nothing is close enough', () => {
    expect(correctWord('banana', vocabulary, known)).toBe('banana');
  });

  test('leaves short words and numbers alone', () => {
    expect(correctWord('ix', vocabulary, known)).toBe('ix');
    expect(correctWord('2024', vocabulary, known)).toBe('2024');
  });
});

describe('createSpeller', () => {
  const speller = createSpeller(['icloud', 'storage', 'backup', 'full', 'not', 'enough']);

  test('suggests the corrected query when a word was misspelt', () => {
    expect(speller.suggest('icloud storge full')).toBe('icloud storage full');
    expect(speller.suggest('Not enuogh storage')).toBe('not enough storage');
  });

  test('suggests nothing when every word is known', () => {
    expect(speller.suggest('icloud storage')).toBeUndefined();
  });

  test('suggests nothing when no word can be corrected', () => {
    expect(speller.suggest('zzzz qqqq')).toBeUndefined();
  });
});

test('createSpeller leaves the words it is told to keep as they are', () => {
  const speller = createSpeller(['want', 'backup', 'stuck']);
  expect(speller.suggest('backup wont stuk')).toBe('backup want stuck');
  expect(speller.suggest('backup wont stuk', new Set(['wont']))).toBe('backup wont stuck');
});

test('mdxText keeps the words and drops syntax, tags and link targets', () => {
  const body = [
    "import Note from '../components/Note.astro';",
    '## When to try this',
    'Open **Settings > [your name]** and see [the storage fix](/fixes/check-icloud-storage/).',
    '<Note kind="warn">Back up first</Note> {frontmatter.title}',
    'More at https://support.apple.com/en-us/108047.',
  ].join('\n');
  const text = mdxText(body);
  expect(text).toContain('When to try this');
  expect(text).toContain('the storage fix');
  expect(text).toContain('Back up first');
  expect(text).not.toMatch(/import|fixes\/|Note|frontmatter|support\.apple/);
});

test('articleTexts takes title, description, aliases, alerts and body', () => {
  expect(articleTexts({ title: 'T', description: 'D', aliases: ['A'], alertTexts: ['E'], body: 'B' })).toEqual(['T', 'D', 'A', 'E', 'B']);
  expect(articleTexts({ title: 'T', description: 'D' })).toEqual(['T', 'D', '']);
});

test('vocabularyList lists words most used first, up to a maximum', () => {
  const sources = [
    { title: 'Check iCloud storage', description: 'Storage full', body: 'storage backup' },
    { title: 'Backup failed', description: 'The backup', aliases: ['storage'] },
  ];
  expect(vocabularyList(sources)).toEqual(['storage', 'backup', 'check', 'failed', 'full', 'icloud', 'the']);
  expect(vocabularyList(sources, 2)).toEqual(['storage', 'backup']);
});

describe('French elisions', () => {
  test('split off the word they join, whatever the apostrophe', () => {
    expect(splitElisions("l'iPhone d’écran qu'il jusqu'à")).toBe('l iPhone d écran qu il jusqu à');
    expect(tokenize("Temps d'écran de l’iPhone")).toEqual(['temps', 'd', 'ecran', 'de', 'l', 'iphone']);
  });
  test('leave English contractions whole', () => {
    expect(splitElisions("won't don't it's iPhone's")).toBe("won't don't it's iPhone's");
    expect(tokenize("won't")).toEqual(['wont']);
  });
});
