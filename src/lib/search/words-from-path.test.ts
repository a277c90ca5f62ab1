import { describe, expect, test } from 'vitest';
import { wordsFromPath } from './words-from-path';

describe('wordsFromPath', () => {
  test('turns a mistyped article URL into its words', () => {
    expect(wordsFromPath('/fixes/icloud-storge/')).toBe('icloud storge');
  });

  test('drops structural segments and file extensions', () => {
    expect(wordsFromPath('/kb/reset_all_settings.html')).toBe('reset all settings');
  });

  test('decodes escapes and survives malformed ones', () => {
    expect(wordsFromPath('/fixes/sign%20out/')).toBe('sign out');
    expect(wordsFromPath('/fixes/100%-full/')).toBe('100 full');
  });

  test('is empty for a path with no words', () => {
    expect(wordsFromPath('/fixes/')).toBe('');
  });
});
