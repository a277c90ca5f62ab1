/**
 * A broken article must stop the build with a message that says which file,
 * which field and what is wrong. Each test runs a real `astro build` on a
 * temporary copy of the site with fixture articles (see temp-project.ts);
 * the real content is never touched. No browser is used.
 */
import { expect, test } from '@playwright/test';
import { attr, elementsByTag, parseHtml, tokens } from './site-files';
import {
  alertFixture,
  buildWithFixtures,
  FIXTURES,
  FLOW_FIXTURE,
  removeField,
  SAFETY_NET_LINK,
  setField,
  type BuildOptions,
  type BuildResult,
} from './temp-project';

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

test('a troubleshooter answer that leads to a missing question names the file, the question, the answer and the target', async () => {
  const result = await buildWithFixtures({}, FLOW_FIXTURE.replace('next: fixture-more', 'next: nope'));
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  expectFailureLine(result, ['content/troubleshooter/flow.yaml', 'question "fixture-start"', 'answer "more"', '"nope"']);
});

// ---- Safety rules ---------------------------------------------------------

test('a risky fix without the safety-net link before its first step names the file, the risk and the link to add', async () => {
  const result = await build({ charlie: FIXTURES.charlie!.replace(SAFETY_NET_LINK, 'No link here.') });
  expectFailureLine(result, ['content/fixes/charlie.mdx', 'risk is "data"', 'no link to the safety net (/fixes/safety/)', 'before its first numbered step']);
});

test('a troubleshooter branch that reaches a risky fix without a rule-out question names the question, the answer and the rule', async () => {
  const result = await buildWithFixtures({}, FLOW_FIXTURE.replace('  rulesOut: alpha\n', ''));
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  expectFailureLine(result, [
    'content/troubleshooter/flow.yaml',
    'question "fixture-more"',
    'answer "bravo"',
    'recommends "bravo" (risk: settings)',
    'rule "rule out first"',
  ]);
});

test('an article with no source on apple.com names the file, the field and what is allowed', async () => {
  const thirdPartyOnly = FIXTURES.alpha!.replace('https://support.apple.com/en-us/108366', 'https://example.com/backup-guide');
  const result = await build({ alpha: thirdPartyOnly });
  expectFailureMentioning(result, ['content/fixes/alpha.mdx', /sources\W.*apple\.com or support\.apple\.com/]);
});

// ---- Former slugs, slug collisions, alerts and fixes ----------------------

/** Adds the frontmatter line `key: value` after the kbId line (for optional fields the fixtures leave out). */
function addField(mdx: string, key: string, value: string): string {
  if (new RegExp(`^${key}:`, 'm').test(mdx)) throw new Error(`fixture already has a "${key}:" line`);
  return mdx.replace(/^kbId:.*$/m, (line) => `${line}\n${key}: ${value}`);
}

/** Like build(), with extra files (fixture alerts) and files of dist/ to read back. */
async function buildWith(changes: Record<string, string | null>, options: BuildOptions): Promise<BuildResult> {
  const result = await buildWithFixtures(changes, FLOW_FIXTURE, options);
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  return result;
}

const FIXTURE_ALERT = 'content/errors/fixture-alert.md';

test('a former slug becomes a redirect page and a _redirects rule (and a fixture alert named both ways builds)', async () => {
  const alpha = addField(addField(FIXTURES.alpha!, 'formerSlugs', '[old-name]'), 'errors', '[fixture-alert]');
  const result = await buildWith(
    { alpha },
    {
      files: { [FIXTURE_ALERT]: alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha'] }) },
      read: ['fixes/old-name/index.html', '_redirects'],
    },
  );
  expect(result.code, `astro build should succeed. Output:\n${result.output}`).toBe(0);

  // The old address is a static redirect page to the article.
  const html = result.read['fixes/old-name/index.html'];
  expect(html, 'dist/fixes/old-name/index.html').toBeDefined();
  const document = parseHtml(html!);
  const refresh = elementsByTag(document, 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh');
  expect(attr(refresh!, 'content') ?? '').toMatch(/^0;\s*url=\/fixes\/alpha\/$/);
  expect(elementsByTag(document, 'a').map((a) => attr(a, 'href'))).toContain('/fixes/alpha/');
  const canonical = elementsByTag(document, 'link').find((l) => tokens(l, 'rel').includes('canonical'));
  expect(new URL(attr(canonical!, 'href') ?? '').pathname).toBe('/fixes/alpha/');
  expect(elementsByTag(document, 'meta').find((m) => attr(m, 'name') === 'robots')?.attrs).toContainEqual({ name: 'content', value: 'noindex' });

  // And a real 301 for hosts that read _redirects, next to the short link's.
  const rules = (result.read['_redirects'] ?? '').split('\n').map((line) => line.trim());
  expect(rules).toContain('/fixes/old-name/ /fixes/alpha/ 301');
  expect(rules).toContain('/kb/icb-901/ /fixes/alpha/ 301');

  // The alert and the article that name each other both build (the control for the one-way test below).
  expect(result.distFiles).toContain('errors/fixture-alert/index.html');
  expect(result.distFiles).toContain('fixes/alpha/index.html');
});

test("a former slug that is another article's slug names the file, formerSlugs and the slug", async () => {
  const result = await build({ alpha: addField(FIXTURES.alpha!, 'formerSlugs', '[bravo]') });
  expectFailureLine(result, ['content/fixes/alpha.mdx', 'formerSlugs', 'bravo']);
});

test('an alert and a fix that name each other one way only: the build names the files', async () => {
  const result = await buildWith(
    // The alert names alpha, which does not name it back; bravo names the alert, which does not name bravo.
    { bravo: addField(FIXTURES.bravo!, 'errors', '[fixture-alert]') },
    { files: { [FIXTURE_ALERT]: alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha'] }) } },
  );
  expectFailureLine(result, [FIXTURE_ALERT, 'content/fixes/alpha.mdx']);
  expectFailureLine(result, ['content/fixes/bravo.mdx', FIXTURE_ALERT]);
});

// ---- Settings paths: every step checked against content/settings/vocabulary.yaml ----

/** A fixture article's text. */
function fixture(name: 'alpha' | 'bravo' | 'charlie'): string {
  const text = FIXTURES[name];
  if (text === undefined) throw new Error(`no fixture article "${name}"`);
  return text;
}

/** Adds a step with a Settings path to a fixture article's list of steps. */
function withStep(mdx: string, step: string): string {
  if (!mdx.includes('3. Check the result.')) throw new Error('fixture has no third step');
  return mdx.replace('3. Check the result.', `3. ${step}`);
}

test('a misspelt Settings step names the file, the path, the step and the closest labels', async () => {
  const path = 'Settings > [your name] > iClod > iCloud Backup';
  const result = await build({ alpha: withStep(fixture('alpha'), `Open **${path}**.`) });
  expectFailureLine(result, ['content/fixes/alpha.mdx', `"${path}"`, 'step 3 "iClod"', 'Closest known labels: "iCloud"']);
});

test('a Settings step reached from the wrong screen names the file, the path, the step and where it really is', async () => {
  const path = 'Settings > General > iCloud Backup';
  const result = await build({ bravo: withStep(fixture('bravo'), `Open **${path}**.`) });
  expectFailureLine(result, [
    'content/fixes/bravo.mdx',
    `"${path}"`,
    'step 3 "iCloud Backup" is not reached from "General"',
    '"Settings > [your name] > iCloud > iCloud Backup"',
  ]);
});

test("a Settings label outside the article's appliesTo names the file, the path, the step and both ranges", async () => {
  const path = 'Settings > Face ID & Passcode > Stolen Device Protection';
  const charlie = withStep(fixture('charlie'), `Turn on **${path}**.`).replace('appliesTo:\n  from: "17"', 'appliesTo:\n  from: "17"\n  to: "17.2"');
  const result = await build({ charlie });
  expectFailureLine(result, ['content/fixes/charlie.mdx', `"${path}"`, 'step 3 "Stolen Device Protection"', 'iOS 17.3 and later', 'iOS 17 to 17.2']);
});

test('a Settings path in a troubleshooter help line is checked too, naming the file, the question and the path', async () => {
  const flow = FLOW_FIXTURE.replace('  question: Which fixture fix fits?\n', '  question: Which fixture fix fits?\n  help: Open **Settings > Wi-Fy** and look.\n');
  const result = await buildWithFixtures({}, flow);
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  expectFailureLine(result, ['content/troubleshooter/flow.yaml', 'question "fixture-start"', '"Settings > Wi-Fy"', 'step 2 "Wi-Fy"', '"Wi-Fi"']);
});

test('a Settings path in an alert is checked too: the build stops, naming the file, the path and the step', async () => {
  // Astro only logs a Markdown entry that fails to render; the alert's own check must stop the build.
  const alert = alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha'] }).replace(
    'This is fixture text',
    'Open **Settings > Wi-Fy** first. This is fixture text',
  );
  const result = await buildWith({ alpha: addField(fixture('alpha'), 'errors', '[fixture-alert]') }, { files: { [FIXTURE_ALERT]: alert } });
  expectFailureLine(result, [FIXTURE_ALERT, '"Settings > Wi-Fy"', 'step 2 "Wi-Fy"', '"Wi-Fi"']);
});
