import { describe, expect, test } from 'vitest';
import { highlightWords, withHighlight } from './highlight-link';

describe('highlightWords', () => {
  test('splits on white space and strips surrounding punctuation, keeping inner marks', () => {
    expect(highlightWords(' "iCloud"  storage, won’t  Wi-Fi? ')).toEqual(['iCloud', 'storage', 'won’t', 'Wi-Fi']);
  });

  test('drops repeats and bare punctuation', () => {
    expect(highlightWords('backup Backup - …')).toEqual(['backup']);
  });

  test('keeps at most eight words', () => {
    expect(highlightWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('withHighlight', () => {
  test('adds one parameter per word before the fragment', () => {
    expect(withHighlight('/fixes/check-icloud-storage/#delete-backups', ['delete', 'backups'], 'highlight')).toBe(
      '/fixes/check-icloud-storage/?highlight=delete&highlight=backups#delete-backups',
    );
  });

  test('keeps other parameters, replaces old highlights, encodes words', () => {
    expect(withHighlight('/fixes/a/?x=1&highlight=old', ['Wi-Fi', 'iCloud+'], 'highlight')).toBe(
      '/fixes/a/?x=1&highlight=Wi-Fi&highlight=iCloud%2B',
    );
  });

  test('leaves the URL alone with no words', () => {
    expect(withHighlight('/fixes/a/#b', [], 'highlight')).toBe('/fixes/a/#b');
  });
});
