import { describe, expect, test } from 'vitest';
import { triedText } from './tried-text';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

describe('triedText', () => {
  const text = triedText({
    answers: [
      { question: 'What do you see?', answer: 'An alert about storage' },
      { question: 'Do you have a copy?', answer: 'Yes, on a computer' },
    ],
    fixTitle: 'Free up iCloud storage',
    url: 'https://example.org/troubleshoot/storage-copy/has-copy/',
    words: uiStrings('en').troubleshoot.triedText,
  });

  test('lists every answer in order, each after its question', () => {
    const lines = text.split('\n');
    expect(lines[1]).toBe('1. What do you see? An alert about storage');
    expect(lines[2]).toBe('2. Do you have a copy? Yes, on a computer');
  });

  test('ends with the fix reached and the address of the result', () => {
    expect(text.split('\n').slice(-2)).toEqual([
      'Recommended fix: Free up iCloud storage',
      'My answers and the fix: https://example.org/troubleshoot/storage-copy/has-copy/',
    ]);
  });

  test('in French, in French words', () => {
    const french = triedText({
      answers: [],
      fixTitle: 'Vérifier le stockage',
      url: 'https://example.org/fr/troubleshoot/',
      words: uiStrings('fr').troubleshoot.triedText,
    });
    expect(french.split('\n')).toEqual([
      'Ce que j’ai essayé (l’iPhone ne se sauvegarde pas sur iCloud) :',
      'Solution recommandée : Vérifier le stockage',
      'Mes réponses et la solution : https://example.org/fr/troubleshoot/',
    ]);
  });

  test('is plain text: no Markdown or HTML', () => {
    expect(text).not.toMatch(/[<>*_`#[\]]/);
  });
});
