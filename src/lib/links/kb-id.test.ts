import { expect, test } from 'vitest';
import { shortLinkRescue } from './kb-id';

const known: Record<string, string> = { 'icb-102': '/fixes/check-icloud-storage/' };
const hrefOf = (kbId: string) => known[kbId];

test('an address with a known ID goes to its article', () => {
  expect(shortLinkRescue('/kb/ICB-102', hrefOf)).toEqual({ kbId: 'icb-102', href: '/fixes/check-icloud-storage/' });
});

test('an address with an ID no article has is said to be one, with the ID as typed, lower-cased', () => {
  expect(shortLinkRescue('/kb/icb-999/', hrefOf)).toEqual({ kbId: 'icb-999' });
  expect(shortLinkRescue('/KB/ICB-99999/', hrefOf)).toEqual({ kbId: 'icb-99999' });
});

test('an address without an ID is left to the search for its words', () => {
  expect(shortLinkRescue('/fixes/icloud-storge/', hrefOf)).toBeUndefined();
  expect(shortLinkRescue('/kb/icb-12/', hrefOf)).toBeUndefined();
});
