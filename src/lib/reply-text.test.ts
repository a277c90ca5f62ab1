import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { IosRange } from './ios-version';
import { parseMarkdown } from './markdown';
import { alertToPlainText, articleSteps, articleToFullText, articleToReplyText, markdownToPlainText } from './reply-text';
import { resolveMentions } from './settings-mentions';
import { loadVocabularyFile } from './settings-vocabulary';

const vocabulary = loadVocabularyFile(path.resolve(import.meta.dirname, '..', '..'));

const base = {
  title: 'Check your iCloud storage',
  description: 'See what uses your storage and make room.',
  shortUrl: 'https://help.example/kb/icb-102/',
  siteUrl: 'https://help.example',
};

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
    expect(articleSteps(resolved(body), base.siteUrl)).toEqual([
      { number: 1, text: 'Open Settings.' },
      { number: 2, text: 'Check:\n- Wi-Fi' },
      { number: 3, text: 'Tap Back Up Now (https://help.example/fixes/x/).' },
    ]);
  });

  test('agrees with the reply on step numbers', () => {
    const body = '## A\n\n1. One\n2. Two\n\n## B\n\n1. Three\n';
    const steps = articleSteps(resolved(body), base.siteUrl);
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

  test('a described alert is not quoted', () => {
    const text = alertToPlainText({
      title: 'Unable to access the account',
      text: 'iCloud Backup could not reach your account',
      exactText: false,
      wordingNote: 'Apple describes it.',
      tree: resolved('Sign in again.'),
      fixes: [],
      pageUrl: 'https://help.example/errors/x/',
      siteUrl: base.siteUrl,
    });
    expect(text).toContain('What the alert says (a description, not its exact words): iCloud Backup could not reach your account');
    expect(text).not.toMatch(/[“”]/);
  });
});
