import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  createVocabulary,
  entriesIn,
  loadVocabularyFile,
  settingsEntrySchema,
  vocabularyProblems,
  type SettingsEntry,
} from './settings-vocabulary';

const source = { title: 'A source', url: 'https://support.apple.com/' };

function entry(id: string, parent: string | undefined, text: string, more: Partial<SettingsEntry> = {}): SettingsEntry {
  return settingsEntrySchema.parse({
    id,
    ...(parent ? { parent } : {}),
    kind: 'screen',
    labels: [{ text, source, confidence: 'apple' }],
    ...more,
  });
}

const base = [entry('settings', undefined, 'Settings'), entry('general', 'settings', 'General'), entry('about', 'general', 'About')];

describe('the schema', () => {
  test('every label needs a source and a confidence', () => {
    const result = settingsEntrySchema.safeParse({ id: 'x', kind: 'screen', labels: [{ text: 'X' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['labels.0.source', 'labels.0.confidence']));
  });

  test('before must come after from, compared as versions (17.10 is after 17.4)', () => {
    const label = (from: string, before: string) => ({ text: 'X', from, before, source, confidence: 'apple' });
    expect(settingsEntrySchema.safeParse({ id: 'x', kind: 'screen', labels: [label('17.10', '17.4')] }).success).toBe(false);
    expect(settingsEntrySchema.safeParse({ id: 'x', kind: 'screen', labels: [label('17.4', '17.10')] }).success).toBe(true);
  });

  test('a label of unknown versions has no from or before', () => {
    const label = { text: 'X', versions: 'some', from: '17', source, confidence: 'third-party' };
    expect(settingsEntrySchema.safeParse({ id: 'x', kind: 'screen', labels: [label] }).success).toBe(false);
  });

  test('a misspelt field is an error', () => {
    expect(
      settingsEntrySchema.safeParse({ id: 'x', kind: 'screen', parnet: 'y', labels: [{ text: 'X', source, confidence: 'apple' }] }).success,
    ).toBe(false);
  });
});

describe('vocabularyProblems', () => {
  test('a valid tree has none', () => {
    expect(vocabularyProblems(base)).toEqual([]);
  });

  test('an unknown parent, a second root and a duplicate id', () => {
    const problems = vocabularyProblems([
      ...base,
      entry('lost', 'nowhere', 'Lost'),
      entry('other-root', undefined, 'Other'),
      entry('about', 'general', 'About again'),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'entry "lost": parent "nowhere" is not an entry id',
        expect.stringContaining('exactly one entry (Settings itself) has no parent; found 2'),
        'id "about" is used by two entries; ids must be unique',
      ]),
    );
  });

  test('a button leads nowhere', () => {
    const problems = vocabularyProblems([
      ...base,
      entry('shut-down', 'general', 'Shut Down', { kind: 'button' }),
      entry('slider', 'shut-down', 'Slider'),
    ]);
    expect(problems).toContain('entry "slider": parent "shut-down" is a button; only a screen or a menu leads to other entries');
  });

  test('two entries on one screen with the same label', () => {
    const problems = vocabularyProblems([...base, entry('about-2', 'general', 'About')]);
    expect(problems).toContain('entries "about" and "about-2" on "general" are both labelled "About"');
  });

  test('main labels of one entry must not overlap in versions', () => {
    const labels = (newFrom: string) => [
      { text: 'Old', before: '18', source, confidence: 'apple' as const },
      { text: 'New', from: newFrom, source, confidence: 'apple' as const },
    ];
    expect(vocabularyProblems([...base, entry('x', 'general', 'X', { labels: labels('17.4') })])).toEqual([
      'entry "x": main labels "Old" and "New" overlap in versions; give them from/before that meet',
    ]);
    expect(vocabularyProblems([...base, entry('x', 'general', 'X', { labels: labels('18') })])).toEqual([]);
  });

  test('a loop of parents', () => {
    const problems = vocabularyProblems([...base, entry('a', 'b', 'A'), entry('b', 'a', 'B')]);
    expect(problems).toContain('entry "a": its parents form a loop and never reach Settings');
  });

  test('createVocabulary throws with every problem', () => {
    expect(() => createVocabulary([...base, entry('lost', 'nowhere', 'Lost')])).toThrow(
      /vocabulary\.yaml has 1 problem\(s\):\n- entry "lost"/,
    );
  });
});

describe('labels in another language', () => {
  const french = (text: string, more: { note?: string } = {}) => ({
    fr: { labels: [{ text, source, confidence: 'third-party' as const }], ...more },
  });

  test('replace the English labels, and an entry with none in that language has none', () => {
    const entries = [
      entry('settings', undefined, 'Settings', { translations: french('Réglages') }),
      entry('general', 'settings', 'General', { translations: french('Général') }),
      entry('about', 'general', 'About'),
    ];
    const words = createVocabulary(entriesIn(entries, 'fr'), 'fr');
    expect(words.root.labels.map((label) => label.text)).toEqual(['Réglages']);
    expect(words.get('about')?.labels).toEqual([]);
  });

  test('an entry with a note needs it in each language it is translated into', () => {
    const entries = [entry('settings', undefined, 'Settings', { note: 'The app with the gear.', translations: french('Réglages') })];
    expect(vocabularyProblems(entries)).toEqual([
      'entry "settings": translations.fr has no note; give the note in that language too (the reference page shows it)',
    ]);
    const noted = [
      entry('settings', undefined, 'Settings', {
        note: 'The app with the gear.',
        translations: french('Réglages', { note: 'L’app à l’engrenage.' }),
      }),
    ];
    expect(vocabularyProblems(noted)).toEqual([]);
    expect(entriesIn(noted, 'fr')[0]?.note).toBe('L’app à l’engrenage.');
  });
});

describe('the real vocabulary', () => {
  const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..', '..'));

  test('loads, with Settings at the root and [your name] as one placeholder row under it', () => {
    expect(vocabulary.root.id).toBe('settings');
    const account = vocabulary.get('account');
    expect(account?.placeholder).toBe(true);
    expect(account && vocabulary.parentOf(account)?.id).toBe('settings');
  });

  test('pathTo walks from Settings down', () => {
    const backups = vocabulary.get('backups');
    expect(backups && vocabulary.pathTo(backups).map((e) => e.id)).toEqual(['settings', 'account', 'icloud', 'manage-storage', 'backups']);
  });
});
