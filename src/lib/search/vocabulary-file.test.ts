import { expect, test } from 'vitest';
import { articleTexts, mdxText, vocabularyList } from './vocabulary-file';

test('mdxText keeps the words and drops syntax, tags and link targets', () => {
  const body = [
    "import Note from '../components/Note.astro';",
    '## When to try this',
    'Open **Settings > [your name]** and see [the storage fix](/fixes/check-icloud-storage/).',
    '<Note kind="warn">Back up first</Note> {frontmatter.title}',
    'More at https://support.apple.com/en-us/108047.',
  ].join('\n');
  const text = mdxText(body);
  expect(text).toContain('When to try this');
  expect(text).toContain('the storage fix');
  expect(text).toContain('Back up first');
  expect(text).not.toMatch(/import|fixes\/|Note|frontmatter|support\.apple/);
});

test('articleTexts takes title, description, aliases, alerts and body', () => {
  expect(articleTexts({ title: 'T', description: 'D', aliases: ['A'], errorMessages: ['E'], body: 'B' })).toEqual([
    'T',
    'D',
    'A',
    'E',
    'B',
  ]);
  expect(articleTexts({ title: 'T', description: 'D' })).toEqual(['T', 'D', '']);
});

test('vocabularyList lists words most used first, up to a maximum', () => {
  const sources = [
    { title: 'Check iCloud storage', description: 'Storage full', body: 'storage backup' },
    { title: 'Backup failed', description: 'The backup', aliases: ['storage'] },
  ];
  expect(vocabularyList(sources)).toEqual(['storage', 'backup', 'check', 'failed', 'full', 'icloud', 'the']);
  expect(vocabularyList(sources, 2)).toEqual(['storage', 'backup']);
});
