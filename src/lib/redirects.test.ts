import { describe, expect, test } from 'vitest';
import { formatRedirectsFile, redirectsFor } from './redirects';

const entries = [
  { id: 'check-icloud-storage', data: { kbId: 'icb-102', formerSlugs: ['icloud-storage-full', 'storage'] } },
  { id: 'update-ios', data: { kbId: 'icb-105', formerSlugs: [] } },
];

describe('redirectsFor', () => {
  test('sends each short link and each former slug to the current article URL', () => {
    expect(redirectsFor(entries)).toEqual([
      { from: '/kb/icb-102/', to: '/fixes/check-icloud-storage/' },
      { from: '/fixes/icloud-storage-full/', to: '/fixes/check-icloud-storage/' },
      { from: '/fixes/storage/', to: '/fixes/check-icloud-storage/' },
      { from: '/kb/icb-105/', to: '/fixes/update-ios/' },
    ]);
  });
});

describe('formatRedirectsFile', () => {
  test('writes one permanent redirect a line', () => {
    expect(formatRedirectsFile([{ from: '/kb/icb-105/', to: '/fixes/update-ios/' }])).toBe(
      '/kb/icb-105/ /fixes/update-ios/ 301\n',
    );
  });
});
