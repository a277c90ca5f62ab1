import { describe, expect, test } from 'vitest';
import {
  normalizeQuery,
  readSearchState,
  searchHref,
  searchQueryString,
  type SearchState,
  filterGroups,
  pagefindFilterQuery,
  createHistoryPolicy,
} from './url-state';
import { filterValueOrder } from '#lib/articles/taxonomy.ts';

const EMPTY_SEARCH: SearchState = { query: '', filters: {}, verbatim: false };

describe('readSearchState', () => {
  test('reads the query, filters and verbatim flag', () => {
    expect(readSearchState('?q=not+enough++storage&risk=No+risk&category=iCloud%20storage&risk=Settings+reset&verbatim=1')).toEqual({
      query: 'not enough storage',
      filters: { category: ['iCloud storage'], risk: ['No risk', 'Settings reset'] },
      verbatim: true,
    });
  });

  test('is empty for no parameters, and ignores unknown ones and blank or repeated values', () => {
    expect(readSearchState('')).toEqual(EMPTY_SEARCH);
    expect(readSearchState('?utm=x&risk=&risk=No+risk&risk=No+risk')).toEqual({
      query: '',
      filters: { risk: ['No risk'] },
      verbatim: false,
    });
  });

  test('accepts URLSearchParams', () => {
    expect(readSearchState(new URLSearchParams({ q: 'storage', verbatim: '0' }))).toEqual({
      query: 'storage',
      filters: {},
      verbatim: false,
    });
  });
});

describe('searchQueryString', () => {
  test('writes spaces as + and filters in a fixed order', () => {
    expect(
      searchQueryString({ query: ' not enough storage ', filters: { risk: ['No risk'], category: ["Apple's servers"] }, verbatim: false }),
    ).toBe('?q=not+enough+storage&category=Apple%27s+servers&risk=No+risk');
  });

  test('is empty for an empty search, and drops verbatim without a query', () => {
    expect(searchQueryString(EMPTY_SEARCH)).toBe('');
    expect(searchQueryString({ query: '', filters: {}, verbatim: true })).toBe('');
    expect(searchQueryString({ query: 'storge', filters: {}, verbatim: true })).toBe('?q=storge&verbatim=1');
  });

  test('round-trips through readSearchState', () => {
    const state = { query: 'apple id', filters: { category: ['Apple Account'], risk: ['Data at risk'] }, verbatim: true };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });
});

test('searchHref puts the query string after the path', () => {
  expect(searchHref('/search/', { query: 'reset', filters: {}, verbatim: false })).toBe('/search/?q=reset');
  expect(searchHref('/search/', EMPTY_SEARCH)).toBe('/search/');
});

test('normalizeQuery trims and collapses white space', () => {
  expect(normalizeQuery('  not \n enough  ')).toBe('not enough');
});

describe('filterGroups', () => {
  test('orders topics along the path and risks from least to most, unknown values last', () => {
    const groups = filterGroups(
      {
        risk: { 'Data at risk': 2, 'No risk': 4, 'Settings reset': 1 },
        category: { 'iCloud storage': 1, 'Quick checks': 1, Zebra: 1, 'Apple Support': 1 },
        other: { x: 1 },
      },
      undefined,
      undefined,
      filterValueOrder('en'),
    );
    expect(groups).toEqual([
      {
        name: 'category',
        label: 'Topic',
        options: [
          { value: 'Quick checks', count: 1 },
          { value: 'iCloud storage', count: 1 },
          { value: 'Apple Support', count: 1 },
          { value: 'Zebra', count: 1 },
        ],
      },
      {
        name: 'risk',
        label: 'Risk',
        options: [
          { value: 'No risk', count: 4 },
          { value: 'Settings reset', count: 1 },
          { value: 'Data at risk', count: 2 },
        ],
      },
    ]);
  });

  test('leaves out empty groups and values no page has', () => {
    expect(filterGroups({ category: {}, risk: { 'No risk': 0 } })).toEqual([]);
  });
});

test('pagefindFilterQuery: any value within a group, empty groups left out', () => {
  expect(pagefindFilterQuery({ risk: ['No risk', 'Settings reset'], category: [] })).toEqual({
    risk: { any: ['No risk', 'Settings reset'] },
  });
});

// Each step is what happened (typed, settled) with the URL it makes, and the history write expected.
type HistoryStep = [event: 'typed' | 'settled', url: string, expected: 'push' | 'replace' | 'none'];
test.each<[name: string, start: string, steps: HistoryStep[]]>([
  [
    'typing pushes one entry, then replaces it; a pause ends it',
    '?q=storage',
    [
      ['typed', '?q=r', 'push'],
      ['typed', '?q=re', 'replace'],
      ['typed', '?q=reset', 'replace'],
      ['settled', '?q=reset', 'none'],
      ['typed', '?q=reset+all', 'push'],
    ],
  ],
  [
    'nothing is written when the URL would not change',
    '?q=a',
    [
      ['typed', '?q=a', 'none'],
      ['settled', '?q=a', 'none'],
    ],
  ],
  [
    'a settled change while not typing (Enter, a filter) pushes',
    '?q=backup',
    [
      ['settled', '?q=backup&risk=No+risk', 'push'],
      ['settled', '?q=backup', 'push'],
    ],
  ],
  [
    'Enter while typing keeps the entry typing made',
    '',
    [
      ['typed', '?q=st', 'push'],
      ['settled', '?q=storage', 'replace'],
      ['typed', '?q=storage+f', 'push'],
    ],
  ],
])('%s', (_name, start, steps) => {
  const policy = createHistoryPolicy(start);
  expect(steps.map(([event, url]) => policy[event](url))).toEqual(steps.map(([, , expected]) => expected));
});

test('after Back, typing starts a new entry', () => {
  const policy = createHistoryPolicy('?q=a');
  policy.typed('?q=ab');
  policy.restored('?q=a');
  expect(policy.typed('?q=ac')).toBe('push');
});
