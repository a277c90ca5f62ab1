import { describe, expect, it } from 'vitest';
import {
  findTranslationProblems,
  formatQuestionReport,
  formatTranslationReport,
  impossibleVersion,
  questionVersion,
  splitTranslationId,
  translationId,
  translationState,
} from './translations';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('translation state', () => {
  const english = { lastReviewed: day('2026-12-06'), changes: 2 };
  it('is current when made from the English page as it is', () => {
    expect(translationState(english, { lastReviewed: day('2026-12-06'), changes: 2 })).toBe('current');
  });
  it('is outdated after a later review or a new change of the English page', () => {
    expect(translationState(english, { lastReviewed: day('2026-12-01'), changes: 2 })).toBe('outdated');
    expect(translationState(english, { lastReviewed: day('2026-12-06'), changes: 1 })).toBe('outdated');
  });
  it('calls a version the English page never had a mistake, naming the field', () => {
    expect(impossibleVersion(english, { lastReviewed: day('2026-12-07'), changes: 2 })).toMatch(
      /translatedFrom\.lastReviewed is later .*2026-12-06/,
    );
    expect(impossibleVersion(english, { lastReviewed: day('2026-12-06'), changes: 3 })).toMatch(
      /translatedFrom\.changes is 3, but the English page lists 2/,
    );
    expect(impossibleVersion(english, english)).toBeUndefined();
  });
});

describe('translation ids', () => {
  it('round-trips a language and a slug', () => {
    expect(translationId('fr', 'quick-checks')).toBe('fr/quick-checks');
    expect(splitTranslationId('fr/quick-checks')).toEqual({ lang: 'fr', slug: 'quick-checks' });
  });
});

describe('findTranslationProblems', () => {
  const base = { lang: 'fr' as const, kind: 'fixes' as const, extension: '.mdx' };
  it('accepts every page translated or listed as not yet translated', () => {
    expect(findTranslationProblems({ ...base, originals: ['a', 'b'], translations: ['a'], untranslated: ['b'] })).toEqual([]);
  });
  it('names a missing translation, with both ways out', () => {
    const [problem] = findTranslationProblems({ ...base, originals: ['a'], translations: [], untranslated: [] });
    expect(problem).toBe(
      'content/fixes/a.mdx has no translation in "fr": write content/fr/fixes/a.mdx, or list "a" under fixes in content/fr/untranslated.yaml (the fr site then links to the English page)',
    );
  });
  it('names a translation with no English page, and stale lines of the list', () => {
    const problems = findTranslationProblems({ ...base, originals: ['a'], translations: ['a', 'z'], untranslated: ['a', 'y'] });
    expect(problems).toEqual([
      expect.stringContaining('lists "a" under fixes as not yet translated, but content/fr/fixes/a.mdx exists'),
      expect.stringContaining('content/fr/fixes/z.mdx has no English page content/fixes/z.mdx'),
      expect.stringContaining('lists "y" under fixes, but there is no English page content/fixes/y.mdx'),
    ]);
  });
});

describe('formatTranslationReport', () => {
  it('lists outdated translations first, saying what moved on in English', () => {
    const report = formatTranslationReport([
      {
        file: 'content/fr/fixes/a.mdx',
        english: 'content/fixes/a.mdx',
        state: 'current',
        translatedFrom: { lastReviewed: day('2026-12-06'), changes: 1 },
        englishVersion: { lastReviewed: day('2026-12-06'), changes: 1 },
      },
      {
        file: 'content/fr/fixes/b.mdx',
        english: 'content/fixes/b.mdx',
        state: 'outdated',
        translatedFrom: { lastReviewed: day('2026-12-01'), changes: 1 },
        englishVersion: { lastReviewed: day('2026-12-06'), changes: 2 },
      },
    ]);
    expect(report.split('\n')).toEqual([
      'Outdated translations: 1. Update each from its English page, then copy the English lastReviewed and number of changes into translatedFrom.',
      '  OUTDATED  content/fr/fixes/b.mdx: made from reviewed 2026-12-01, 1 change(s); content/fixes/b.mdx is now reviewed 2026-12-06, 2 change(s)',
      '1 translation(s) current.',
    ]);
  });
});

describe('questionVersion', () => {
  const question = { question: 'What do you see?', answers: [{ id: 'a', label: 'An alert', why: 'It fits.' }] };
  it('is 8 hex digits, the same for the same words', () => {
    expect(questionVersion(question)).toMatch(/^[0-9a-f]{8}$/);
    expect(questionVersion({ ...question })).toBe(questionVersion(question));
  });
  it('changes with any word a translation covers', () => {
    const versions = new Set([
      questionVersion(question),
      questionVersion({ ...question, question: 'What do you see now?' }),
      questionVersion({ ...question, help: 'Look in Settings.' }),
      questionVersion({ ...question, link: { text: 'Status' } }),
      questionVersion({ ...question, answers: [{ id: 'a', label: 'An alert', why: 'It fits well.' }] }),
    ]);
    expect(versions.size).toBe(5);
  });
});

describe('formatQuestionReport', () => {
  it('names each question whose English words changed, and the version to copy', () => {
    const file = 'content/fr/troubleshooter/flow.yaml';
    expect(
      formatQuestionReport([
        { file, id: 'what-do-you-see', translatedFrom: '0000abcd', english: '0000abcd' },
        { file, id: 'gray-on-wifi', translatedFrom: '11111111', english: '22222222' },
      ]).split('\n'),
    ).toEqual([
      '  OUTDATED  content/fr/troubleshooter/flow.yaml, question "gray-on-wifi": its English words changed (version 11111111 → 22222222); update it, then set translatedFrom: 22222222',
      '1 troubleshooter question(s) current, 1 outdated.',
    ]);
  });
});
