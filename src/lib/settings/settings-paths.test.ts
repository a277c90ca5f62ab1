import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  closestLabels,
  describeFailure,
  isSettingsPathText,
  parsePath,
  pathPlainText,
  resolveControl,
  resolvePath,
  stepPlainText,
  type Resolution,
} from './settings-paths';
import type { IosRange } from './ios-version';
import { createVocabulary, loadVocabularyFile } from './settings-vocabulary';

const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..', '..'));
const SITE: IosRange = { from: '17' };

function resolve(text: string, range = SITE): Resolution {
  return resolvePath(parsePath(text), vocabulary, { range });
}

function failure(text: string, range = SITE) {
  const result = resolve(text, range);
  if (result.ok) throw new Error(`"${text}" resolved`);
  return result.failure;
}

describe('parsing', () => {
  test('a bold text is a path when it starts with "Settings >", whatever the spacing or case', () => {
    expect(isSettingsPathText('Settings > Wi-Fi')).toBe(true);
    expect(isSettingsPathText('settings>Wi-Fi')).toBe(true);
    expect(isSettingsPathText('Settings')).toBe(false);
    expect(isSettingsPathText('Back Up Now')).toBe(false);
  });

  test('splits at ">" and tidies the spaces', () => {
    expect(parsePath('Settings >  [your name]>iCloud  > iCloud   Backup')).toEqual(['Settings', '[your name]', 'iCloud', 'iCloud Backup']);
  });
});

describe('resolvePath', () => {
  test('a known path resolves step by step, with what the reader sees', () => {
    const result = resolve('Settings > [your name] > iCloud > iCloud Backup');
    expect(result.ok && result.steps.map((s) => [s.entry.id, s.text])).toEqual([
      ['settings', 'Settings'],
      ['account', 'your name'],
      ['icloud', 'iCloud'],
      ['icloud-backup', 'iCloud Backup'],
    ]);
  });

  test('a misspelt step is unknown, with the closest labels of that screen', () => {
    expect(failure('Settings > [your name] > iClod > iCloud Backup')).toMatchObject({
      step: 3,
      written: 'iClod',
      reason: 'unknown',
      suggestions: expect.arrayContaining(['iCloud']) as string[],
    });
    expect(failure('Settings > [your name] > iCloud > Manage Storgae').suggestions[0]).toBe('Manage Storage');
  });

  test('a step reached from the wrong screen names where it really is', () => {
    expect(failure('Settings > General > iCloud Backup')).toMatchObject({
      step: 3,
      reason: 'unreachable',
      suggestions: ['Settings > [your name] > iCloud > iCloud Backup'],
    });
  });

  test('a path must start at Settings', () => {
    expect(failure('Setings > Wi-Fi')).toMatchObject({ step: 1, reason: 'unknown', suggestions: ['Settings'] });
  });

  test('an empty step', () => {
    expect(failure('Settings > > Wi-Fi')).toMatchObject({ step: 2, reason: 'unknown' });
  });

  test('a label outside the range: Stolen Device Protection (from 17.3) on iOS 17 to 17.2', () => {
    const text = 'Settings > Face ID & Passcode > Stolen Device Protection';
    expect(failure(text, { from: '17', to: '17.2' })).toMatchObject({ step: 3, reason: 'out-of-range' });
    expect(resolve(text, { from: '17', to: '17.10' }).ok).toBe(true);
  });

  test('an older or other label must not be written: the page adds it', () => {
    const found = failure('Settings > [your name] > iCloud > Manage Account Storage');
    expect(found).toMatchObject({ reason: 'older-label', suggestions: ['Settings > [your name] > iCloud > Manage Storage'] });
    expect(found.detail).toContain('write the current label "Manage Storage"');
  });
});

describe('notes from the data', () => {
  test('a label whose versions the sources do not give: "on some versions"', () => {
    const result = resolve('Settings > [your name] > iCloud > Manage Storage > Backups');
    expect(result.ok && result.steps[3]?.notes).toEqual(['on some versions: Manage Account Storage']);
  });

  test('the [your name] row says what the account is called where it changed in the range, once per document', () => {
    const subtitlesShown = new Set<string>();
    const first = resolvePath(parsePath('Settings > [your name] > iCloud'), vocabulary, { range: SITE, subtitlesShown });
    const second = resolvePath(parsePath('Settings > [your name] > Sign Out'), vocabulary, { range: SITE, subtitlesShown });
    expect(first.ok && first.steps[1]?.notes).toEqual(['Apple Account', 'on iOS 17: Apple ID']);
    expect(second.ok && second.steps[1]?.notes).toEqual([]);
  });

  test('on iOS 18 and later the account name does not differ, so no note', () => {
    const result = resolve('Settings > [your name] > iCloud', { from: '18' });
    expect(result.ok && result.steps[1]?.notes).toEqual([]);
  });

  test('a label that appeared inside the range says from when', () => {
    const result = resolve('Settings > Face ID & Passcode > Stolen Device Protection');
    expect(result.ok && result.steps[2]?.notes).toEqual(['iOS 17.3 and later']);
  });
});

describe('plain text', () => {
  test('the path as written, with other labels in brackets', () => {
    const result = resolve('Settings > [your name] > iCloud > Manage Storage > Backups', { from: '18' });
    expect(result.ok && pathPlainText(result.steps)).toBe(
      'Settings > [your name] > iCloud > Manage Storage [on some versions: Manage Account Storage] > Backups',
    );
  });

  test('a path without notes is exactly what was written', () => {
    const result = resolve('Settings > General > Transfer or Reset iPhone > Reset');
    expect(result.ok && pathPlainText(result.steps)).toBe('Settings > General > Transfer or Reset iPhone > Reset');
  });
});

describe('resolveControl (a bold control name near the last screen)', () => {
  const icloud = vocabulary.get('icloud');
  const backups = vocabulary.get('backups');

  test('a control on the screen just named resolves, with its notes', () => {
    const result = resolveControl('Manage Storage', icloud, vocabulary, { range: SITE });
    expect(result?.ok && stepPlainText(result.step)).toBe('Manage Storage [on some versions: Manage Account Storage]');
  });

  test('a control through a placeholder row: Delete Backup is on a device in Backups', () => {
    const result = resolveControl('Delete Backup', backups, vocabulary, { range: SITE });
    expect(result?.ok && result.step.entry.id).toBe('delete-backup');
  });

  test('ordinary bold text is left alone', () => {
    expect(resolveControl('Deleting a backup cannot be undone.', icloud, vocabulary, { range: SITE })).toBeUndefined();
    expect(resolveControl('iPhone', icloud, vocabulary, { range: SITE })).toBeUndefined();
  });

  test('without a screen named before, only Settings itself is known', () => {
    expect(resolveControl('Manage Storage', undefined, vocabulary, { range: SITE })).toBeUndefined();
    expect(resolveControl('Settings', undefined, vocabulary, { range: SITE })?.ok).toBe(true);
  });

  test('a near-miss of a label there is a typo', () => {
    const result = resolveControl('Manage Storgae', icloud, vocabulary, { range: SITE });
    expect(result?.ok).toBe(false);
    expect(result?.ok === false && result.failure.suggestions[0]).toBe('Manage Storage');
  });

  test('an older label written by hand is refused', () => {
    const photos = vocabulary.get('photos');
    const result = resolveControl('iCloud Photos', photos, vocabulary, { range: SITE });
    expect(result?.ok === false && result.failure.reason).toBe('older-label');
  });
});

describe('closestLabels and describeFailure', () => {
  test('nearest first, ignoring case', () => {
    expect(closestLabels('icloud', ['Sign Out', 'iCloud', 'Family Sharing'])).toEqual(['iCloud', 'Sign Out', 'Family Sharing']);
  });

  test('one line with the path, the step and the suggestions', () => {
    const text = 'Settings > [your name] > iClod';
    const line = describeFailure(text, failure(text));
    expect(line).toMatch(
      /^Settings path "Settings > \[your name\] > iClod": step 3 "iClod" is not a label on "\[your name\]"\. Closest known labels: "iCloud"/,
    );
    expect(line).not.toContain('\n');
  });
});

describe('paths in another language', () => {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  const french = loadVocabularyFile(root, 'fr');
  const inFrench = (text: string) => resolvePath(parsePath(text), french, { range: SITE, lang: 'fr' });

  test('a French path resolves against the French labels, its notes in French', () => {
    const result = inFrench('Réglages > [votre nom] > iCloud > Gérer le stockage');
    expect(result.ok && result.steps.map((s) => s.entry.id)).toEqual(['settings', 'account', 'icloud', 'manage-storage']);
    // The account row says "Compte Apple" from iOS 18 and "identifiant Apple" before: said in French.
    expect(result.ok && result.steps[1]?.notes.join('; ')).toMatch(/^Compte Apple; sur iOS 17 : identifiant Apple$/);
  });

  test('a straight or a curly apostrophe is the same label', () => {
    expect(inFrench('Réglages > Général > Transférer ou réinitialiser l’iPhone').ok).toBe(true);
    expect(inFrench("Réglages > Général > Transférer ou réinitialiser l'iPhone").ok).toBe(true);
  });

  test('an English path in a French page is a path, and fails at its first step', () => {
    expect(isSettingsPathText('Settings > Wi-Fi', ['Settings', 'Réglages'])).toBe(true);
    expect(isSettingsPathText('Réglages > Wi-Fi', ['Settings', 'Réglages'])).toBe(true);
    const result = inFrench('Settings > Wi-Fi');
    expect(!result.ok && describeFailure('Settings > Wi-Fi', result.failure)).toMatch(
      /step 1 "Settings" is not a label at the start of a path\. Closest known labels: "Réglages"/,
    );
  });

  test('a step with no label in the language names the entries to translate, and where', () => {
    const untranslated = loadVocabularyFile(root, 'fr').entries.map((entry) =>
      entry.id === 'icloud-backup' ? { ...entry, labels: [] } : entry,
    );
    const words = createVocabulary(untranslated, 'fr');
    const result = resolvePath(parsePath('Réglages > [votre nom] > iCloud > Sauvegarde iCloud'), words, { range: SITE, lang: 'fr' });
    expect(!result.ok && describeFailure('Réglages > [votre nom] > iCloud > Sauvegarde iCloud', result.failure)).toMatch(
      /step 4 "Sauvegarde iCloud" is not a label on "iCloud"; these entries there have no "fr" label for the versions this page covers \(iOS 17 and later\): "icloud-backup".* Add one under translations\.fr in content\/settings\/vocabulary\.yaml/,
    );
  });
});
