import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, test } from 'vitest';
import type { IosRange } from './ios-version';
import { parseMarkdown } from '#lib/articles/markdown.ts';
import { appliesToOf, resolveMentions } from './settings-mentions';
import { loadVocabularyFile } from './settings-vocabulary';

const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..', '..'));
const SITE: IosRange = { from: '17' };
const FILE = 'content/fixes/example.mdx';

function mentions(markdown: string, range = SITE) {
  return resolveMentions(parseMarkdown(markdown), vocabulary, range, FILE).map((m) => `${m.kind}:${m.entry.id}`);
}

function html(markdown: string, range = SITE): string {
  const tree = parseMarkdown(markdown);
  resolveMentions(tree, vocabulary, range, FILE);
  const hast = toHast(tree) as HastRoot;
  return toHtml(hast);
}

describe('finding mentions', () => {
  test('a bold "Settings >" is a path; a bold control near it is that control', () => {
    expect(mentions('1. Open **Settings > [your name] > iCloud**.\n2. Tap **Manage Storage**, then **Backups**.\n')).toEqual([
      'path:icloud',
      'control:manage-storage',
      'control:backups',
    ]);
  });

  test('a button does not move the reader: the next control is still looked for on the menu before it', () => {
    const text =
      '1. Open **Settings > General > Transfer or Reset iPhone**.\n2. Tap **Reset**. Do not tap **Erase All Content and Settings**.\n3. Tap **Reset All Settings**.\n';
    expect(mentions(text)).toEqual(['path:transfer-or-reset', 'control:reset', 'control:erase-all-content', 'control:reset-all-settings']);
  });

  test('other bold text is emphasis, and a heading starts afresh', () => {
    const found = mentions('Open **Settings > [your name] > iCloud**. **Be careful.**\n\n## Next\n\nTap **Manage Storage**.\n');
    expect(found).toEqual(['path:icloud']);
  });

  test('a path that does not resolve stops with the file, the path and the step', () => {
    expect(() => mentions('Open **Settings > [your name] > iClod > iCloud Backup**.')).toThrow(
      'content/fixes/example.mdx: Settings path "Settings > [your name] > iClod > iCloud Backup": step 3 "iClod" is not a label on "[your name]". Closest known labels: "iCloud"',
    );
  });

  test('a path written as plain text stops the build', () => {
    expect(() => mentions('Open Settings > Wi-Fi and look.')).toThrow(
      /example\.mdx: "Open Settings > Wi-Fi and look\." writes a Settings path as plain text/,
    );
  });

  test('a path in a heading stops the build', () => {
    expect(() => mentions('## Open **Settings > Wi-Fi**\n')).toThrow(/a heading holds a Settings path/);
  });

  test('code is left alone', () => {
    expect(mentions('Type `Settings > Wi-Fi` in the box.')).toEqual([]);
  });

  test('a label outside the range of the page', () => {
    const text = 'Turn on **Settings > Face ID & Passcode > Stolen Device Protection**.';
    expect(() => mentions(text, { from: '17', to: '17.2' })).toThrow(
      /step 3 "Stolen Device Protection" is its label on iOS 17\.3 and later only/,
    );
    expect(mentions(text)).toEqual(['path:stolen-device-protection']);
  });
});

describe('the HTML', () => {
  test('a path is an ordered list of chips that reads "Settings, then your name, then iCloud"', () => {
    const out = html('1. Open **Settings > [your name] > iCloud**.\n', { from: '18' });
    expect(out).toContain('<ol class="tap-path" role="list">');
    expect(out.match(/<li>/g)).toHaveLength(4); // the step and the three taps
    expect(out.match(/<svg /g)).toHaveLength(1);
    const spoken = out.replace(/<span class="tap-sep"[^>]*>›<\/span>/g, '').replace(/<[^>]+>/g, '');
    expect(spoken).toContain('Open Settings then your name then iCloud.');
  });

  test('the separators and the words only a screen reader hears stay out of the search index; the labels stay in', () => {
    const out = html('1. Open **Settings > [your name] > iCloud**.\n', { from: '18' });
    const indexed = out.replace(/<span [^>]*data-pagefind-ignore[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
    expect(indexed).toContain('Open Settings your name iCloud.');
    expect(indexed).not.toMatch(/›|then/);
  });

  test('the first chip is the Settings glyph with no text for screen readers', () => {
    const out = html('Open **Settings > Wi-Fi**.');
    expect(out).toMatch(/<span class="tap-step tap-app"><svg [^>]*aria-hidden="true"/);
  });

  test('other labels follow their chip, in brackets, from the data', () => {
    expect(html('Open **Settings > [your name] > iCloud > Manage Storage**.', { from: '18' })).toContain(
      '<span class="tap-step">Manage Storage</span> <span class="tap-note">(on some versions: Manage Account Storage)</span>',
    );
  });

  test('a paragraph holding a path becomes a div (a <p> cannot hold a list); one without stays a p', () => {
    expect(html('Go back to **Settings > Wi-Fi** now.')).toMatch(/^<div class="para">Go back to <ol/);
    expect(html('Nothing to tap here.')).toBe('<p>Nothing to tap here.</p>');
  });

  test('in a tight list the step holds the path directly; in a loose one its paragraph becomes a div', () => {
    expect(html('1. Open **Settings > Wi-Fi**.\n2. Look.\n')).toMatch(/<li>Open <ol class="tap-path"/);
    expect(html('1. Open **Settings > Wi-Fi**.\n\n2. Look.\n')).toMatch(/<li>\n<div class="para">Open <ol class="tap-path"/);
  });

  test('a control keeps its <strong>, with its note', () => {
    expect(html('Open **Settings > [your name] > iCloud**, then tap **Manage Storage**.', { from: '18' })).toContain(
      '<strong>Manage Storage <span class="tap-note">(on some versions: Manage Account Storage)</span></strong>',
    );
  });
});

describe('appliesToOf', () => {
  test('reads the raw frontmatter, numbers included', () => {
    expect(appliesToOf({ appliesTo: { from: '17', to: '17.2' } })).toEqual({ from: '17', to: '17.2' });
    expect(appliesToOf({ appliesTo: { from: 18 } })).toEqual({ from: '18', to: undefined });
    expect(appliesToOf({ title: 'An alert' })).toBeUndefined();
  });
});
