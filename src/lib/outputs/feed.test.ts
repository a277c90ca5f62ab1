import { describe, expect, test } from 'vitest';
import { feedDescription, feedItem, feedItems } from './feed';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fix = {
  kind: 'fix' as const,
  id: 'icb-102',
  title: 'Check your iCloud storage',
  url: 'https://h.example/fixes/check-icloud-storage/',
  lastReviewed: day('2026-11-25'),
  changes: [
    { date: day('2026-10-01'), summary: 'Older.' },
    { date: day('2026-11-25'), summary: 'Added the family sharing step.' },
  ],
};

describe('feedItem', () => {
  test('dates the item by its review and says what changed, newest change first', () => {
    const item = feedItem(fix);
    expect(item.pubDate).toEqual(day('2026-11-25'));
    expect(item.description).toBe(
      'What changed (November 25, 2026): Added the family sharing step. Last reviewed November 25, 2026: checked against the listed sources.',
    );
    expect(item.link).toBe(fix.url);
  });

  test('in French: French words and dates, the English note said to be English, and a guid of its own', () => {
    const item = feedItem({ ...fix, title: 'Vérifier votre stockage iCloud' }, 'fr');
    expect(item.description).toBe(
      'Ce qui a changé (25 novembre 2026, note en anglais) : Added the family sharing step. Dernière vérification le 25 novembre 2026, d’après les sources citées.',
    );
    expect(item.customData).toBe('<guid isPermaLink="false">fr:fix:icb-102@2026-11-25</guid>');
  });

  test('its guid holds the review date, so a new review is a new item', () => {
    expect(feedItem(fix).customData).toBe('<guid isPermaLink="false">fix:icb-102@2026-11-25</guid>');
    expect(feedItem({ ...fix, lastReviewed: day('2027-01-01') }).customData).toContain('@2027-01-01');
  });

  test('without changes it says so', () => {
    expect(feedDescription({ ...fix, changes: [] })).toBe(
      'Last reviewed November 25, 2026: checked against the listed sources. No change noted.',
    );
  });

  test('an alert is titled as one', () => {
    expect(feedItem({ kind: 'alert', id: 'needs-wi-fi', title: 'Needs Wi-Fi', url: 'https://h.example/errors/needs-wi-fi/' }).title).toBe(
      'Alert: Needs Wi-Fi',
    );
  });
});

describe('feedItems', () => {
  test('newest first, undated last', () => {
    const items = feedItems([
      { ...fix, id: 'a', title: 'Old', lastReviewed: day('2026-01-01') },
      { kind: 'alert', id: 'b', title: 'Undated', url: 'https://h.example/errors/b/' },
      { ...fix, id: 'c', title: 'New', lastReviewed: day('2026-06-01') },
    ]);
    expect(items.map((item) => item.title)).toEqual(['New', 'Old', 'Alert: Undated']);
  });
});
