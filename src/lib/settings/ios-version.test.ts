import { describe, expect, test } from 'vitest';
import {
  compareVersions,
  COVERED_IOS,
  coversRange,
  CURRENT_IOS,
  olderCheckNote,
  describeSpan,
  describeSpanWithin,
  holdsAtNewestEnd,
  overlaps,
} from './ios-version';

describe('compareVersions', () => {
  test('compares part by part as numbers: 17.4 < 17.10 < 18 < 26 < 27', () => {
    const sorted = ['26', '17.10', '18', '17.4', '27', '17', '18.2'].sort(compareVersions);
    expect(sorted).toEqual(['17', '17.4', '17.10', '18', '18.2', '26', '27']);
  });

  test('a missing part is 0: 18 and 18.0 are the same version', () => {
    expect(compareVersions('18', '18.0')).toBe(0);
    expect(compareVersions('17.2.1', '17.2')).toBeGreaterThan(0);
  });
});

describe('CURRENT_IOS', () => {
  test('is a major release inside the versions the site covers', () => {
    expect(CURRENT_IOS).toMatch(/^\d+$/);
    expect(compareVersions(CURRENT_IOS, COVERED_IOS.from)).toBeGreaterThan(0);
  });
});

describe('olderCheckNote', () => {
  test('a page checked for an older release says the current one is not described yet', () => {
    expect(olderCheckNote('26', 'en', '27')).toBe(
      'iOS 27 is out, and these sources do not describe it yet: on iOS 27, a label may read differently.',
    );
    expect(olderCheckNote('26.4', 'en', '27')).toContain('iOS 27 is out');
  });

  test('a page checked for the current release, or a later one, says nothing', () => {
    expect(olderCheckNote('27', 'en', '27')).toBeUndefined();
    expect(olderCheckNote('27.1', 'en', '27')).toBeUndefined();
  });
});

describe('overlaps (a label span against an appliesTo range)', () => {
  test('a label from 17.3 does not exist on iOS 17 to 17.2, but does on 17 to 17.10', () => {
    expect(overlaps({ from: '17.3' }, { from: '17', to: '17.2' })).toBe(false);
    expect(overlaps({ from: '17.3' }, { from: '17', to: '17.10' })).toBe(true);
    expect(overlaps({ from: '17.3' }, { from: '17' })).toBe(true);
  });

  test('the upper end of appliesTo is inclusive of its point releases', () => {
    expect(overlaps({ from: '17.2.1' }, { from: '17', to: '17.2' })).toBe(true);
  });

  test('a label before 18 exists on 17 and later, not on 18 and later', () => {
    expect(overlaps({ before: '18' }, { from: '17' })).toBe(true);
    expect(overlaps({ before: '18' }, { from: '18' })).toBe(false);
    expect(overlaps({ before: '18' }, { from: '26' })).toBe(false);
  });
});

describe('holdsAtNewestEnd and coversRange', () => {
  test('an open range needs a label that is still current', () => {
    expect(holdsAtNewestEnd({ from: '18' }, { from: '17' })).toBe(true);
    expect(holdsAtNewestEnd({ before: '18' }, { from: '17' })).toBe(false);
  });

  test('a closed range needs the label at its last version', () => {
    expect(holdsAtNewestEnd({ before: '18' }, { from: '17', to: '17.6' })).toBe(true);
    expect(holdsAtNewestEnd({ from: '17.3' }, { from: '17', to: '17.10' })).toBe(true);
    expect(holdsAtNewestEnd({ from: '17.3' }, { from: '17', to: '17.2' })).toBe(false);
  });

  test('a label from 17.3 does not cover iOS 17 and later; an unbounded one does', () => {
    expect(coversRange({ from: '17.3' }, { from: '17' })).toBe(false);
    expect(coversRange({}, { from: '17' })).toBe(true);
    expect(coversRange({ from: '17' }, { from: '17.4' })).toBe(true);
  });
});

describe('describeSpanWithin', () => {
  test('a span that is one whole major release inside the range is named by it', () => {
    expect(describeSpanWithin({ before: '18' }, { from: '17' })).toBe('iOS 17');
    // After 18 came 26: a label from 18 until 26 was on iOS 18 only.
    expect(describeSpanWithin({ from: '18', before: '26' }, { from: '17' })).toBe('iOS 18');
  });

  test('never invents the last version before a change', () => {
    expect(describeSpanWithin({ before: '18.2' }, { from: '17' })).toBe('before iOS 18.2');
    expect(describeSpanWithin({ from: '17.3', before: '18.2' }, { from: '17' })).toBe('from iOS 17.3, before iOS 18.2');
  });

  test('a label that appeared inside the range', () => {
    expect(describeSpanWithin({ from: '17.3' }, { from: '17' })).toBe('iOS 17.3 and later');
    expect(describeSpanWithin({ from: '17.3' }, { from: '17', to: '18' })).toBe('iOS 17.3 to 18');
  });
});

describe('describeSpan', () => {
  test('names a span on its own', () => {
    expect(describeSpan({})).toBe('all versions');
    expect(describeSpan({ from: '18' })).toBe('iOS 18 and later');
    expect(describeSpan({ before: '18' })).toBe('before iOS 18');
    expect(describeSpan({ from: '17.3', before: '26' })).toBe('from iOS 17.3, before iOS 26');
  });
});
