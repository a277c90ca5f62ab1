/**
 * The after-build check (src/integrations/site-check.ts: the link check and
 * the published-URL ledger), run as the build runs it, on a small mocked dist/ in a temporary folder
 * instead of a real `astro build`. The cases are e2e/build-failures.spec.ts's,
 * with the same pages, URLs and message parts.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { expectFailureLine } from '../../test/support/expect-failure';
import siteCheck from './site-check';

const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A temporary project folder with these files (relative paths). */
async function project(files: Record<string, string>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'after-build-'));
  made.push(root);
  // As in a real project, content/ exists (the ledger is written there).
  await fs.mkdir(path.join(root, 'content'));
  for (const [file, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), text);
  }
  return root;
}

const html = (body: string) => `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`;
const redirectPage = (to: string) =>
  `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=${to}"></head><body></body></html>`;

/** An article as the build writes it: its page with `steps` steps, its short link, its reply and its API file. */
function article(slug: string, kbId: string, steps = 3, body = ''): Record<string, string> {
  const items = Array.from({ length: steps }, (_, i) => `<li id="step-${String(i + 1)}">Step ${String(i + 1)}</li>`).join('');
  return {
    [`dist/fixes/${slug}/index.html`]: html(`<h1>${slug}</h1><ol>${items}</ol>${body}`),
    [`dist/kb/${kbId}/index.html`]: redirectPage(`/fixes/${slug}/`),
    [`dist/kb/${kbId}.txt`]: `${slug}\n`,
    [`dist/api/v1/fixes/${slug}.json`]: '{}',
  };
}

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };

type Hook = (options: Record<string, unknown>) => Promise<void> | void;
function hook(integration: { hooks: Record<string, unknown> }, name: string): Hook {
  const found = integration.hooks[name];
  if (typeof found !== 'function') throw new Error(`no ${name} hook`);
  return found as Hook;
}

/** Runs an integration's config and build-done hooks on the project at `root`, as `astro build` does. */
async function runAfterBuild(integration: { hooks: Record<string, unknown> }, root: string): Promise<void> {
  await hook(integration, 'astro:config:done')({ config: { root: pathToFileURL(`${root}/`), site: 'https://example.com' } });
  await hook(integration, 'astro:build:done')({ dir: pathToFileURL(`${path.join(root, 'dist')}/`), logger });
}

describe('the link check (after the build)', () => {
  test('passes a site whose internal links all resolve', async () => {
    const root = await project({
      ...article('alpha', 'icb-901'),
      ...article('charlie', 'icb-903', 3, '<a href="/fixes/alpha/">alpha</a>'),
    });
    // No ledger yet: recording one, as `npm run ledger` does, is the only other thing the step does.
    vi.stubEnv('URL_LEDGER', 'update');
    try {
      await expect(runAfterBuild(siteCheck(), root)).resolves.toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test('an internal link to a page that does not exist names the file and the target', async () => {
    const root = await project({
      ...article('alpha', 'icb-901'),
      ...article('charlie', 'icb-903', 3, '<p>See <a href="/fixes/nope/">the missing fix</a>.</p>'),
    });
    await expectFailureLine(runAfterBuild(siteCheck(), root), ['content/fixes/charlie.mdx', '/fixes/nope/']);
  });
});

describe('the published-URL ledger (after the build)', () => {
  // Four leaf articles, as in the build-failure tests: delta is deleted, echo renamed, foxtrot's kbId changed, golf loses a step.
  const LEAVES = {
    ...article('delta', 'icb-911'),
    ...article('echo', 'icb-912'),
    ...article('foxtrot', 'icb-913'),
    ...article('golf', 'icb-914'),
  };
  const BASE = { ...article('alpha', 'icb-901'), 'dist/index.html': html('<h1>Home</h1>'), 'dist/llms.txt': 'site\n' };

  /** The ledger `npm run ledger` records for the site with the four leaves. */
  let recorded: Promise<string> | undefined;
  const ledger = () =>
    (recorded ??= (async () => {
      const root = await project({ ...BASE, ...LEAVES });
      vi.stubEnv('URL_LEDGER', 'update');
      try {
        await runAfterBuild(siteCheck(), root);
      } finally {
        vi.unstubAllEnvs();
      }
      return fs.readFile(path.join(root, 'content', 'published-urls.json'), 'utf8');
    })());

  test('control: a build records every URL, and a build against that ledger passes', async () => {
    const text = await ledger();
    for (const url of [
      '/fixes/delta/',
      '/kb/icb-911/',
      '/kb/icb-911/#step-3',
      '/kb/icb-911.txt',
      '/api/v1/fixes/delta.json',
      '/llms.txt',
    ]) {
      expect(text, url).toContain(`"url":"${url}"`);
    }
    const root = await project({ ...BASE, ...LEAVES, 'content/published-urls.json': text });
    logger.info.mockClear();
    await expect(runAfterBuild(siteCheck(), root)).resolves.toBeUndefined();
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^\d+ published URLs resolve/));
  });

  describe('one build that breaks four promises at once: the ledger reports every one', () => {
    let broken: Promise<void> | undefined;
    const brokenBuild = () =>
      (broken ??= (async () => {
        const golf = article('golf', 'icb-914', 2);
        const root = await project({
          ...BASE,
          ...article('echo-two', 'icb-912'),
          ...article('foxtrot', 'icb-923'),
          ...golf,
          'content/published-urls.json': await ledger(),
        });
        return runAfterBuild(siteCheck(), root);
      })());

    test('deleting an article names its URL, file and kbId, every URL that reached it, and the three ways out', async () => {
      await expectFailureLine(brokenBuild(), [
        '/fixes/delta/',
        'icb-911',
        'content/fixes/delta.mdx',
        'no longer resolves',
        '/kb/icb-911/',
        '/kb/icb-911.txt',
        'Restore',
        'formerSlugs',
        '--gone /fixes/delta/',
      ]);
    });

    test('renaming an article without formerSlugs names the old URL, the new page and the formerSlugs entry to add', async () => {
      await expectFailureLine(brokenBuild(), [
        '/fixes/echo/ (article icb-912) no longer resolves',
        '/fixes/echo-two/ (content/fixes/echo-two.mdx)',
        'add "echo" to its formerSlugs',
      ]);
    });

    test('changing a kbId names the file and both IDs', async () => {
      await expectFailureLine(brokenBuild(), [
        'content/fixes/foxtrot.mdx',
        'kbId changed from icb-913 to icb-923',
        'set kbId back to icb-913',
      ]);
    });

    test('removing a step names the file, the lost step link, both counts and the note to add', async () => {
      await expectFailureLine(brokenBuild(), [
        'content/fixes/golf.mdx',
        '/kb/icb-914/#step-3',
        'records 3 steps and the page now has 2',
        'oldSteps: { 3: <step> }',
      ]);
    });
  });

  test('one error lists the problems of both checks: a broken promise and a broken link', async () => {
    const root = await project({
      ...BASE,
      ...article('echo', 'icb-912'),
      ...article('foxtrot', 'icb-913'),
      ...article('golf', 'icb-914', 3, '<a href="/fixes/nope/">gone</a>'),
      'content/published-urls.json': await ledger(),
    });
    const run = runAfterBuild(siteCheck(), root);
    await expectFailureLine(run, ['/fixes/delta/', 'no longer resolves']);
    await expectFailureLine(run, ['content/fixes/golf.mdx', '/fixes/nope/']);
  });

  test('a stale ledger: a new article that is not recorded stops the build, naming its URLs and the command', async () => {
    const root = await project({ ...BASE, ...LEAVES, ...article('hotel', 'icb-915'), 'content/published-urls.json': await ledger() });
    await expectFailureLine(runAfterBuild(siteCheck(), root), [
      'new URL(s) are not in content/published-urls.json',
      '/fixes/hotel/',
      '/kb/icb-915/',
      'npm run ledger',
    ]);
  });
});
