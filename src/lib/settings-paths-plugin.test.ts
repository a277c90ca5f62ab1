import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { settingsPathsPlugin } from './settings-paths-plugin';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FILE = path.join(ROOT, 'content', 'fixes', 'example.mdx');

async function render(markdown: string, frontmatter: Record<string, unknown> = { appliesTo: { from: '17' } }): Promise<string> {
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = await markdownToHtml(markdown, {
    mdastPlugins: [settingsPathsPlugin({ root: ROOT })],
    fileURL: pathToFileURL(FILE),
    data: { astro },
  });
  return result.html;
}

describe('settingsPathsPlugin (the page side of the Settings vocabulary)', () => {
  test('draws a bold Settings path as a tap path, its paragraph a block, with the older label from the data', async () => {
    const html = await render('Open **Settings > [your name] > iCloud** now.\n');
    expect(html).toMatch(/^<div class="para">Open <ol class="tap-path" role="list">/);
    expect(html).toContain(
      '<span class="visually-hidden" data-pagefind-ignore="">then </span><span class="tap-step tap-placeholder">your name</span>',
    );
    expect(html).toContain('(Apple Account; on iOS 17: Apple ID)');
    expect(html).not.toContain('<strong>');
  });

  test('leaves other bold text as emphasis, and a tight list item without a block', async () => {
    expect(await render('This is **important**.\n')).toBe('<p>This is <strong>important</strong>.</p>\n');
    expect(await render('1. Open **Settings > Wi-Fi**.\n')).toMatch(/^<ol>\n<li>Open <ol class="tap-path"/);
  });

  test('reads the article’s appliesTo: no older-label note for an article about iOS 18 and later', async () => {
    expect(await render('Open **Settings > [your name] > iCloud** now.\n', { appliesTo: { from: '18' } })).not.toContain('on iOS 17');
  });

  test('stops on a misspelt step, naming the file (relative to the project), the path and the closest label', async () => {
    await expect(render('Open **Settings > Wi-Fy**.\n')).rejects.toThrow(/^content\/fixes\/example\.mdx: .*"Settings > Wi-Fy".*"Wi-Fi"/s);
  });
});
