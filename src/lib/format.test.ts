import { afterEach, describe, expect, test, vi } from 'vitest';
import { escapeXml, formatDate, formatIosRange, formatMinutes, isoDate } from './format';

describe('formatIosRange', () => {
  test('describes an open range as "and later"', () => {
    expect(formatIosRange({ from: '17' }, 'en')).toBe('iOS 17 and later');
  });

  test('treats an explicit undefined end as an open range', () => {
    expect(formatIosRange({ from: '16.4', to: undefined }, 'en')).toBe('iOS 16.4 and later');
  });

  test('describes a closed range with both ends', () => {
    expect(formatIosRange({ from: '15', to: '16' }, 'en')).toBe('iOS 15 to 16');
  });

  test('keeps point releases as written', () => {
    expect(formatIosRange({ from: '17.4', to: '17.6.1' }, 'en')).toBe('iOS 17.4 to 17.6.1');
  });

  test('names a single version once when the range starts and ends on it', () => {
    expect(formatIosRange({ from: '17', to: '17' }, 'en')).toBe('iOS 17');
  });
});

describe('formatMinutes', () => {
  test.each([
    [1, '1 min'],
    [5, '5 min'],
    [45, '45 min'],
  ])('formats %i as "%s"', (minutes, expected) => {
    expect(formatMinutes(minutes, 'en')).toBe(expected);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('formatDate', () => {
  test('formats a date as month name, day and year', () => {
    expect(formatDate(new Date('2026-03-05T12:00:00Z'), 'en')).toBe('March 5, 2026');
  });

  test('formats midnight UTC as that day in a zone behind UTC', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
    const date = new Date('2026-11-25T00:00:00Z');
    // Precondition: in this zone the local calendar day is the day before.
    expect(date.getDate()).toBe(24);
    expect(formatDate(date, 'en')).toBe('November 25, 2026');
  });

  test('formats late evening UTC as that day in a zone ahead of UTC', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    const date = new Date('2026-11-25T23:00:00Z');
    // Precondition: in this zone the local calendar day is the day after.
    expect(date.getDate()).toBe(26);
    expect(formatDate(date, 'en')).toBe('November 25, 2026');
  });

  test('formats a date parsed from frontmatter (YYYY-MM-DD) as that day', () => {
    vi.stubEnv('TZ', 'America/New_York');
    expect(formatDate(new Date('2026-01-01'), 'en')).toBe('January 1, 2026');
  });
});

describe('in French', () => {
  test('describes iOS ranges in French', () => {
    expect(formatIosRange({ from: '17' }, 'fr')).toBe('iOS 17 et versions ultérieures');
    expect(formatIosRange({ from: '15', to: '16' }, 'fr')).toBe('iOS 15 à 16');
    expect(formatIosRange({ from: '17', to: '17' }, 'fr')).toBe('iOS 17');
  });

  test('formats minutes', () => {
    expect(formatMinutes(10, 'fr')).toBe('10 min');
  });

  test('formats a date as day, month name and year', () => {
    expect(formatDate(new Date('2026-03-05T12:00:00Z'), 'fr')).toBe('5 mars 2026');
    expect(formatDate(new Date('2026-01-01'), 'fr')).toBe('1 janvier 2026');
  });

  test('keeps the UTC day in a zone behind UTC', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
    expect(formatDate(new Date('2026-11-25T00:00:00Z'), 'fr')).toBe('25 novembre 2026');
  });

  test('keeps one formatter per language: English after French stays English', () => {
    expect(formatDate(new Date('2026-03-05T12:00:00Z'), 'fr')).toBe('5 mars 2026');
    expect(formatDate(new Date('2026-03-05T12:00:00Z'), 'en')).toBe('March 5, 2026');
  });
});

describe('isoDate', () => {
  test('returns the YYYY-MM-DD form', () => {
    expect(isoDate(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
  });

  test('pads single-digit months and days', () => {
    expect(isoDate(new Date('2026-03-05T00:00:00Z'))).toBe('2026-03-05');
  });

  test('uses the UTC calendar day, whatever the local zone', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    const date = new Date('2026-11-25T23:00:00Z');
    expect(date.getDate()).toBe(26);
    expect(isoDate(date)).toBe('2026-11-25');
  });
});

describe('escapeXml', () => {
  test('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom's & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; co&lt;/a&gt;');
  });
});
