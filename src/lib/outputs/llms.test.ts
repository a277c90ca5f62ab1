import { describe, expect, test } from 'vitest';
import { formatLlmsFull, formatLlmsTxt } from './llms';

describe('formatLlmsTxt', () => {
  const text = formatLlmsTxt({
    name: 'iCloud Backup Help',
    summary: "Fixes for an iPhone that won't\nback up.",
    details: ['Each fix has a plain-text version.'],
    sections: [
      { heading: 'Fixes', links: [{ title: 'Check [your] storage', url: 'https://h.example/kb/icb-102.txt', note: 'Free up\nspace.' }] },
      { heading: 'Optional', links: [{ title: 'Everything', url: 'https://h.example/llms-full.txt', note: '' }] },
    ],
  });

  test('follows the llmstxt.org layout: h1, blockquote, details, h2 sections of links', () => {
    expect(text).toBe(
      [
        '# iCloud Backup Help',
        '',
        "> Fixes for an iPhone that won't back up.",
        '',
        'Each fix has a plain-text version.',
        '',
        '## Fixes',
        '',
        '- [Check \\[your\\] storage](https://h.example/kb/icb-102.txt): Free up space.',
        '',
        '## Optional',
        '',
        '- [Everything](https://h.example/llms-full.txt)',
        '',
      ].join('\n'),
    );
  });
});

describe('formatLlmsFull', () => {
  test('puts each document under a rule and its address', () => {
    expect(formatLlmsFull('Site', 'Summary.', [{ url: 'https://h.example/a', text: 'A\n' }])).toBe(
      `Site\nSummary.\n\n${'='.repeat(72)}\nhttps://h.example/a\n\nA\n`,
    );
  });
});
