import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IosRange } from '#lib/settings/ios-version.ts';
import { parseMarkdown } from '#lib/articles/markdown.ts';
import { formatLlmsFull } from './llms';
import { alertToPlainText, articleSteps, articleToFullText, articleToReplyText, markdownToPlainText, safetyNetPathsOf } from './reply-text';
import { resolveMentions } from '#lib/settings/settings-mentions.ts';
import { loadVocabularyFile } from '#lib/settings/settings-vocabulary.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

const words = uiStrings('en').plainText;

const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..', '..'));

const base = {
  title: 'Check your iCloud storage',
  description: 'See what uses your storage and make room.',
  shortUrl: 'https://help.example/kb/icb-102/',
  siteUrl: 'https://help.example',
  safetyNetPaths: safetyNetPathsOf({ id: 'back-up-with-a-computer', data: { kbId: 'icb-109' } }),
  words,
};

/** A risky fix as the site writes one: the safety net and a warning in sections of their own, before the steps. */
const RISKY = [
  '## When to try this',
  'When the backup is too big. [Check your storage](/fixes/check-icloud-storage/) first.',
  '## Before you delete anything',
  'Deleting cannot be undone, so [back up with a computer](/fixes/back-up-with-a-computer/) first.',
  'Talk to your family before you delete anything.',
  '## Careful',
  '> **Warning: do not tap Erase All Content and Settings.** It wipes your iPhone.',
  '## Delete',
  '1. Open **Settings > [your name] > iCloud**.',
  '2. Tap **Manage Storage**.',
  '## How to tell it worked',
  'The backup fits.',
].join('\n\n');

/** A body as a tree, its Settings paths resolved for `range` as the site does. */
function resolved(body: string, range: IosRange = { from: '18' }) {
  const tree = parseMarkdown(body);
  resolveMentions(tree, vocabulary, range, 'content/fixes/example.mdx');
  return tree;
}

function reply(body: string, range: IosRange = { from: '18' }): string {
  return articleToReplyText({ ...base, tree: resolved(body, range) });
}

describe('articleToReplyText', () => {
  test('starts with the title and summary and ends with the short link', () => {
    const text = reply('## Steps\n\n1. Open **Settings**.\n');
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([base.title, base.description]);
    expect(lines.at(-1)).toBe('Full article: https://help.example/kb/icb-102/');
  });

  test('keeps Settings paths and drops Markdown emphasis', () => {
    const text = reply('## Steps\n\n1. Open **Settings > [your name] > iCloud** and tap *Back Up Now*.\n');
    expect(text).toContain('1. Open Settings > [your name] > iCloud and tap Back Up Now.');
    expect(text).not.toMatch(/[*_`#]/);
  });

  test('writes paths and controls through the vocabulary, other labels in brackets', () => {
    const text = reply('## Steps\n\n1. Open **Settings > [your name] > iCloud**.\n2. Tap **Manage Storage**, then **Backups**.\n', {
      from: '17',
    });
    expect(text).toContain('1. Open Settings > [your name] [Apple Account; on iOS 17: Apple ID] > iCloud.');
    expect(text).toContain('2. Tap Manage Storage [on some versions: Manage Account Storage], then Backups.');
  });

  test('a path that does not resolve stops with the file, the path and the step', () => {
    expect(() => reply('## Steps\n\n1. Open **Settings > [your name] > iClod**.\n')).toThrow(
      /^content\/fixes\/example\.mdx: Settings path "Settings > \[your name\] > iClod": step 3 "iClod"/,
    );
  });

  test('numbers steps through the article, like the page does', () => {
    const text = reply('## First\n\n1. One\n2. Two\n\n## Second\n\n1. Three\n');
    expect(text).toContain('First\n1. One\n2. Two\n\nSecond\n3. Three');
  });

  test('leaves out sections without steps', () => {
    const text = reply('## When to try this\n\nWhen it fails.\n\n## Steps\n\n1. Do it.\n');
    expect(text).not.toContain('When to try this');
    expect(text).not.toContain('When it fails.');
  });

  test('keeps a section without steps that links to the safety net, whole and before the steps', () => {
    const text = reply(RISKY);
    expect(text).toContain(
      'Before you delete anything\nDeleting cannot be undone, so back up with a computer (https://help.example/fixes/back-up-with-a-computer/) first.\n' +
        'Talk to your family before you delete anything.\n',
    );
    expect(text.indexOf('Before you delete anything')).toBeLessThan(text.indexOf('1. Open Settings'));
  });

  test('keeps a section without steps that holds a quoted warning', () => {
    expect(reply(RISKY)).toContain(
      '\nCareful\nWarning: do not tap Erase All Content and Settings. It wipes your iPhone.\n\nDelete\n1. Open',
    );
  });

  test('still leaves out a section whose links go elsewhere and that has no warning', () => {
    const text = reply(RISKY);
    expect(text).not.toContain('When to try this');
    expect(text).not.toContain('Check your storage');
    expect(text).not.toContain('How to tell it worked');
  });

  test('the short link of the safety net, with a fragment or on the site origin, also makes a warning', () => {
    for (const url of ['/kb/icb-109/#step-2', 'https://help.example/fixes/back-up-with-a-computer/']) {
      expect(reply(`## First\n\nKeep [a copy](${url}).\n\n## Steps\n\n1. Do it.\n`)).toContain('First\nKeep a copy');
    }
    expect(
      reply('## First\n\nKeep [a copy](https://elsewhere.example/fixes/back-up-with-a-computer/).\n\n## Steps\n\n1. Do it.\n'),
    ).not.toContain('First');
  });

  test('a paragraph that opens in bold is a warning; one that opens with a Settings path is not', () => {
    expect(reply('## Careful\n\n**This cannot be undone.** Think first.\n\n## Steps\n\n1. Do it.\n')).toContain(
      'Careful\nThis cannot be undone. Think first.',
    );
    expect(reply('## Where\n\n**Settings > General** holds it.\n\n## Steps\n\n1. Do it.\n')).not.toContain('Where');
  });

  test('a site without a safety net keeps the other warnings', () => {
    const text = articleToReplyText({ ...base, safetyNetPaths: [], tree: resolved(RISKY) });
    expect(text).not.toContain('Before you delete anything');
    expect(text).toContain('Careful\nWarning: do not tap');
  });

  test('keeps a warning quoted inside a step', () => {
    expect(reply('## Steps\n\n1. Tap Reset.\n\n   > Not Erase.\n\n2. Confirm.\n')).toContain('1. Tap Reset.\n   Not Erase.\n2. Confirm.');
  });

  test('keeps the text around the steps of a step section', () => {
    const text = reply('## Steps\n\nBefore you start, plug in.\n\n1. Do it.\n\n> **Warning:** this cannot be undone.\n');
    expect(text).toContain('Steps\nBefore you start, plug in.\n1. Do it.\nWarning: this cannot be undone.');
  });

  test('writes links as text and absolute address', () => {
    const text = reply(
      '## Steps\n\n1. Go to [System Status](https://www.apple.com/support/systemstatus/).\n2. Then [check storage](/fixes/check-icloud-storage/).\n',
    );
    expect(text).toContain('1. Go to System Status (https://www.apple.com/support/systemstatus/).');
    expect(text).toContain('2. Then check storage (https://help.example/fixes/check-icloud-storage/).');
  });

  test('writes a bare link once', () => {
    const text = reply('## Steps\n\n1. Open <https://getsupport.apple.com/>.\n');
    expect(text).toContain('1. Open https://getsupport.apple.com/.');
  });

  test('turns a table into one readable line per row', () => {
    const text = reply('## Plans\n\n| Plan | Good for |\n|---|---|\n| 50 GB | One iPhone |\n| 2 TB | A family |\n\n1. Choose a plan.\n');
    expect(text).toContain('- Plan: 50 GB; Good for: One iPhone\n- Plan: 2 TB; Good for: A family');
  });

  test('indents nested lists under their step and uses dashes for bullets', () => {
    const text = reply('## Steps\n\n1. Check these:\n   - Wi-Fi\n   - Power\n2. Restart.\n');
    expect(text).toContain('1. Check these:\n   - Wi-Fi\n   - Power\n2. Restart.');
  });

  test('contains no HTML', () => {
    const text = reply('## Steps\n\n1. Tap **Reset** & confirm <b>twice</b>.\n');
    expect(text).not.toMatch(/<\/?[a-z]+>/);
  });
});

describe('articleToFullText', () => {
  test('llms-full.txt carries the safety-net line and every warning of a risky fix', () => {
    const full = formatLlmsFull('Help', 'Summary', [
      { url: 'https://help.example/fixes/x/', text: articleToFullText({ ...base, tree: resolved(RISKY) }) },
    ]);
    expect(full).toContain('back up with a computer (https://help.example/fixes/back-up-with-a-computer/) first.');
    expect(full).toContain('Warning: do not tap Erase All Content and Settings. It wipes your iPhone.');
  });

  test('keeps every section, numbered steps included, and ends with the short link', () => {
    const text = articleToFullText({ ...base, tree: resolved('## When to try this\n\nWhen it fails.\n\n## Steps\n\n1. Do it.\n') });
    expect(text).toBe(
      `${base.title}\n${base.description}\n\nWhen to try this\nWhen it fails.\n\nSteps\n1. Do it.\n\nShort link: ${base.shortUrl}\n`,
    );
  });
});

describe('articleSteps', () => {
  test('each top-level numbered item is a step, numbered through the article, in plain text', () => {
    const body = '## A\n\n1. Open **Settings**.\n2. Check:\n   - Wi-Fi\n\n## B\n\n- not a step\n\n1. Tap [Back Up Now](/fixes/x/).\n';
    expect(articleSteps(resolved(body), base.siteUrl, base.safetyNetPaths)).toEqual([
      { number: 1, text: 'Open Settings.', warnings: [] },
      { number: 2, text: 'Check:\n- Wi-Fi', warnings: [] },
      { number: 3, text: 'Tap Back Up Now (https://help.example/fixes/x/).', warnings: [] },
    ]);
  });

  test('the first step of a list carries the warnings since the list before it, in body order', () => {
    const body = `${RISKY}\n\n## More\n\n**Deleting a backup cannot be undone.**\n\nNot a warning.\n\n1. Delete it.\n2. Confirm.\n\n> After the last step.\n`;
    const steps = articleSteps(resolved(body), base.siteUrl, base.safetyNetPaths);
    expect(steps.map(({ number, warnings }) => ({ number, warnings }))).toEqual([
      {
        number: 1,
        warnings: [
          'Deleting cannot be undone, so back up with a computer (https://help.example/fixes/back-up-with-a-computer/) first.',
          'Warning: do not tap Erase All Content and Settings. It wipes your iPhone.',
        ],
      },
      { number: 2, warnings: [] },
      { number: 3, warnings: ['Deleting a backup cannot be undone.'] },
      { number: 4, warnings: [] },
    ]);
  });

  test('agrees with the reply on step numbers', () => {
    const body = '## A\n\n1. One\n2. Two\n\n## B\n\n1. Three\n';
    const steps = articleSteps(resolved(body), base.siteUrl, base.safetyNetPaths);
    const reply = articleToReplyText({ ...base, tree: resolved(body) });
    for (const { number, text } of steps) expect(reply).toContain(`${number}. ${text}`);
  });
});

describe('markdownToPlainText', () => {
  test('every block, without Markdown symbols', () => {
    expect(markdownToPlainText(resolved('It runs over **Wi-Fi**.\n\nJoin a network.\n'), base.siteUrl)).toBe(
      'It runs over Wi-Fi.\nJoin a network.',
    );
  });
});

describe('alertToPlainText', () => {
  test('the alert, whose words, what it means and the fixes in order with their short links', () => {
    const text = alertToPlainText({
      title: 'Needs Wi-Fi',
      text: 'iCloud Backup needs a Wi-Fi connection',
      exactText: true,
      textSource: { title: 'A help site', url: 'https://help.example.org/wifi' },
      wordingNote: 'As reported.',
      words,
      tree: resolved('It runs over **Wi-Fi**.\n'),
      fixes: [
        { title: 'Quick checks', shortUrl: 'https://help.example/kb/icb-101/' },
        { title: 'Contact Apple Support', shortUrl: 'https://help.example/kb/icb-107/' },
      ],
      pageUrl: 'https://help.example/errors/needs-wi-fi/',
      siteUrl: base.siteUrl,
      footer: ['Last reviewed: 2026-12-01'],
    });
    expect(text).toBe(
      'Needs Wi-Fi\nThe alert: “iCloud Backup needs a Wi-Fi connection” Quoted from A help site (https://help.example.org/wifi).\nAs reported.\n\nWhat it means\nIt runs over Wi-Fi.\n\n' +
        'Fixes to try, in order\n1. Quick checks: https://help.example/kb/icb-101/\n2. Contact Apple Support: https://help.example/kb/icb-107/\n\nPage: https://help.example/errors/needs-wi-fi/\nLast reviewed: 2026-12-01\n',
    );
  });

  test('a fix that needs a copy first carries the safety net on its line, so a pasted list never skips it', () => {
    const text = alertToPlainText({
      title: 'Not enough iCloud storage',
      text: 'There is not enough iCloud storage.',
      exactText: false,
      wordingNote: 'Described.',
      words,
      tree: resolved('The backup does not fit.\n'),
      fixes: [
        { title: 'Check your iCloud storage', shortUrl: 'https://help.example/kb/icb-102/' },
        { title: 'Free up iCloud storage', shortUrl: 'https://help.example/kb/icb-113/', copyFirstUrl: 'https://help.example/kb/icb-108/' },
      ],
      pageUrl: 'https://help.example/errors/not-enough-icloud-storage/',
      siteUrl: base.siteUrl,
    });
    expect(text).toContain('1. Check your iCloud storage: https://help.example/kb/icb-102/\n');
    expect(text).toContain(
      '2. Free up iCloud storage: https://help.example/kb/icb-113/ (keep a copy first: https://help.example/kb/icb-108/)\n',
    );
  });

  test('a described alert is not quoted', () => {
    const text = alertToPlainText({
      title: 'Unable to access the account',
      text: 'iCloud Backup could not reach your account',
      exactText: false,
      wordingNote: 'Apple describes it.',
      words,
      tree: resolved('Sign in again.'),
      fixes: [],
      pageUrl: 'https://help.example/errors/x/',
      siteUrl: base.siteUrl,
    });
    expect(text).toContain('What the alert says (a description, not its exact words): iCloud Backup could not reach your account');
    expect(text).not.toMatch(/[“”]/);
  });
});
