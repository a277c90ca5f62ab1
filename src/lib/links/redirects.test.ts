import { describe, expect, test } from 'vitest';
import {
  alertRedirects,
  articleRedirects,
  findRedirectCollisions,
  formatRedirectsFile,
  questionRedirects,
  refreshTarget,
  shortLinkVariants,
} from './redirects';

const articles = [
  { id: 'check-icloud-storage', data: { kbId: 'icb-102', formerSlugs: ['icloud-storage-full', 'storage'] } },
  { id: 'update-ios', filePath: 'content/fixes/update-ios.mdx', data: { kbId: 'icb-105', formerSlugs: [] } },
];

describe('articleRedirects', () => {
  test('sends each short link and each former slug to the current article URL, naming the file and field', () => {
    expect(articleRedirects(articles)).toEqual([
      {
        from: '/kb/icb-102/',
        to: '/fixes/check-icloud-storage/',
        origin: 'content/fixes/check-icloud-storage.mdx: kbId icb-102 (its short link)',
      },
      {
        from: '/fixes/icloud-storage-full/',
        to: '/fixes/check-icloud-storage/',
        origin: 'content/fixes/check-icloud-storage.mdx: formerSlugs entry "icloud-storage-full"',
      },
      {
        from: '/fixes/storage/',
        to: '/fixes/check-icloud-storage/',
        origin: 'content/fixes/check-icloud-storage.mdx: formerSlugs entry "storage"',
      },
      { from: '/kb/icb-105/', to: '/fixes/update-ios/', origin: 'content/fixes/update-ios.mdx: kbId icb-105 (its short link)' },
    ]);
  });
});

describe('alertRedirects and questionRedirects', () => {
  test('an alert former slug redirects to its page', () => {
    expect(alertRedirects([{ id: 'needs-wi-fi', data: { formerSlugs: ['no-wifi'] } }])).toEqual([
      { from: '/errors/no-wifi/', to: '/errors/needs-wi-fi/', origin: 'content/alerts/needs-wi-fi.md: formerSlugs entry "no-wifi"' },
    ]);
  });

  test("a question's former id redirects its page and each of its result pages", () => {
    const question = {
      id: 'storage-full',
      data: {
        question: 'Is storage full?',
        answers: [
          { id: 'yes', label: 'Yes', fix: { id: 'check-icloud-storage' } },
          { id: 'no', label: 'No', next: 'other' },
        ],
        formerSlugs: ['storage'],
      },
    };
    expect(questionRedirects([question]).map(({ from, to }) => ({ from, to }))).toEqual([
      { from: '/troubleshoot/storage/', to: '/troubleshoot/storage-full/' },
      { from: '/troubleshoot/storage/yes/', to: '/troubleshoot/storage-full/yes/' },
    ]);
  });

  test("the start question's former id leads to /troubleshoot/", () => {
    const start = { id: 'what-do-you-see', data: { start: true, question: 'What?', answers: [], formerSlugs: ['first'] } };
    expect(questionRedirects([start])[0]).toMatchObject({ from: '/troubleshoot/first/', to: '/troubleshoot/' });
  });
});

describe('findRedirectCollisions', () => {
  const live = [{ path: '/errors/needs-wi-fi/', origin: 'content/alerts/needs-wi-fi.md' }];

  test('a redirect from a live URL of another kind names both sides', () => {
    const redirects = [{ from: '/errors/needs-wi-fi/', to: '/errors/x/', origin: 'content/alerts/x.md: formerSlugs entry "needs-wi-fi"' }];
    expect(findRedirectCollisions(redirects, live)).toEqual([
      expect.stringMatching(
        /^content\/alerts\/x\.md: formerSlugs entry "needs-wi-fi" makes \/errors\/needs-wi-fi\/ redirect .* is already the live page of content\/alerts\/needs-wi-fi\.md/,
      ),
    ]);
  });

  test('two redirects from one URL clash, compared without case or trailing slash', () => {
    const redirects = [
      { from: '/fixes/old/', to: '/fixes/a/', origin: 'content/fixes/a.mdx: formerSlugs entry "old"' },
      { from: '/fixes/OLD', to: '/fixes/b/', origin: 'content/fixes/b.mdx: formerSlugs entry "OLD"' },
    ];
    expect(findRedirectCollisions(redirects, live)).toEqual([
      expect.stringContaining('is already a redirect asked for by content/fixes/a.mdx'),
    ]);
  });

  test('distinct URLs pass', () => {
    expect(findRedirectCollisions(articleRedirects(articles), live)).toEqual([]);
  });
});

describe('the _redirects file', () => {
  test('short-link variants: the ID in capitals, and without the slash', () => {
    expect(shortLinkVariants('icb-102', '/fixes/a/').map((r) => r.from)).toEqual(['/kb/ICB-102/', '/kb/ICB-102', '/kb/icb-102']);
  });

  test('writes one permanent redirect a line, then the wildcard case rules', () => {
    expect(formatRedirectsFile([{ from: '/kb/icb-105/', to: '/fixes/update-ios/' }]).split('\n')).toEqual([
      expect.stringMatching(/^# /),
      '/kb/icb-105/ /fixes/update-ios/ 301',
      '/KB/* /kb/:splat 301',
      '/Kb/* /kb/:splat 301',
      '',
    ]);
  });
});

describe('refreshTarget', () => {
  test.each([
    ['0; url=/fixes/a/', '/fixes/a/'],
    ['0;URL=/fixes/a/', '/fixes/a/'],
    ["0; url='/fixes/a/'", '/fixes/a/'],
  ])('reads %s', (content, target) => {
    expect(refreshTarget(content)).toBe(target);
  });

  test('a refresh without a URL is not a redirect', () => {
    expect(refreshTarget('30')).toBeUndefined();
  });
});
