import { describe, expect, test } from 'vitest';
import { normalizeQuery, readSearchState, searchHref, searchQueryString, type SearchState } from './url-state';

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
