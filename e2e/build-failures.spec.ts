/**
 * A broken article must stop the build with a message that says which file,
 * which field and what is wrong. Each test runs a real `astro build` on a
 * temporary copy of the site with fixture articles (see temp-project.ts);
 * the real content is never touched. No browser is used.
 */
import { expect, test } from '@playwright/test';
import { buildWithFixtures, FIXTURES, removeField, setField, type BuildResult } from './temp-project';

async function build(changes: Record<string, string | null> = {}): Promise<BuildResult> {
  const result = await buildWithFixtures(changes);
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  return result;
}

/** The build failed, and its output mentions every one of `parts` somewhere. */
function expectFailureMentioning(result: BuildResult, parts: (string | RegExp)[]) {
  expect(result.code, `astro build should fail. Output:\n${result.output}`).not.toBe(0);
  for (const part of parts) {
    if (typeof part === 'string') expect(result.output).toContain(part);
    else expect(result.output).toMatch(part);
  }
}

/**
 * The build failed, and one line of its output mentions all of `parts`:
 * the file, the field and the value belong to the same message, not to
 * unrelated log lines.
 */
function expectFailureLine(result: BuildResult, parts: string[]) {
  expect(result.code, `astro build should fail. Output:\n${result.output}`).not.toBe(0);
  const line = result.output.split('\n').find((l) => parts.every((p) => l.includes(p)));
  expect(line, `no line of the build output mentions all of ${JSON.stringify(parts)}:\n${result.output}`).toBeTruthy();
}

test('control: the valid fixture articles build, as /fixes/<name>/ pages', async () => {
  const result = await build();
  expect(result.code, `astro build should succeed. Output:\n${result.output}`).toBe(0);
  for (const name of Object.keys(FIXTURES)) {
    expect(result.distFiles).toContain(`fixes/${name}/index.html`);
  }
});

test('a missing required field names the file and the field', async () => {
  const result = await build({ alpha: removeField(FIXTURES.alpha!, 'description') });
  expectFailureMentioning(result, ['content/fixes/alpha.mdx', /description\W.*Required/i]);
});

test('invalid fields name the file, each field and what is allowed', async () => {
  let bravo = FIXTURES.bravo!;
  bravo = setField(bravo, 'risk', 'lots');
  bravo = setField(bravo, 'description', 'A'.repeat(200));
  bravo = setField(bravo, 'kbId', 'ICB-12');
  const result = await build({ bravo });
  expectFailureMentioning(result, [
    'content/fixes/bravo.mdx',
    /risk\W.*expected one of "none"\|"settings"\|"data"/,
    /description\W.*160/,
    /kbId\W.*icb-/,
  ]);
});

test('a duplicate kbId names both files and the field', async () => {
  const result = await build({ bravo: setField(FIXTURES.bravo!, 'kbId', 'icb-901') });
  expectFailureLine(result, ['content/fixes/bravo.mdx', 'content/fixes/alpha.mdx', 'kbId', 'icb-901']);
});

test('a duplicate order names both files and the field', async () => {
  const result = await build({ charlie: setField(FIXTURES.charlie!, 'order', 2) });
  expectFailureLine(result, ['content/fixes/charlie.mdx', 'content/fixes/bravo.mdx', 'order']);
});

test('a related entry that names no article names the file, the field and the name', async () => {
  const result = await build({ alpha: setField(FIXTURES.alpha!, 'related', '[bravo, nope]') });
  expectFailureLine(result, ['content/fixes/alpha.mdx', 'related', 'nope']);
});

test('an internal link to a page that does not exist names the file and the target', async () => {
  const result = await build({
    charlie: FIXTURES.charlie!.replace('## Steps', 'See [the missing fix](/fixes/nope/).\n\n## Steps'),
  });
  expectFailureLine(result, ['content/fixes/charlie.mdx', '/fixes/nope/']);
});
