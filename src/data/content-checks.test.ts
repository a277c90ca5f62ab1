/**
 * The checks the build runs on the content collections before it renders a
 * page (src/data/: the cross-article rules, the troubleshooter's rules and
 * help lines, the fixes alerts name and their Settings paths, redirect
 * clashes), fed the build-failure tests' broken fixture sites as mocked
 * content (test/support/mock-content.ts) instead of a real `astro build`.
 * Each failure case here is one of e2e/build-failures.spec.ts, with the same
 * input and the same message parts: the file, the field and what is allowed.
 */
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { expectFailureLine } from '../../test/support/expect-failure';
import {
  addField,
  alertFixture,
  FIXTURES,
  FLOW_FIXTURE,
  frenchFixtureFiles,
  SAFETY_NET_LINK,
  setField,
} from '../../test/support/temp-project';
import { defined } from '#lib/defined.ts';
import { mockAstroContent, mockCollections, type MockCollections } from '../../test/support/mock-content';

/** The data modules, loaded afresh over `content` (they cache what they checked), published in `languages`. */
async function load(content: MockCollections, languages: readonly ('en' | 'fr')[] = ['en']) {
  vi.resetModules();
  vi.doMock('astro:content', mockAstroContent(content));
  vi.doMock('./languages', () => ({
    getLanguages: () => [...languages],
    getTranslatedLanguages: () => languages.filter((lang) => lang !== 'en'),
  }));
  // The real project's ledger has nothing to do with the fixture site.
  vi.doMock('#lib/links/url-ledger-file.ts', () => ({
    readLedgerFile: () => Promise.resolve(undefined),
    writeLedgerFile: () => Promise.resolve(),
  }));
  return {
    getFixes: (await import('./fixes')).getFixes,
    getAlerts: (await import('./alerts')).getAlerts,
    getAlertsForFix: (await import('./alerts')).getAlertsForFix,
    getTroubleshooter: (await import('./troubleshooter')).getTroubleshooter,
    getRedirects: (await import('./redirects')).getRedirects,
  };
}

// The first load transforms the data modules and everything they import: on a busy machine that alone can take seconds.
beforeAll(async () => {
  await load(mockCollections());
}, 30_000);

afterEach(() => {
  vi.doUnmock('astro:content');
  vi.doUnmock('./languages');
  vi.doUnmock('#lib/links/url-ledger-file.ts');
});

const fixture = (name: 'alpha' | 'bravo' | 'charlie') => defined(FIXTURES[name], `fixture article "${name}"`);
const FIXTURE_ALERT = 'content/alerts/fixture-alert.md';
const alert = () => alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha'] });

describe('the valid fixture site (the control of every case below)', () => {
  test('passes every check, and redirects each former slug, former question id and alert former slug', async () => {
    const flow = FLOW_FIXTURE.replace('- id: fixture-more\n', '- id: fixture-more\n  formerSlugs: [fixture-old]\n');
    const alpha = addField(fixture('alpha'), 'formerSlugs', ['old-name']);
    const data = await load(mockCollections({ alpha }, flow, { [FIXTURE_ALERT]: addField(alert(), 'formerSlugs', ['old-alert']) }));
    expect((await data.getFixes()).map((fix) => fix.id).sort()).toEqual(['alpha', 'bravo', 'charlie', 'safety']);
    expect((await data.getAlerts()).map((a) => a.id)).toEqual(['fixture-alert']);
    expect((await data.getTroubleshooter()).start.question.id).toBe('fixture-start');
    const { rules } = await data.getRedirects();
    for (const rule of [
      { from: '/fixes/old-name/', to: '/fixes/alpha/' },
      { from: '/kb/icb-901/', to: '/fixes/alpha/' },
      { from: '/troubleshoot/fixture-old/', to: '/troubleshoot/fixture-more/' },
      { from: '/troubleshoot/fixture-old/bravo/', to: '/troubleshoot/fixture-more/bravo/' },
      { from: '/errors/old-alert/', to: '/errors/fixture-alert/' },
    ]) {
      expect(rules).toContainEqual(rule);
    }
  });
});

describe('the cross-article rules (getFixes), broken together as in the build', () => {
  let loaded: ReturnType<typeof load> | undefined;
  const broken = () =>
    (loaded ??= load(
      mockCollections({
        alpha: addField(setField(fixture('alpha'), 'related', ['bravo', 'nope']), 'formerSlugs', ['bravo']),
        bravo: setField(fixture('bravo'), 'kbId', 'icb-901'),
        charlie: setField(fixture('charlie'), 'order', 2).replace(SAFETY_NET_LINK, 'No link here.'),
      }),
    ));

  test.each([
    ['a duplicate kbId names both files and the field', ['content/fixes/bravo.mdx', 'content/fixes/alpha.mdx', 'kbId', 'icb-901']],
    ['a duplicate order names both files and the field', ['content/fixes/charlie.mdx', 'content/fixes/bravo.mdx', 'order']],
    ['a related entry that names no article names the file, the field and the name', ['content/fixes/alpha.mdx', 'related', 'nope']],
    [
      "a former slug that is another article's slug names the file, formerSlugs and the slug",
      ['content/fixes/alpha.mdx', 'formerSlugs', 'bravo'],
    ],
    [
      'a risky fix without the safety-net link before its first step names the file, the risk and the link to add',
      ['content/fixes/charlie.mdx', 'risk is "data"', 'no link to the safety net (/fixes/safety/)', 'before its first numbered step'],
    ],
  ])('%s', async (_, parts) => {
    await expectFailureLine((await broken()).getFixes(), parts);
  });
});

describe('the troubleshooter (getTroubleshooter)', () => {
  test('an answer that leads to a missing question names the file, the question, the answer and the target', async () => {
    const data = await load(mockCollections({}, FLOW_FIXTURE.replace('next: fixture-more', 'next: nope')));
    await expectFailureLine(data.getTroubleshooter(), [
      'content/troubleshooter/flow.yaml',
      'question "fixture-copy"',
      'answer "has-copy"',
      '"nope"',
    ]);
  });

  test('a branch that reaches a risky fix without a rule-out question names the question, the answer and the rule', async () => {
    const data = await load(mockCollections({}, FLOW_FIXTURE.replace('  rulesOut: alpha\n', '')));
    await expectFailureLine(data.getTroubleshooter(), [
      'content/troubleshooter/flow.yaml',
      'question "fixture-more"',
      'answer "bravo"',
      'recommends "bravo" (risk: settings)',
      'rule "rule out first"',
    ]);
  });

  test('a Settings path in a help line is checked, naming the file, the question and the path', async () => {
    const flow = FLOW_FIXTURE.replace(
      '  question: Which fixture fix fits?\n',
      '  question: Which fixture fix fits?\n  help: Open **Settings > Wi-Fy** and look.\n',
    );
    const data = await load(mockCollections({}, flow));
    await expectFailureLine(data.getTroubleshooter(), [
      'content/troubleshooter/flow.yaml',
      'question "fixture-start"',
      '"Settings > Wi-Fy"',
      'step 2 "Wi-Fy"',
      '"Wi-Fi"',
    ]);
  });
});

describe('redirects (getRedirects)', () => {
  test("a question's former id that is another question's id names the file, the question and formerSlugs", async () => {
    const flow = FLOW_FIXTURE.replace('- id: fixture-more\n', '- id: fixture-more\n  formerSlugs: [fixture-start]\n');
    const data = await load(mockCollections({}, flow));
    await expectFailureLine(data.getRedirects(), [
      'content/troubleshooter/flow.yaml',
      'question "fixture-more"',
      'formerSlugs entry "fixture-start"',
    ]);
  });
});

describe('alerts (getAlerts, getAlertsForFix)', () => {
  test('an alert naming a fix that does not exist: the check names the file, fixes[i] and the fixes allowed', async () => {
    const broken = alertFixture({ title: 'Fixture alert', text: 'The fixture backup failed.', fixes: ['alpha', 'alfa'] });
    const data = await load(mockCollections({}, FLOW_FIXTURE, { [FIXTURE_ALERT]: broken }));
    await expectFailureLine(data.getAlerts(), [FIXTURE_ALERT, 'fixes[1] is "alfa"', 'Use one of: alpha, bravo, charlie, safety.']);
  });

  test("a fix's alerts are the alerts that name it, by title", async () => {
    const named = (title: string, fixes: string[]) => alertFixture({ title, text: `${title}: the fixture backup failed.`, fixes });
    const data = await load(
      mockCollections({}, FLOW_FIXTURE, {
        'content/alerts/zulu.md': named('Zulu fixture alert', ['bravo', 'alpha']),
        'content/alerts/yankee.md': named('Alpha fixture alert', ['alpha']),
        'content/alerts/xray.md': named('Middle fixture alert', ['charlie', 'alpha']),
      }),
    );
    const fixes = new Map((await data.getFixes()).map((fix) => [fix.id, fix]));
    const alertsOf = async (id: string) => (await data.getAlertsForFix(defined(fixes.get(id), id))).map((a) => a.id);
    expect(await alertsOf('alpha')).toEqual(['yankee', 'xray', 'zulu']);
    expect(await alertsOf('bravo')).toEqual(['zulu']);
    expect(await alertsOf('safety')).toEqual([]);
  });

  test('a Settings path in an alert is checked: the check stops, naming the file, the path and the step', async () => {
    const broken = alert().replace('This is fixture text', 'Open **Settings > Wi-Fy** first. This is fixture text');
    const data = await load(mockCollections({}, FLOW_FIXTURE, { [FIXTURE_ALERT]: broken }));
    await expectFailureLine(data.getAlerts(), [FIXTURE_ALERT, '"Settings > Wi-Fy"', 'step 2 "Wi-Fy"', '"Wi-Fi"']);
  });
});

describe('translations (French)', () => {
  const french = frenchFixtureFiles();
  const inFrench = (files: Record<string, string | null>) =>
    load(
      mockCollections(
        {},
        FLOW_FIXTURE,
        Object.fromEntries(Object.entries({ ...french, ...files }).filter((e): e is [string, string] => e[1] !== null)),
      ),
      ['en', 'fr'],
    );

  test('the control: every page translated, the French pages carry the French words', async () => {
    const data = await inFrench({});
    expect((await data.getFixes('fr')).map((fix) => [fix.id, fix.data.title, fix.state])).toContainEqual([
      'alpha',
      'Article de test alpha',
      'current',
    ]);
    expect((await data.getTroubleshooter('fr')).start.path).toBe('/fr/troubleshoot/');
    expect((await data.getRedirects()).rules).toContainEqual({ from: '/fr/kb/icb-901/', to: '/fr/fixes/alpha/' });
  });

  test('an English page with no translation stops the build, naming both ways out', async () => {
    const data = await inFrench({ 'content/fr/fixes/charlie.mdx': null });
    await expectFailureLine(data.getFixes('fr'), [
      'content/fixes/charlie.mdx has no translation in "fr": write content/fr/fixes/charlie.mdx, or list "charlie" under fixes in content/fr/untranslated.yaml',
    ]);
  });

  test('a translation with no English page stops the build', async () => {
    const data = await inFrench({ 'content/fr/fixes/delta.mdx': defined(french['content/fr/fixes/alpha.mdx'], 'alpha in French') });
    await expectFailureLine(data.getFixes('fr'), ['content/fr/fixes/delta.mdx has no English page content/fixes/delta.mdx']);
  });

  test('a translation made from a version the English page never had stops the build, naming the field', async () => {
    const alpha = setField(defined(french['content/fr/fixes/alpha.mdx'], 'alpha in French'), 'translatedFrom', {
      lastReviewed: '2026-11-26',
      changes: 0,
    });
    const data = await inFrench({ 'content/fr/fixes/alpha.mdx': alpha });
    await expectFailureLine(data.getFixes('fr'), [
      "content/fr/fixes/alpha.mdx: translatedFrom.lastReviewed is later than the English page's lastReviewed (2026-11-25)",
    ]);
  });

  test('a French risky fix that links to the English safety net stops the build', async () => {
    const bravo = defined(french['content/fr/fixes/bravo.mdx'], 'bravo in French').replace('](/fr/fixes/safety/)', '](/fixes/safety/)');
    const data = await inFrench({ 'content/fr/fixes/bravo.mdx': bravo });
    await expectFailureLine(data.getFixes('fr'), ['no link to the safety net (/fr/fixes/safety/) comes before its first numbered step']);
  });

  test('a question whose English words changed after its translation: its French pages are outdated, the others current', async () => {
    const data = await load(
      mockCollections({}, FLOW_FIXTURE.replace('question: Bravo or charlie?', 'question: Bravo, or else charlie?'), french),
      ['en', 'fr'],
    );
    const { questions, results } = await data.getTroubleshooter('fr');
    expect(questions.map((page) => [page.question.id, page.state])).toContainEqual(['fixture-more', 'outdated']);
    expect(questions.map((page) => [page.question.id, page.state])).toContainEqual(['fixture-start', 'current']);
    expect(results.find((page) => page.question.id === 'fixture-more')?.state).toBe('outdated');
  });

  test('a question of the flow with no French words stops the build', async () => {
    const flow = defined(french['content/fr/troubleshooter/flow.yaml'], 'the French flow').replace(/- id: fixture-more[\s\S]*$/, '');
    const data = await inFrench({ 'content/fr/troubleshooter/flow.yaml': flow });
    await expectFailureLine(data.getTroubleshooter('fr'), [
      'question "fixture-more" of content/troubleshooter/flow.yaml has no words here: add it, with the same id',
    ]);
  });
});
