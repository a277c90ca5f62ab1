import { describe, expect, test } from 'vitest';
import { alertsByFix, byTitle, findUnknownFixes, type AlertEntry } from './alert-links';

const alert = (id: string, title: string, ...fixes: string[]): AlertEntry => ({
  id,
  filePath: `content/alerts/${id}.md`,
  data: { title, fixes: fixes.map((fix) => ({ id: fix })) },
});
const ids = (alerts: readonly AlertEntry[] | undefined) => alerts?.map((a) => a.id);

describe('alertsByFix', () => {
  const full = alert('full', 'Not enough iCloud storage', 'storage', 'support');
  const failed = alert('failed', 'iPhone Backup Failed', 'quick', 'storage', 'support');
  const wifi = alert('wifi', 'Backup needs Wi-Fi', 'quick', 'support');

  test('gives each fix the alerts that name it: those that list it sooner first, then the more specific, then by title; whatever the order of the alerts', () => {
    for (const alerts of [
      [full, failed, wifi],
      [wifi, full, failed],
    ]) {
      const byFix = alertsByFix(alerts);
      // Second on full's list and on wifi's (two fixes each: by title), third on failed's.
      expect(ids(byFix.get('support'))).toEqual(['wifi', 'full', 'failed']);
      // First on full's list, second on failed's, though failed comes first by title.
      expect(ids(byFix.get('storage'))).toEqual(['full', 'failed']);
      // First on both: wifi lists two fixes, failed three.
      expect(ids(byFix.get('quick'))).toEqual(['wifi', 'failed']);
    }
  });

  test('an alert that names a fix twice counts once; a fix no alert names has no entry', () => {
    const byFix = alertsByFix([alert('twice', 'Twice', 'storage', 'storage')]);
    expect(ids(byFix.get('storage'))).toEqual(['twice']);
    expect(byFix.has('restart')).toBe(false);
    expect(alertsByFix([]).size).toBe(0);
  });

  test('alerts with the same title keep one order, by id', () => {
    const a = alert('a', 'Same', 'storage');
    const b = alert('b', 'Same', 'storage');
    expect(ids(alertsByFix([b, a]).get('storage'))).toEqual(['a', 'b']);
    expect([b, a].sort(byTitle).map((x) => x.id)).toEqual(['a', 'b']);
  });

  test('hands back the entries it was given, with their other fields', () => {
    const entry = { ...full, body: 'the body' };
    expect(alertsByFix([entry]).get('storage')?.[0]).toBe(entry);
  });
});

describe('findUnknownFixes', () => {
  test('accepts alerts whose fixes all exist', () => {
    expect(findUnknownFixes([alert('full', 'Full', 'storage', 'support')], ['support', 'storage', 'restart'])).toEqual([]);
  });

  test('names the file, the field with its index, the name and the names allowed, once per unknown entry', () => {
    expect(findUnknownFixes([alert('full', 'Full', 'storage', 'nope', 'gone')], ['support', 'storage'])).toEqual([
      'content/alerts/full.md: fixes[1] is "nope", but no article has that name. Use one of: storage, support.',
      'content/alerts/full.md: fixes[2] is "gone", but no article has that name. Use one of: storage, support.',
    ]);
  });
});
