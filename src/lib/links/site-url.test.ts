import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl, siteOf } from './site-url';

describe('resolveSiteUrl', () => {
  test('falls back to the local preview address when unset or blank', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  test('returns the origin without a trailing slash', () => {
    expect(resolveSiteUrl('https://help.example.com/')).toBe('https://help.example.com');
    expect(resolveSiteUrl(' https://help.example.com:8443 ')).toBe('https://help.example.com:8443');
  });

  test.each(['help.example.com', 'ftp://help.example.com', 'https://help.example.com/docs/', 'https://x.example/?a=1'])(
    'rejects %j with a message naming SITE_URL',
    (value) => {
      expect(() => resolveSiteUrl(value)).toThrow(/^SITE_URL must/);
    },
  );
});

describe('siteOf', () => {
  test('hands back the configured site', () => {
    expect(siteOf(new URL('https://help.example/')).href).toBe('https://help.example/');
  });

  test('a missing site is a setup error that names the config', () => {
    expect(() => siteOf(undefined)).toThrow(/astro\.config\.mjs has no `site`/);
  });
});
