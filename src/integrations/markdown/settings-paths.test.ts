import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { FIXTURES, setField } from '../../../test/support/temp-project';
import { readFrontmatter } from '#lib/articles/frontmatter.ts';
import { defined } from '#lib/defined.ts';
import { settingsPathsPlugin } from './settings-paths';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const FILE = path.join(ROOT, 'content', 'fixes', 'example.mdx');

async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = { appliesTo: { from: '17' } },
  file: string = FILE,
): Promise<string> {
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = await markdownToHtml(markdown, {
    mdastPlugins: [settingsPathsPlugin({ root: ROOT })],
    fileURL: pathToFileURL(file),
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

/**
 * The Settings cases of e2e/build-failures.spec.ts: a fixture article with a
 * Settings path as its third step, rendered by the plugin as the build does,
 * stops with the file, the path, the step and what is allowed.
 */
describe('settingsPathsPlugin: the build-failure fixtures', () => {
  /** The fixture article with `step` as its step 3, rendered with its own frontmatter and file name. */
  async function renderFixture(name: 'alpha' | 'bravo' | 'charlie', step: string, change = (text: string) => text): Promise<string> {
    const text = change(defined(FIXTURES[name], `fixture "${name}"`));
    if (!text.includes('3. Check the result.')) throw new Error('fixture has no third step');
    const { data, body } = readFrontmatter(text.replace('3. Check the result.', `3. ${step}`));
    return render(body, data, path.join(ROOT, 'content', 'fixes', `${name}.mdx`));
  }

  /** Rendering fails with one line that mentions all of `parts`. */
  async function expectFailureLine(rendering: Promise<string>, parts: string[]) {
    const error = await rendering.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error, 'rendering should fail').toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(
      message.split('\n').some((line) => parts.every((part) => line.includes(part))),
      `no line mentions all of ${JSON.stringify(parts)}:\n${message}`,
    ).toBe(true);
  }

  test('a misspelt Settings step names the file, the path, the step and the closest labels', async () => {
    const settingsPath = 'Settings > [your name] > iClod > iCloud Backup';
    await expectFailureLine(renderFixture('alpha', `Open **${settingsPath}**.`), [
      'content/fixes/alpha.mdx',
      `"${settingsPath}"`,
      'step 3 "iClod"',
      'Closest known labels: "iCloud"',
    ]);
  });

  test('a Settings step reached from the wrong screen names the file, the path, the step and where it really is', async () => {
    const settingsPath = 'Settings > General > iCloud Backup';
    await expectFailureLine(renderFixture('bravo', `Open **${settingsPath}**.`), [
      'content/fixes/bravo.mdx',
      `"${settingsPath}"`,
      'step 3 "iCloud Backup" is not reached from "General"',
      '"Settings > [your name] > iCloud > iCloud Backup"',
    ]);
  });

  test("a Settings label outside the article's appliesTo names the file, the path, the step and both ranges", async () => {
    const settingsPath = 'Settings > Face ID & Passcode > Stolen Device Protection';
    const rendering = renderFixture('charlie', `Turn on **${settingsPath}**.`, (text) =>
      setField(text, 'appliesTo', { from: '17', to: '17.2' }),
    );
    await expectFailureLine(rendering, [
      'content/fixes/charlie.mdx',
      `"${settingsPath}"`,
      'step 3 "Stolen Device Protection"',
      'iOS 17.3 and later',
      'iOS 17 to 17.2',
    ]);
  });
});
