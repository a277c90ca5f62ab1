/**
 * A broken article must stop the build with a message that says which file,
 * which field and what is wrong. Each test runs a real `astro build` on a
 * temporary copy of the site with fixture articles (see test/support/temp-project.ts);
 * the real content is never touched. No browser is used.
 *
 * Each message is also tested without a build, on the same fixtures as mocked
 * content, beside the check that makes it: the schemas in
 * src/content.config.test.ts, the checks of src/data/ (cross-article rules,
 * troubleshooter, alerts, redirects) in src/data/content-checks.test.ts, the
 * Settings paths in src/integrations/markdown/settings-paths.test.ts, the link check and
 * the URL ledger in src/integrations/after-build-checks.test.ts. So the gate
 * keeps one real build per build phase (content schemas, the checks before
 * rendering, the Markdown plugins, the after-build checks) and the control
 * that must pass; the other builds are tagged FULL_TAG (npm run test:full).
 */
import { expect, test } from '@playwright/test';
import { markGone, parseLedger, serializeLedger } from '#lib/links/url-ledger.ts';
import { defined } from '#lib/defined.ts';
import { FULL_TAG } from '../test/support/tiers';
import { attr, attributes, elementsByTag, parseHtml, textContent, tokens } from '../test/support/html';
import {
  alertFixture,
  buildWithFixtures,
  fixtureArticle,
  FIXTURES,
  FLOW_FIXTURE,
  frenchFixtureFiles,
  addField,
  removeField,
  SAFETY_NET_LINK,
  setField,
  type BuildOptions,
  type BuildResult,
} from '../test/support/temp-project';

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

/** A fixture article's text. */
function fixture(name: 'alpha' | 'bravo' | 'charlie'): string {
  return defined(FIXTURES[name], `fixture article "${name}"`);
}

// The valid fixture site, with a former slug on an article, a former id on a
// question and a former slug on an alert that names the article (the control
// of the unknown-fix test below).
const FIXTURE_ALERT = 'content/alerts/fixture-alert.md';

test('control: the valid fixture articles build, as /fixes/<name>/ pages, with a redirect for each former slug and id', async () => {
  const alpha = addField(fixture('alpha'), 'formerSlugs', ['old-name']);
  const flow = FLOW_FIXTURE.replace('- id: fixture-more\n', '- id: fixture-more\n  formerSlugs: [fixture-old]\n');
  const result = await buildWithFixtures({ alpha }, flow, {
    files: {
      [FIXTURE_ALERT]: addField(
        alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha'] }),
        'formerSlugs',
        ['old-alert'],
      ),
    },
    read: [
      'fixes/alpha/index.html',
      'fixes/old-name/index.html',
      'troubleshoot/fixture-old/index.html',
      'troubleshoot/fixture-old/bravo/index.html',
      'errors/old-alert/index.html',
      'errors/old-alert.txt',
      '_redirects',
    ],
  });
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  expect(result.code, `astro build should succeed. Output:\n${result.output}`).toBe(0);
  for (const name of Object.keys(FIXTURES)) {
    expect(result.distFiles).toContain(`fixes/${name}/index.html`);
  }
  // The alert builds, and the article it names lists it (the only link between them is the alert's fixes).
  expect(result.distFiles).toContain('errors/fixture-alert/index.html');
  expect(result.read['fixes/alpha/index.html']).toMatch(/Fixes these alerts[\s\S]*href="\/errors\/fixture-alert\/"/);

  // A former slug: the old address is a static redirect page to the article.
  const html = result.read['fixes/old-name/index.html'];
  expect(html, 'dist/fixes/old-name/index.html').toBeDefined();
  const document = parseHtml(defined(html, 'dist/fixes/old-name/index.html'));
  const refresh = elementsByTag(document, 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh');
  expect(attr(defined(refresh, 'the meta refresh'), 'content') ?? '').toMatch(/^0;\s*url=\/fixes\/alpha\/$/);
  expect(elementsByTag(document, 'a').map((a) => attr(a, 'href'))).toContain('/fixes/alpha/');
  const canonical = elementsByTag(document, 'link').find((l) => tokens(l, 'rel').includes('canonical'));
  expect(new URL(attr(defined(canonical, 'the canonical link'), 'href') ?? '').pathname).toBe('/fixes/alpha/');
  const robots = elementsByTag(document, 'meta').find((m) => attr(m, 'name') === 'robots');
  expect(robots && attributes(robots)).toContainEqual({
    name: 'content',
    value: 'noindex',
  });

  // A former question id: its page and its result pages; an alert's former slug: its page and its text.
  const refreshOf = (file: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(result.read[file] ?? '')?.[1];
  expect(refreshOf('troubleshoot/fixture-old/index.html')).toBe('/troubleshoot/fixture-more/');
  expect(refreshOf('troubleshoot/fixture-old/bravo/index.html')).toBe('/troubleshoot/fixture-more/bravo/');
  expect(refreshOf('errors/old-alert/index.html')).toBe('/errors/fixture-alert/');
  expect(result.read['errors/old-alert.txt']).toContain('The fixture backup failed.');

  // And a real 301 for hosts that read _redirects, next to the short link's.
  const rules = (result.read._redirects ?? '').split('\n').map((line) => line.trim());
  expect(rules).toContain('/fixes/old-name/ /fixes/alpha/ 301');
  expect(rules).toContain('/kb/icb-901/ /fixes/alpha/ 301');
  expect(rules).toContain('/errors/old-alert/ /errors/fixture-alert/ 301');
});

test('a missing required field names the file and the field', { tag: [FULL_TAG] }, async () => {
  const result = await build({ alpha: removeField(fixture('alpha'), 'description') });
  expectFailureMentioning(result, ['content/fixes/alpha.mdx', /description\W.*Required/i]);
});

test('invalid fields name the file, each field and what is allowed', async () => {
  let bravo = fixture('bravo');
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

// ---- The cross-article rules --------------------------------------------------
//
// src/lib/articles/content-rules.ts collects every broken cross-article rule before it
// stops the build, so one fixture build breaks five of them at once, on
// different articles, and each test reads that build's output.

test.describe('the cross-article rules, broken together in one build', () => {
  // In order in one worker, so the build runs once; a failure does not skip the others.
  test.describe.configure({ mode: 'default' });
  let broken: Promise<BuildResult> | undefined;
  const brokenRules = () =>
    (broken ??= build({
      alpha: addField(setField(fixture('alpha'), 'related', ['bravo', 'nope']), 'formerSlugs', ['bravo']),
      bravo: setField(fixture('bravo'), 'kbId', 'icb-901'),
      charlie: setField(fixture('charlie'), 'order', 2).replace(SAFETY_NET_LINK, 'No link here.'),
    }));

  test('a duplicate kbId names both files and the field', async () => {
    expectFailureLine(await brokenRules(), ['content/fixes/bravo.mdx', 'content/fixes/alpha.mdx', 'kbId', 'icb-901']);
  });

  test('a duplicate order names both files and the field', async () => {
    expectFailureLine(await brokenRules(), ['content/fixes/charlie.mdx', 'content/fixes/bravo.mdx', 'order']);
  });

  test('a related entry that names no article names the file, the field and the name', async () => {
    expectFailureLine(await brokenRules(), ['content/fixes/alpha.mdx', 'related', 'nope']);
  });

  test("a former slug that is another article's slug names the file, formerSlugs and the slug", async () => {
    expectFailureLine(await brokenRules(), ['content/fixes/alpha.mdx', 'formerSlugs', 'bravo']);
  });

  test('a risky fix without the safety-net link before its first step names the file, the risk and the link to add', async () => {
    expectFailureLine(await brokenRules(), [
      'content/fixes/charlie.mdx',
      'risk is "data"',
      'no link to the safety net (/fixes/safety/)',
      'before its first numbered step',
    ]);
  });
});

test('an internal link to a page that does not exist names the file and the target', async () => {
  const result = await build({
    charlie: fixture('charlie').replace('## Steps', 'See [the missing fix](/fixes/nope/).\n\n## Steps'),
  });
  expectFailureLine(result, ['content/fixes/charlie.mdx', '/fixes/nope/']);
});

test(
  'a troubleshooter answer that leads to a missing question names the file, the question, the answer and the target',
  { tag: [FULL_TAG] },
  async () => {
    const result = await buildWithFixtures({}, FLOW_FIXTURE.replace('next: fixture-more', 'next: nope'));
    test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
    await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
    expectFailureLine(result, ['content/troubleshooter/flow.yaml', 'question "fixture-copy"', 'answer "has-copy"', '"nope"']);
  },
);

// ---- Safety rules ---------------------------------------------------------

test(
  'a troubleshooter branch that reaches a risky fix without a rule-out question names the question, the answer and the rule',
  { tag: [FULL_TAG] },
  async () => {
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
  },
);

test('an article with no source on apple.com names the file, the field and what is allowed', { tag: [FULL_TAG] }, async () => {
  const thirdPartyOnly = setField(fixture('alpha'), 'sources', [{ title: 'A backup guide', url: 'https://example.com/backup-guide' }]);
  const result = await build({ alpha: thirdPartyOnly });
  expectFailureMentioning(result, ['content/fixes/alpha.mdx', /sources\W.*apple\.com or support\.apple\.com/]);
});

// ---- Former slugs, slug collisions, alerts and fixes ----------------------

/** Like build(), with extra files (fixture alerts) and files of dist/ to read back. */
async function buildWith(changes: Record<string, string | null>, options: BuildOptions): Promise<BuildResult> {
  const result = await buildWithFixtures(changes, FLOW_FIXTURE, options);
  test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  return result;
}

test(
  'an alert naming a fix that does not exist: the build names the file, fixes[i] and the fixes allowed',
  { tag: [FULL_TAG] },
  async () => {
    // Astro only logs a reference to a missing entry; the alerts' own check must stop the build.
    const result = await buildWith(
      {},
      {
        files: { [FIXTURE_ALERT]: alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha', 'alfa'] }) },
      },
    );
    expectFailureLine(result, [FIXTURE_ALERT, 'fixes[1] is "alfa"', 'Use one of: alpha, bravo, charlie, safety.']);
  },
);

// ---- Alerts' and questions' former slugs, and change notes ------------------

test("a question's former id that is another question's id names the file, the question and formerSlugs", { tag: [FULL_TAG] }, async () => {
  const flow = FLOW_FIXTURE.replace('- id: fixture-more\n', '- id: fixture-more\n  formerSlugs: [fixture-start]\n');
  const result = await buildWithFixtures({}, flow);
  await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
  expectFailureLine(result, ['content/troubleshooter/flow.yaml', 'question "fixture-more"', 'formerSlugs entry "fixture-start"']);
});

test('a changes entry dated after lastReviewed names the file and the field', { tag: [FULL_TAG] }, async () => {
  const alpha = addField(fixture('alpha'), 'changes', [{ date: '2026-11-30', summary: 'Reworded the fixture steps.' }]);
  const result = await build({ alpha });
  expectFailureMentioning(result, ['content/fixes/alpha.mdx', /changes\W+0\W+date/, 'after lastReviewed (2026-11-25)']);
});

// ---- The published-URL ledger ----------------------------------------------
//
// Four leaf articles (nothing links to them), so each can be deleted, renamed,
// renumbered or shortened without any other rule failing. They come after the
// risky fixtures on the path, so they are risky too (rule "safest first"). The
// first test records the fixture site's ledger; the others build against it.

const LEAVES = ['delta', 'echo', 'foxtrot', 'golf'] as const;
const leaf = (name: string, kbId: string, order: number) =>
  fixtureArticle({
    title: `${name.charAt(0).toUpperCase()}${name.slice(1)} fixture fix`,
    kbId,
    order,
    category: 'basics',
    risk: 'data',
    related: [],
    body: 'A leaf fixture: nothing links here.',
  });
const LEAF_ARTICLES: Record<string, string> = Object.fromEntries(LEAVES.map((name, i) => [name, leaf(name, `icb-91${1 + i}`, 4 + i)]));
const leafArticle = (name: (typeof LEAVES)[number]) => defined(LEAF_ARTICLES[name], `leaf article "${name}"`);
const withoutStep3 = (mdx: string) => mdx.replace('3. Check the result.\n', '');

test.describe('the published-URL ledger', { tag: [FULL_TAG] }, () => {
  test.describe.configure({ mode: 'serial' });
  let ledger = '';
  let broken: Promise<BuildResult> | undefined;

  test('control: a build records every URL, and a build against that ledger passes', async () => {
    const recorded = await buildWith(LEAF_ARTICLES, {});
    expect(recorded.code, `recording should succeed. Output:\n${recorded.output}`).toBe(0);
    ledger = recorded.ledger ?? '';
    for (const url of [
      '/fixes/delta/',
      '/kb/icb-911/',
      '/kb/icb-911/#step-3',
      '/kb/icb-911.txt',
      '/api/v1/fixes/delta.json',
      '/troubleshoot/',
      '/llms.txt',
    ]) {
      expect(ledger, url).toContain(`"url":"${url}"`);
    }
    const checked = await buildWith(LEAF_ARTICLES, { ledger });
    expect(checked.code, `a build against its own ledger should succeed. Output:\n${checked.output}`).toBe(0);
    expect(checked.output).toMatch(/\[site-check\] \d+ published URLs resolve/);
  });

  /** One build that breaks four promises at once, on four articles: the ledger reports every one. */
  const brokenBuild = () =>
    (broken ??= buildWith(
      {
        ...LEAF_ARTICLES,
        delta: null,
        echo: null,
        'echo-two': leafArticle('echo'),
        foxtrot: setField(leafArticle('foxtrot'), 'kbId', 'icb-923'),
        golf: withoutStep3(leafArticle('golf')),
      },
      { ledger },
    ));

  test('deleting an article names its URL, file and kbId, every URL that reached it, and the three ways out', async () => {
    const result = await brokenBuild();
    expectFailureLine(result, [
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
    const result = await brokenBuild();
    expectFailureLine(result, [
      '/fixes/echo/ (article icb-912) no longer resolves',
      '/fixes/echo-two/ (content/fixes/echo-two.mdx)',
      'add "echo" to its formerSlugs',
    ]);
  });

  test('changing a kbId names the file and both IDs', async () => {
    const result = await brokenBuild();
    expectFailureLine(result, ['content/fixes/foxtrot.mdx', 'kbId changed from icb-913 to icb-923', 'set kbId back to icb-913']);
  });

  test('removing a step names the file, the lost step link, both counts and the note to add', async () => {
    const result = await brokenBuild();
    expectFailureLine(result, [
      'content/fixes/golf.mdx',
      '/kb/icb-914/#step-3',
      'records 3 steps and the page now has 2',
      'oldSteps: { 3: <step> }',
    ]);
  });

  test('a stale ledger: a new article that is not recorded stops the build, naming its URLs and the command', async () => {
    const hotel = leaf('hotel', 'icb-915', 8);
    const result = await buildWith({ ...LEAF_ARTICLES, hotel }, { ledger });
    expectFailureLine(result, ['new URL(s) are not in content/published-urls.json', '/fixes/hotel/', '/kb/icb-915/', 'npm run ledger']);
  });

  test('with the ways out taken (gone, formerSlugs, an oldSteps note) the build passes and keeps every old link working', async () => {
    const gone = serializeLedger(markGone(parseLedger(ledger), '/fixes/delta/', '/fixes/alpha/', 'Merged into alpha.'));
    const golf = addField(withoutStep3(leafArticle('golf')), 'changes', [
      { date: '2026-11-25', summary: 'Merged the last two steps.', oldSteps: { 3: 2 } },
    ]);
    const result = await buildWith(
      { ...LEAF_ARTICLES, delta: null, echo: null, 'echo-two': addField(leafArticle('echo'), 'formerSlugs', ['echo']), golf },
      {
        ledger: gone,
        ledgerMode: 'update',
        read: [
          'fixes/delta/index.html',
          'kb/icb-911/index.html',
          'kb/icb-911.txt',
          'api/v1/fixes/delta.json',
          'fixes/echo/index.html',
          'api/v1/fixes/echo.json',
          'fixes/golf/index.html',
          '_redirects',
        ],
      },
    );
    expect(result.code, `astro build should succeed. Output:\n${result.output}`).toBe(0);
    const refreshOf = (file: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(result.read[file] ?? '')?.[1];
    // The deleted article's page, short link, reply and API file lead to its replacement.
    expect(refreshOf('fixes/delta/index.html')).toBe('/fixes/alpha/');
    expect(refreshOf('kb/icb-911/index.html')).toBe('/fixes/alpha/');
    expect(result.read['kb/icb-911.txt']).toContain('Merged into alpha.');
    expect(JSON.parse(result.read['api/v1/fixes/delta.json'] ?? '{}')).toMatchObject({ gone: { note: 'Merged into alpha.' } });
    expect(result.read._redirects).toContain('/fixes/delta/ /fixes/alpha/ 301');
    // The renamed article's old page redirects, and its old API file is still there.
    expect(refreshOf('fixes/echo/index.html')).toBe('/fixes/echo-two/');
    expect(JSON.parse(result.read['api/v1/fixes/echo.json'] ?? '{}')).toMatchObject({ fix: { kbId: 'icb-912', slug: 'echo-two' } });
    // Old step 3 lands on step 2, and the change is shown as "What changed".
    const golfPage = parseHtml(result.read['fixes/golf/index.html'] ?? '');
    const step2 = elementsByTag(golfPage, 'li').find((li) => attr(li, 'id') === 'step-2');
    expect(elementsByTag(defined(step2, 'step 2 of golf'), 'span').map((span) => attr(span, 'id'))).toContain('step-3');
    const whatChanged = elementsByTag(golfPage, 'section').find((s) => attr(s, 'aria-labelledby') === 'what-changed-heading');
    expect(textContent(defined(whatChanged, 'the "What changed" section'))).toContain('Merged the last two steps.');
    // The ledger keeps the old URLs and records the new ones.
    expect(result.ledger).toContain('"url":"/fixes/echo/"');
    expect(result.ledger).toContain('"url":"/fixes/echo-two/"');
    expect(result.ledger).toContain(
      '"url":"/fixes/delta/","kind":"fix","to":"/fixes/delta/","kbId":"icb-911","gone":{"replacement":"/fixes/alpha/","note":"Merged into alpha."}',
    );
  });
});

// ---- Settings paths: every step checked against content/settings/vocabulary.yaml ----

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

test(
  'a Settings step reached from the wrong screen names the file, the path, the step and where it really is',
  { tag: [FULL_TAG] },
  async () => {
    const path = 'Settings > General > iCloud Backup';
    const result = await build({ bravo: withStep(fixture('bravo'), `Open **${path}**.`) });
    expectFailureLine(result, [
      'content/fixes/bravo.mdx',
      `"${path}"`,
      'step 3 "iCloud Backup" is not reached from "General"',
      '"Settings > [your name] > iCloud > iCloud Backup"',
    ]);
  },
);

test(
  "a Settings label outside the article's appliesTo names the file, the path, the step and both ranges",
  { tag: [FULL_TAG] },
  async () => {
    const path = 'Settings > Face ID & Passcode > Stolen Device Protection';
    const charlie = setField(withStep(fixture('charlie'), `Turn on **${path}**.`), 'appliesTo', { from: '17', to: '17.2' });
    const result = await build({ charlie });
    expectFailureLine(result, [
      'content/fixes/charlie.mdx',
      `"${path}"`,
      'step 3 "Stolen Device Protection"',
      'iOS 17.3 and later',
      'iOS 17 to 17.2',
    ]);
  },
);

test(
  'a Settings path in a troubleshooter help line is checked too, naming the file, the question and the path',
  { tag: [FULL_TAG] },
  async () => {
    const flow = FLOW_FIXTURE.replace(
      '  question: Which fixture fix fits?\n',
      '  question: Which fixture fix fits?\n  help: Open **Settings > Wi-Fy** and look.\n',
    );
    const result = await buildWithFixtures({}, flow);
    test.info().annotations.push({ type: 'astro build', description: `${result.ms} ms, exit ${result.code}` });
    await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
    expectFailureLine(result, [
      'content/troubleshooter/flow.yaml',
      'question "fixture-start"',
      '"Settings > Wi-Fy"',
      'step 2 "Wi-Fy"',
      '"Wi-Fi"',
    ]);
  },
);

test(
  'a Settings path in an alert is checked too: the build stops, naming the file, the path and the step',
  { tag: [FULL_TAG] },
  async () => {
    // Astro only logs a Markdown entry that fails to render; the alert's own check must stop the build.
    const alert = alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha'] }).replace(
      'This is fixture text',
      'Open **Settings > Wi-Fy** first. This is fixture text',
    );
    const result = await buildWith({}, { files: { [FIXTURE_ALERT]: alert } });
    expectFailureLine(result, [FIXTURE_ALERT, '"Settings > Wi-Fy"', 'step 2 "Wi-Fy"', '"Wi-Fi"']);
  },
);

test.describe('a second language (French fixture translations)', { tag: [FULL_TAG] }, () => {
  test('an English page changed after its translation: the French page builds, says the English one is newer and links to it', async () => {
    // The English alpha gets a new review date; its French page still records the old one.
    const alpha = setField(fixture('alpha'), 'lastReviewed', '2026-11-26');
    const result = await buildWithFixtures({ alpha }, FLOW_FIXTURE, {
      files: frenchFixtureFiles(),
      read: ['fr/fixes/alpha/index.html', 'fr/fixes/bravo/index.html'],
    });
    await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
    expect(result.code, `astro build should succeed. Output:\n${result.output}`).toBe(0);
    const outdated = parseHtml(defined(result.read['fr/fixes/alpha/index.html'], 'dist/fr/fixes/alpha/index.html'));
    const notice = elementsByTag(outdated, 'p').find((p) => tokens(p, 'class').includes('translation-notice'));
    expect(notice && textContent(notice)).toContain('sa version anglaise a changé');
    expect(notice && elementsByTag(notice, 'a').map((a) => attr(a, 'href'))).toEqual(['/fixes/alpha/']);
    const current = parseHtml(defined(result.read['fr/fixes/bravo/index.html'], 'dist/fr/fixes/bravo/index.html'));
    expect(
      elementsByTag(current, 'p').some((p) => tokens(p, 'class').includes('translation-notice')),
      'a current translation has no notice',
    ).toBe(false);
  });

  test('an English page with no translation, and not listed as untranslated, names the file and both ways out', async () => {
    const files = frenchFixtureFiles();
    delete files['content/fr/fixes/charlie.mdx'];
    const result = await buildWithFixtures({}, FLOW_FIXTURE, { files });
    await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
    expectFailureLine(result, ['content/fixes/charlie.mdx has no translation in "fr"', 'content/fr/untranslated.yaml']);
  });

  test('listed as not yet translated: the French site links to the English page, marked as English', async () => {
    const files: Record<string, string> = { ...frenchFixtureFiles(), 'content/fr/untranslated.yaml': 'fixes: [charlie]\n' };
    delete files['content/fr/fixes/charlie.mdx'];
    // French bravo links to charlie: to the English page now (the link check holds it to pages that exist).
    files['content/fr/fixes/bravo.mdx'] = defined(files['content/fr/fixes/bravo.mdx'], 'bravo in French').replace(
      '/fr/fixes/charlie/',
      '/fixes/charlie/',
    );
    const result = await buildWithFixtures({}, FLOW_FIXTURE, { files, read: ['fr/fixes/index.html'] });
    await test.info().attach('build output', { body: result.output, contentType: 'text/plain' });
    expect(result.code, `astro build should succeed. Output:\n${result.output}`).toBe(0);
    expect(result.distFiles).not.toContain('fr/fixes/charlie/index.html');
    const list = parseHtml(defined(result.read['fr/fixes/index.html'], 'dist/fr/fixes/index.html'));
    const link = elementsByTag(list, 'a').find((a) => attr(a, 'href') === '/fixes/charlie/');
    expect(link, 'a link to the English charlie').toBeDefined();
    expect(link && attr(link, 'hreflang')).toBe('en');
  });
});
