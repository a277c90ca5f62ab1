import { describe, expect, test, afterEach, beforeEach, vi } from 'vitest';
import { createSpeller } from './speller';
import {
  changedWords,
  chooseCorrection,
  ENOUGH_RESULTS,
  mergeBySharedWords,
  namesNoCause,
  preloadableQuery,
  queryLanguage,
  queryWords,
  readerTerms,
  runQuery,
  typedResultCount,
  wantsCorrection,
  type Scored,
  debounce,
  latestOnly,
} from './query';

describe('readers’ words', () => {
  test('punctuation goes as Pagefind drops it, inside words too', () => {
    expect(queryWords('Won’t back-up, “Wi-Fi”?')).toEqual(['wont', 'backup', 'wifi']);
    expect(queryWords('  iPhone’s   café ')).toEqual(['iphones', 'cafe']);
  });

  test('contractions are the same with or without the apostrophe, and are not searched', () => {
    for (const text of ["why won't my iphone back up", 'why wont my iphone back up', 'why won’t my iphone back up']) {
      expect(readerTerms(text)).toEqual({ terms: ['iphone', 'back'], filler: ['why', 'wont', 'my', 'up'] });
    }
    expect(readerTerms("can't back up").terms).toEqual(readerTerms('cant back up').terms);
  });

  test('"back up", "backup", "backups" and "backing up" are one word', () => {
    const forms = ['back up iphone', 'backup iphone', 'backups iphone', 'backing up iphone'];
    expect(forms.map((text) => readerTerms(text).terms)).toEqual([
      ['back', 'iphone'],
      ['back', 'iphone'],
      ['back', 'iphone'],
      // Pagefind's stemmer makes "backing" into "back".
      ['backing', 'iphone'],
    ]);
  });

  test('question words and filler are not searched', () => {
    expect(readerTerms('how do i fix icloud backup').terms).toEqual(['fix', 'icloud', 'back']);
    expect(readerTerms('iphone keeps saying backup failed').terms).toEqual(['iphone', 'back', 'failed']);
    expect(readerTerms('battery low during backup').terms).toEqual(['battery', 'low', 'back']);
  });

  test('a query of filler only is searched as it is', () => {
    expect(readerTerms('how do I')).toEqual({ terms: ['how', 'do', 'i'], filler: [] });
  });

  test('repeated words are searched once', () => {
    expect(readerTerms('backup back up backup').terms).toEqual(['back']);
  });
});

describe('French queries', () => {
  const french = queryLanguage('fr-FR');

  test('elisions, accents, question words and "ne … pas" are not searched', () => {
    expect(readerTerms("Pourquoi mon iPhone ne se sauvegarde pas sur l'iCloud ?", french)).toEqual({
      terms: ['iphone', 'sauvegarde', 'icloud'],
      filler: ['pourquoi', 'mon', 'ne', 'se', 'pas', 'sur', 'l'],
    });
    expect(readerTerms('réglages', french).terms).toEqual(readerTerms('reglages', french).terms);
    expect(readerTerms('Temps d’écran', french).terms).toEqual(['temps', 'ecran']);
  });

  test('a French question that names no cause leads to the troubleshooter, one that names a cause does not', () => {
    expect(namesNoCause(readerTerms('pourquoi mon iphone ne se sauvegarde pas', french).terms, french)).toBe(true);
    expect(namesNoCause(readerTerms('sauvegarde icloud impossible', french).terms, french)).toBe(true);
    expect(namesNoCause(readerTerms('stockage icloud insuffisant', french).terms, french)).toBe(false);
  });

  test('a language the site does not know is read as English', () => {
    expect(readerTerms('why not storage', queryLanguage('de')).terms).toEqual(['storage']);
  });
});

describe('a question that names no cause', () => {
  test.each(["why won't my iphone back up", 'iphone wont backup', 'backup', 'my icloud backup is not working', 'cant back up my phone'])(
    '%j names none',
    (text) => {
      expect(namesNoCause(readerTerms(text).terms)).toBe(true);
    },
  );

  test.each([
    'not enough storage',
    'icloud storage full',
    'backup failed',
    'last backup could not be completed',
    'iphone backup failed',
    'backup stuck',
    'back up iphone to computer',
    'icloud backup error',
    'apple id',
  ])('%j names a cause or an alert', (text) => {
    expect(namesNoCause(readerTerms(text).terms)).toBe(false);
  });

  test('filler alone names nothing at all', () => {
    expect(namesNoCause(readerTerms('why not').terms)).toBe(false);
    expect(namesNoCause([])).toBe(false);
  });
});

describe('preloadableQuery', () => {
  test.each([
    ['n', ''],
    ['sto', 'sto'],
    ['icloud st', 'icloud'],
    ['icloud sto', 'icloud sto'],
    ['icloud ', 'icloud'],
    ['why is my icloud ', 'icloud'],
    ['  ', ''],
  ])('%j → %j', (typed, preloaded) => {
    expect(preloadableQuery(typed)).toBe(preloaded);
  });
});

describe('mergeBySharedWords', () => {
  test('pages matching more words come first, then the higher summed score', () => {
    const icloud = [
      { id: 'a', score: 1 },
      { id: 'b', score: 5 },
      { id: 'c', score: 2 },
    ];
    const storage = [
      { id: 'c', score: 4 },
      { id: 'd', score: 9 },
    ];
    expect(mergeBySharedWords([icloud, storage]).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  test('is empty for no lists', () => {
    expect(mergeBySharedWords([])).toEqual([]);
  });
});

describe('when to correct the spelling', () => {
  test('asks the speller when a query finds fewer than two results, unless verbatim', () => {
    expect(wantsCorrection(0, false)).toBe(true);
    expect(wantsCorrection(1, false)).toBe(true);
    expect(wantsCorrection(2, false)).toBe(false);
    expect(wantsCorrection(0, true)).toBe(false);
  });

  test.each([
    [0, 3, { showCorrected: true, suggest: true }],
    [1, 2, { showCorrected: true, suggest: true }],
    [1, 1, { showCorrected: false, suggest: true }],
    [1, 0, { showCorrected: false, suggest: false }],
    [0, 0, { showCorrected: false, suggest: false }],
  ])('typed %i results, corrected %i', (typed, corrected, choice) => {
    expect(chooseCorrection(typed, corrected)).toEqual(choice);
  });

  test('changedWords lists the typed words the speller replaced', () => {
    expect(changedWords(['icloud', 'storge', 'ful'], ['icloud', 'storage', 'full'])).toEqual(['storge', 'ful']);
    expect(changedWords(['icloud'], ['icloud'])).toEqual([]);
  });

  test('typedResultCount is nothing when Pagefind left out a word it does not know', () => {
    expect(typedResultCount(13, 1)).toBe(0);
    expect(typedResultCount(13, 0)).toBe(13);
  });
});

/**
 * A fake index that behaves like Pagefind: a page matches when it has every
 * known word of the query as a prefix of one of its words; words no page has
 * are left out; scores add up per word.
 */
function fakeIndex(pages: Record<string, string>, startPage = 'start') {
  const searched: string[] = [];
  const words = Object.fromEntries(Object.entries(pages).map(([id, text]) => [id, text.split(' ')]));
  const has = (id: string, word: string) => (words[id] ?? []).some((w) => w.startsWith(word));
  const matching = (query: string): Scored[] => {
    const known = query.split(' ').filter((word) => word && Object.keys(pages).some((id) => has(id, word)));
    if (known.length === 0) return [];
    return Object.keys(pages)
      .filter((id) => known.every((word) => has(id, word)))
      .map((id) => ({ id, score: known.length / (words[id]?.length ?? 1) }));
  };
  const find = {
    find: (query: string) => {
      searched.push(query);
      return Promise.resolve(matching(query));
    },
    count: (query: string) => Promise.resolve(matching(query).length),
    // Like the engine: ranked for the words when it has them, else found by its filter alone.
    startPages: (query: string) => {
      if (!(startPage in pages)) return Promise.resolve([]);
      const withWords = matching(query).filter((result) => result.id === startPage);
      return Promise.resolve(withWords.length > 0 ? withWords : [{ id: startPage, score: 0 }]);
    },
  };
  return { find, searched };
}

const SITE = {
  quick: 'quick checks battery low power mode wifi back backup iphone icloud why',
  storage: 'check icloud storage full plan back backup iphone',
  status: 'apple system status servers down back backup iphone icloud',
  stuck: 'slow stuck backup estimating time back iphone icloud',
};
/** The site with the troubleshooter's start page, which short, word-dense pages outrank for generic words. */
const WITH_START = {
  ...SITE,
  computer: 'back up iphone computer back backup',
  start: 'iphone back up icloud backup failed working questions storage quick checks',
};
const vocabulary = createSpeller(['icloud', 'storage', 'battery', 'backup', 'stuck', 'iphone', 'why']);
const speller = () => Promise.resolve(vocabulary);

describe('runQuery', () => {
  test('every word together, when that finds enough', async () => {
    const { find, searched } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'my iphone icloud backup', false);
    expect(outcome.someWords).toBe(false);
    expect(outcome.results.length).toBeGreaterThanOrEqual(ENOUGH_RESULTS);
    expect(searched[0]).toBe('iphone icloud back');
  });

  test('filler words do not empty the results', async () => {
    const { find } = fakeIndex(SITE);
    // Every page has "back"; only one has "why", and none has "during" or "my".
    const outcome = await runQuery(find, speller, "why won't my backup start during the night", false);
    expect(outcome.results.length).toBeGreaterThan(0);
  });

  test('too few pages with every word: some of the words, the pages with more of them first', async () => {
    const { find } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'battery low stuck backup', false);
    expect(outcome.someWords).toBe(true);
    expect(outcome.results.map((r) => r.id).slice(0, 2)).toEqual(['quick', 'stuck']);
    expect(outcome.results.length).toBe(4);
  });

  test('enough pages with every word: no fallback, no word searched alone, and no vocabulary loaded', async () => {
    const { find, searched } = fakeIndex(SITE);
    let asked = 0;
    const outcome = await runQuery(
      find,
      () => {
        asked++;
        return Promise.resolve(vocabulary);
      },
      'back iphone',
      false,
    );
    expect(outcome.someWords).toBe(false);
    expect(outcome.results.length).toBe(4);
    expect(searched).toEqual(['back iphone']);
    expect(asked).toBe(0);
  });

  test('a word the index does not have: the speller is asked', async () => {
    const { find } = fakeIndex(SITE);
    let asked = 0;
    await runQuery(
      find,
      () => {
        asked++;
        return Promise.resolve(vocabulary);
      },
      'iphone stuk',
      false,
    );
    expect(asked).toBe(1);
  });

  test('no searched word on the site: the filler words are tried before "No results"', async () => {
    const { find } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'why zzzz', false);
    expect(outcome.results.map((r) => r.id)).toEqual(['quick']);
    expect(outcome.someWords).toBe(true);
  });

  test('no word of the query on the site: no results', async () => {
    const { find } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'zzzz qqqq', false);
    expect(outcome.results).toEqual([]);
  });

  test('a misspelt word is corrected, and the correction searched', async () => {
    const { find } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'icloud storge', false);
    expect(outcome).toMatchObject({ suggestion: 'icloud storage', shown: 'icloud storage', showingSuggestion: true });
    expect(outcome.results[0]?.id).toBe('storage');
  });

  test('filler words are never "corrected"', async () => {
    const { find } = fakeIndex(SITE);
    // "wont" is one edit from "want"; were it in the vocabulary, it must still stay.
    const outcome = await runQuery(find, () => Promise.resolve(createSpeller(['want', 'stuck', 'backup'])), 'backup wont stuk', false);
    expect(outcome.suggestion).toBe('backup wont stuck');
  });

  test('a question that names no cause: the start page first, each page once', async () => {
    const { find } = fakeIndex(WITH_START);
    const plain = await runQuery(find, speller, 'backup', false);
    expect(plain.results[0]?.id).toBe('start');
    expect(plain.results.filter((r) => r.id === 'start')).toHaveLength(1);
    expect(plain.results).toHaveLength(Object.keys(WITH_START).length);
    // "phone" is not on the start page: it is found by its filter, and still comes first.
    const phone = await runQuery(find, speller, "why won't my phone back up", false);
    expect(phone.results[0]?.id).toBe('start');
  });

  test('a query that names a cause keeps the index’s ranking', async () => {
    const { find } = fakeIndex(WITH_START);
    const outcome = await runQuery(find, speller, 'icloud storage full', false);
    expect(outcome.results[0]?.id).toBe('storage');
  });

  test('no start page (the reader’s filters leave it out): the results as they are', async () => {
    const { find } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'iphone backup', false);
    expect(outcome.results.map((r) => r.id)).toEqual(Object.keys(SITE));
  });

  test('verbatim: no correction', async () => {
    const { find } = fakeIndex(SITE);
    const outcome = await runQuery(find, speller, 'storge', true);
    expect(outcome.suggestion).toBeUndefined();
    expect(outcome.results).toEqual([]);
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('runs once after a pause, with the last arguments', () => {
    const fn = vi.fn();
    const d = debounce(fn, 50);
    d('s');
    vi.advanceTimersByTime(30);
    d('st');
    vi.advanceTimersByTime(30);
    d('sto');
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledOnce();
    expect(fn).toHaveBeenCalledWith('sto');
  });

  test('cancel drops the pending call; flush runs it now, once', () => {
    const fn = vi.fn();
    const d = debounce(fn, 50);
    d(1);
    d.cancel();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    d(2);
    d.flush();
    expect(fn).toHaveBeenCalledWith(2);
    vi.advanceTimersByTime(100);
    d.flush();
    expect(fn).toHaveBeenCalledOnce();
  });
});

test('a run stays current until the next one starts', async () => {
  const latest = latestOnly();
  const shown: string[] = [];
  const search = async (query: string, ms: number) => {
    const isLatest = latest.start();
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (isLatest()) shown.push(query);
  };
  await Promise.all([search('sto', 30), search('storage', 5)]);
  expect(shown).toEqual(['storage']);
});
