import { describe, expect, test } from 'vitest';
import { buildVocabulary, tokenize } from './vocabulary';

describe('tokenize', () => {
  test('lower-cases and splits on anything but letters and digits', () => {
    expect(tokenize('Settings > [your name] > iCloud Backup')).toEqual(['settings', 'your', 'name', 'icloud', 'backup']);
  });

  test('drops apostrophes inside words and accents', () => {
    expect(tokenize("iPhone's café won’t")).toEqual(['iphones', 'cafe', 'wont']);
  });
});

describe('buildVocabulary', () => {
  test('counts words across texts, most used first, ties alphabetical', () => {
    expect(buildVocabulary(['Backup storage', 'storage full', 'backup storage'])).toEqual([
      ['storage', 3],
      ['backup', 2],
      ['full', 1],
    ]);
  });

  test('leaves out short words and numbers', () => {
    expect(buildVocabulary(['to 50 GB of iOS 17 storage'])).toEqual([
      ['ios', 1],
      ['storage', 1],
    ]);
  });
});
