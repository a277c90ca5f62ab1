import { describe, expect, test } from 'vitest';
import { FIXES_PATH, SEARCH_PATH, fixPath, searchPath, sourceFileOfPage } from './routes';

describe('fixPath', () => {
  test('builds the article URL from its slug, with a trailing slash', () => {
    expect(fixPath('update-ios')).toBe('/fixes/update-ios/');
  });

  test('lives under FIXES_PATH', () => {
    expect(FIXES_PATH).toBe('/fixes/');
    expect(fixPath('quick-checks').startsWith(FIXES_PATH)).toBe(true);
  });
});

describe('sourceFileOfPage', () => {
  test('maps an article page to its content file', () => {
    expect(sourceFileOfPage('/fixes/update-ios/')).toBe('content/fixes/update-ios.mdx');
  });

  test('is the inverse of fixPath', () => {
    expect(sourceFileOfPage(fixPath('check-icloud-storage'))).toBe('content/fixes/check-icloud-storage.mdx');
  });

  test.each([
    ['the home page', '/'],
    ['the article index', '/fixes/'],
    ['the search page', '/search/'],
    ['the 404 page', '/404.html'],
    ['a page nested below an article', '/fixes/update-ios/extra/'],
    ['an article path without its trailing slash', '/fixes/update-ios'],
    ['a file inside the fixes folder', '/fixes/update-ios/index.html'],
  ])('returns undefined for %s', (_, path) => {
    expect(sourceFileOfPage(path)).toBeUndefined();
  });
});

describe('searchPath', () => {
  test('returns the bare search page without a query', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath()).toBe(SEARCH_PATH);
  });

  test('returns the bare search page for an empty query', () => {
    expect(searchPath('')).toBe('/search/');
  });

  test('puts the query in the q parameter', () => {
    expect(searchPath('storage')).toBe('/search/?q=storage');
  });

  test('encodes spaces as +', () => {
    expect(searchPath('iCloud backup failed')).toBe('/search/?q=iCloud+backup+failed');
  });

  test('percent-encodes characters that would break the query string', () => {
    expect(searchPath('a&b=c#d?e')).toBe('/search/?q=a%26b%3Dc%23d%3Fe');
  });

  test('encodes a literal + so it is not read back as a space', () => {
    expect(searchPath('iCloud+')).toBe('/search/?q=iCloud%2B');
  });

  test('encodes non-ASCII characters as UTF-8', () => {
    expect(searchPath('café')).toBe('/search/?q=caf%C3%A9');
  });

  test('round-trips through URLSearchParams', () => {
    const query = 'Backup "failed" & 50% full';
    const url = new URL(searchPath(query), 'https://icloud-backup-help.example');
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe(query);
  });
});
