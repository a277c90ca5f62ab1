import { describe, expect, test } from 'vitest';
import { hasAppleSource, isAppleSource } from './sources';

describe('isAppleSource', () => {
  test.each([
    'https://support.apple.com/en-us/108366',
    'https://support.apple.com/guide/iphone/back-up-iphone-iph3ecf67d29/ios',
    'https://www.apple.com/support/systemstatus/',
    'https://apple.com/icloud/',
  ])('accepts Apple’s own page %s', (url) => {
    expect(isAppleSource(url)).toBe(true);
  });

  test.each([
    ['a third-party site', 'https://www.digitaltrends.com/mobile/how-to-back-up-iphone/'],
    ['a look-alike host', 'https://support.apple.com.example.net/en-us/108366'],
    ['a host that only ends in apple.com', 'https://notapple.com/'],
    ['Apple’s community forums (users, not Apple)', 'https://discussions.apple.com/thread/1'],
    ['plain http', 'http://support.apple.com/en-us/108366'],
    ['not a URL', 'support.apple.com/en-us/108366'],
  ])('rejects %s', (_, url) => {
    expect(isAppleSource(url)).toBe(false);
  });
});

describe('hasAppleSource', () => {
  test('is true when any one source is Apple’s', () => {
    expect(hasAppleSource([{ url: 'https://example.com/' }, { url: 'https://support.apple.com/en-us/108366' }])).toBe(true);
  });

  test('is false for third-party sources only, and for none', () => {
    expect(hasAppleSource([{ url: 'https://example.com/' }])).toBe(false);
    expect(hasAppleSource([])).toBe(false);
  });
});
