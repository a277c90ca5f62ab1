import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { collections } from './content.config';
import { CATEGORIES } from '#lib/articles/taxonomy.ts';
import { defined } from '#lib/defined.ts';
import { addField, FIXTURES, removeField, setField } from '../test/support/temp-project';
import { readFrontmatter } from '#lib/articles/frontmatter.ts';

function fixesSchema() {
  const { schema } = collections.fixes;
  if (!schema || typeof schema === 'function') throw new Error('The fixes collection needs a plain schema object.');
  return schema;
}
function alertsSchema() {
  const { schema } = collections.alerts;
  if (!schema || typeof schema === 'function') throw new Error('The alerts collection needs a plain schema object.');
  return schema;
}
const schema = fixesSchema();

/** Frontmatter like a real article's, as the YAML loader hands it over. */
const valid = {
  title: 'Check the quick things first',
  description: 'Before you change anything, check Wi-Fi, power, and that iCloud Backup is turned on for this iPhone.',
  kbId: 'icb-101',
  order: 1,
  category: 'basics',
  appliesTo: { from: '17' },
  minutes: 5,
  risk: 'none',
  lastReviewed: new Date('2026-11-25T00:00:00Z'),
  checkedForIos: '26',
  related: ['check-icloud-storage', 'update-ios'],
  sources: [{ title: 'Apple Support: Back up iPhone', url: 'https://support.apple.com/en-us/108770' }],
};

function parse(overrides: Record<string, unknown>) {
  return schema.safeParse({ ...valid, ...overrides });
}

/** Asserts the frontmatter is rejected with an issue at `path` whose message matches `message`. */
function expectIssue(overrides: Record<string, unknown>, path: (string | number)[], message: RegExp) {
  const result = parse(overrides);
  expect(result.success).toBe(false);
  const issues = result.error?.issues ?? [];
  expect(issues).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) as string }));
}

describe('fixes schema: valid frontmatter', () => {
  test('is a zod object schema', () => {
    expect(schema).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(schema.shape)).toContain('kbId');
  });

  test('accepts a complete article', () => {
    const result = schema.safeParse(valid);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
    // Every plain field comes through as written (related becomes references).
    const { related: _related, ...plainFields } = valid;
    expect(result.data).toMatchObject(plainFields);
  });

  test('turns related file names into references to the fixes collection', () => {
    const result = parse({});
    expect(result.data?.related).toEqual([
      { collection: 'fixes', id: 'check-icloud-storage' },
      { collection: 'fixes', id: 'update-ios' },
    ]);
  });

  test('accepts lastReviewed as a YYYY-MM-DD string and reads it as that UTC day', () => {
    const result = parse({ lastReviewed: '2026-11-25' });
    expect(result.success).toBe(true);
    expect(result.data?.lastReviewed).toBeInstanceOf(Date);
    expect(result.data?.lastReviewed.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  test('accepts lastReviewed as a Date, which is what YAML gives for an unquoted date', () => {
    const result = parse({ lastReviewed: new Date('2026-11-25T00:00:00Z') });
    expect(result.data?.lastReviewed.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  test('accepts an article without related or formerSlugs, defaulting each to []', () => {
    const { related: _r, ...rest } = valid;
    const result = schema.safeParse(rest);
    expect(result.success).toBe(true);
    expect(result.data?.related).toEqual([]);
    expect(result.data?.formerSlugs).toEqual([]);
  });

  test('accepts a closed iOS range with point releases', () => {
    expect(parse({ appliesTo: { from: '15.4', to: '16.7.10' } }).success).toBe(true);
  });

  test.each([
    ['title of 5 characters', { title: 'Reset' }],
    ['title of 70 characters', { title: 'x'.repeat(70) }],
    ['description of 50 characters', { description: 'x'.repeat(50) }],
    ['description of 160 characters', { description: 'x'.repeat(160) }],
    ['minutes of 240', { minutes: 240 }],
    ['risk "data"', { risk: 'data' }],
    ['category "apple-servers"', { category: 'apple-servers' }],
  ])('accepts the boundary case: %s', (_, overrides) => {
    expect(parse(overrides).success).toBe(true);
  });
});

describe('fixes schema: the safety net and the path', () => {
  test('a fix is the default role, and needs an order', () => {
    expect(parse({}).data?.role).toBe('fix');
    const { order: _o, ...rest } = valid;
    const result = schema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['order'], message: expect.stringMatching(/required for a fix.*role: safety-net/) as string }),
    );
  });

  test('the safety net has no order', () => {
    const { order: _o, ...rest } = valid;
    expect(schema.safeParse({ ...rest, role: 'safety-net' }).success).toBe(true);
    expectIssue({ role: 'safety-net' }, ['order'], /must be left out with role: safety-net/);
  });

  test('rejects an unknown role, listing the allowed ones', () => {
    expectIssue({ role: 'extra' }, ['role'], /"fix"\|"safety-net"/);
  });

  test('backupFirst, unsafeOnManagedIphone and lastResort default to false, and take true', () => {
    expect(parse({}).data).toMatchObject({ backupFirst: false, unsafeOnManagedIphone: false, lastResort: false });
    const result = parse({ backupFirst: true, unsafeOnManagedIphone: true, lastResort: true });
    expect(result.data).toMatchObject({ backupFirst: true, unsafeOnManagedIphone: true, lastResort: true });
  });

  test('backupFirst and lastResort must be left out on the safety net, saying why', () => {
    const { order: _o, ...rest } = valid;
    const net = { ...rest, role: 'safety-net' };
    const result = schema.safeParse({ ...net, backupFirst: true, lastResort: true });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['backupFirst'],
        message: 'must be left out with role: safety-net: the safety net is the computer backup itself',
      }),
      expect.objectContaining({
        path: ['lastResort'],
        message:
          'must be left out with role: safety-net: the last resort is the last fix on the path, and the safety net is not on the path',
      }),
    ]);
  });

  test('rejects a flag written as a string', () => {
    expectIssue({ unsafeOnManagedIphone: 'yes' }, ['unsafeOnManagedIphone'], /boolean/);
  });

  test('requires the iOS version the steps were checked for', () => {
    const { checkedForIos: _c, ...rest } = valid;
    const result = schema.safeParse(rest);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['checkedForIos'] }));
    expectIssue({ checkedForIos: 'iOS 26' }, ['checkedForIos'], /iOS version such as "17" or "17.4"/);
  });
});

describe("sources: at least one of Apple's own pages", () => {
  test('accepts Apple pages next to third-party ones', () => {
    const sources = [{ title: 'A help site', url: 'https://example.com/help' }, ...valid.sources];
    expect(parse({ sources }).success).toBe(true);
  });

  test('rejects third-party sources only, naming the field and what is allowed', () => {
    const sources = [{ title: 'A help site', url: 'https://example.com/help' }];
    expectIssue({ sources }, ['sources'], /at least one source on apple\.com or support\.apple\.com/);
  });
});

describe('alerts schema', () => {
  const alerts = alertsSchema();
  const validAlert = {
    title: 'Not enough iCloud storage',
    text: 'This iPhone cannot be backed up because there is not enough iCloud storage available.',
    wording: 'reported',
    textSource: { title: 'A help site that quotes it', url: 'https://example.com/alert' },
    fixes: ['check-icloud-storage'],
    lastReviewed: '2026-12-01',
    checkedForIos: '26',
    sources: [{ title: 'Apple Support', url: 'https://support.apple.com/en-us/HT203516' }],
  };

  test('accepts an exact text with its source, and a description without one', () => {
    expect(alerts.safeParse(validAlert).error?.issues).toBeUndefined();
    const { textSource: _t, ...described } = validAlert;
    expect(alerts.safeParse({ ...described, wording: 'apple-described' }).success).toBe(true);
  });

  test('rejects an exact text (wording: reported) without a textSource, saying what to do', () => {
    const { textSource: _t, ...rest } = validAlert;
    const result = alerts.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ['textSource'],
        message: expect.stringMatching(/required with wording: reported.*apple-described/) as string,
      }),
    );
  });

  test('rejects the old wording value "apple", listing the allowed ones', () => {
    const result = alerts.safeParse({ ...validAlert, wording: 'apple' });
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['wording'], message: expect.stringMatching(/"reported"\|"apple-described"/) as string }),
    );
  });

  test('needs a review date, the iOS version checked and an Apple source', () => {
    const { lastReviewed: _l, checkedForIos: _c, ...rest } = validAlert;
    const paths = alerts
      .safeParse({ ...rest, sources: [{ title: 'Blog', url: 'https://example.com/' }] })
      .error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['lastReviewed', 'checkedForIos', 'sources']));
  });
});

describe('troubleshooter schema: gates', () => {
  const { schema: questions } = collections.troubleshooter;
  if (!questions || typeof questions === 'function') throw new Error('The troubleshooter collection needs a plain schema object.');
  const answerTo = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    label: `Answer ${id}`,
    fix: 'quick-checks',
    why: 'It fits these answers well enough.',
    ...extra,
  });
  const question = (answers: unknown[], extra: Record<string, unknown> = {}) => ({
    id: 'has-copy',
    question: 'Do you have a copy of your data?',
    answers,
    ...extra,
  });

  test('accepts gate: copy or unmanaged, with rulesOut too, and passesGate on answers', () => {
    for (const gate of ['copy', 'unmanaged']) {
      const result = questions.safeParse(
        question([answerTo('yes', { passesGate: true }), answerTo('no')], { gate, rulesOut: 'quick-checks' }),
      );
      expect(result.error?.issues).toBeUndefined();
      expect(result.data).toMatchObject({ gate, answers: [{ passesGate: true }, {}] });
    }
  });

  test('rejects an unknown gate, listing the allowed ones', () => {
    const result = questions.safeParse(question([answerTo('yes'), answerTo('no')], { gate: 'backup' }));
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['gate'], message: expect.stringMatching(/"copy"\|"unmanaged"/) as string }),
    );
  });

  test('takes up to 7 answers, and says so for 8', () => {
    const answers = (n: number) => Array.from({ length: n }, (_, i) => answerTo(`a${String(i)}`));
    expect(questions.safeParse(question(answers(7))).error?.issues).toBeUndefined();
    expect(questions.safeParse(question(answers(8))).error?.issues).toContainEqual(
      expect.objectContaining({ path: ['answers'], message: 'must have at most 7 answers: more are hard to choose from' }),
    );
  });
});

describe('fixes schema: invalid frontmatter', () => {
  test('rejects a missing title, saying a string is expected', () => {
    const { title: _t, ...rest } = valid;
    const result = schema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['title'], message: expect.stringMatching(/expected string/) as string }),
    );
  });

  test('rejects a title over 70 characters', () => {
    expectIssue({ title: 'x'.repeat(71) }, ['title'], /at most 70 characters/);
  });

  test.each([
    ['too short', 'x'.repeat(49)],
    ['too long', 'x'.repeat(161)],
  ])('rejects a description that is %s, giving the allowed length', (_, description) => {
    expectIssue({ description }, ['description'], /50 to 160 characters/);
  });

  test.each(['icb-1', 'icb-12', 'icb-123456', 'ICB-101', 'kb-101', 'icb101', ' icb-101'])(
    'rejects the kbId %j, showing the expected format',
    (kbId) => {
      expectIssue({ kbId }, ['kbId'], /"icb-" followed by 3 to 5 digits, such as "icb-104"/);
    },
  );

  test.each([0, -1])('rejects order %d as below 1', (order) => {
    expectIssue({ order }, ['order'], /1 or more/);
  });

  test('rejects a non-integer order', () => {
    expectIssue({ order: 1.5 }, ['order'], /whole number/);
  });

  test('rejects an unknown category, listing every allowed category', () => {
    const result = parse({ category: 'backup' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'category');
    expect(issue).toBeDefined();
    for (const category of CATEGORIES) expect(issue?.message).toContain(`"${category}"`);
  });

  test('rejects an unknown risk, listing none, settings and data', () => {
    expectIssue({ risk: 'high' }, ['risk'], /"none"\|"settings"\|"data"/);
  });

  test.each([
    ['from', { from: 'iOS 17' }],
    ['from', { from: '17.x' }],
    ['from', { from: '' }],
    ['to', { from: '17', to: '18-beta' }],
  ])('rejects a bad appliesTo.%s version, with an example', (field, appliesTo) => {
    expectIssue({ appliesTo }, ['appliesTo', field], /iOS version such as "17" or "17.4"/);
  });

  test('rejects a missing appliesTo.from', () => {
    expectIssue({ appliesTo: {} }, ['appliesTo', 'from'], /expected string/);
  });

  test('rejects 0 minutes, saying the minimum', () => {
    expectIssue({ minutes: 0 }, ['minutes'], />=1/);
  });

  test('rejects more than 240 minutes, saying the maximum', () => {
    expectIssue({ minutes: 241 }, ['minutes'], /<=240/);
  });

  test('rejects a non-integer number of minutes', () => {
    expectIssue({ minutes: 2.5 }, ['minutes'], /whole number/);
  });

  test.each([
    ['text', 'last week'],
    ['an impossible month', '2026-13-01'],
    ['an empty string', ''],
    ['missing', undefined],
    ['empty in YAML (null)', null],
  ])('rejects lastReviewed that is %s, showing a valid date', (_, lastReviewed) => {
    expectIssue({ lastReviewed }, ['lastReviewed'], /must be a date such as 2026-11-25/);
  });

  test.each([
    ['http', 'http://support.apple.com/en-us/108770'],
    ['ftp', 'ftp://support.apple.com/file'],
    ['no scheme', 'support.apple.com/en-us/108770'],
  ])('rejects a source url with %s, asking for https', (_, url) => {
    expectIssue({ sources: [{ title: 'Apple Support', url }] }, ['sources', 0, 'url'], /must be an https:\/\/ URL/);
  });

  test('names the index of the bad source', () => {
    const sources = [valid.sources[0], { title: 'Blog', url: 'http://example.com/' }];
    expectIssue({ sources }, ['sources', 1, 'url'], /https:\/\//);
  });

  test('rejects an empty sources list', () => {
    expectIssue({ sources: [] }, ['sources'], /at least one source/);
  });

  test('rejects a list of alerts: each alert names its fixes, not the other way round', () => {
    expectIssue({ errors: ['iphone-backup-failed'] }, [], /errors/);
  });

  test('rejects a former slug that is not a slug, saying what a slug is', () => {
    expectIssue({ formerSlugs: ['ok-slug', 'Not A Slug'] }, ['formerSlugs', 1], /lower-case words joined by hyphens/);
  });

  test('rejects a misspelt field name instead of dropping it', () => {
    expectIssue({ errorMessage: ['x'] }, [], /errorMessage/);
  });

  test('reports every bad field at once', () => {
    const result = parse({ kbId: 'x', risk: 'high', sources: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['kbId', 'risk', 'sources']);
  });
});

describe('fixes schema: changes', () => {
  const change = (date: string, extra: Record<string, unknown> = {}) => ({ date, summary: 'Reworded the storage step.', ...extra });

  test('is optional, and dated changes up to lastReviewed are kept', () => {
    expect(parse({}).data?.changes).toEqual([]);
    const result = parse({ changes: [change('2026-11-25'), change('2026-10-01', { oldSteps: { 9: 8 } })] });
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.changes[1]).toEqual({
      date: new Date('2026-10-01T00:00:00Z'),
      summary: 'Reworded the storage step.',
      oldSteps: { 9: 8 },
    });
  });

  test('a change dated after lastReviewed names the entry and the field', () => {
    expectIssue({ changes: [change('2026-11-01'), change('2026-11-26')] }, ['changes', 1, 'date'], /after lastReviewed \(2026-11-25\)/);
  });

  test('a change in the future names the entry and the field', () => {
    expectIssue(
      { lastReviewed: new Date('2999-01-02T00:00:00Z'), changes: [change('2999-01-01')] },
      ['changes', 0, 'date'],
      /in the future/,
    );
  });

  test('a summary longer than one line, or an unknown field, is refused', () => {
    expectIssue({ changes: [{ date: '2026-11-01', summary: 'x'.repeat(201) }] }, ['changes', 0, 'summary'], /one line/);
    expect(parse({ changes: [{ date: '2026-11-01', summary: 'Reworded it all.', when: 'now' }] }).success).toBe(false);
  });

  test('oldSteps keys must be step numbers', () => {
    expect(parse({ changes: [change('2026-11-01', { oldSteps: { nine: 8 } })] }).success).toBe(false);
  });
});

/**
 * The schema cases of e2e/build-failures.spec.ts, with the same fixture
 * articles and the same broken fields: each is refused at the field, saying
 * what is allowed. (The build adds the file name; its gate build checks that.)
 */
describe('fixes schema: the build-failure fixtures', () => {
  const frontmatterOf = (name: 'alpha' | 'bravo') => readFrontmatter(defined(FIXTURES[name], `fixture "${name}"`)).data;
  const issuesOf = (text: string) => schema.safeParse(readFrontmatter(text).data).error?.issues ?? [];
  const issue = (path: (string | number)[], message: RegExp) =>
    expect.objectContaining({ path, message: expect.stringMatching(message) as string }) as unknown;

  test('the fixtures themselves are valid', () => {
    expect(schema.safeParse(frontmatterOf('alpha')).error?.issues).toBeUndefined();
    expect(schema.safeParse(frontmatterOf('bravo')).error?.issues).toBeUndefined();
  });

  test('a missing required field (description) is refused at that field, as missing', () => {
    const issues = issuesOf(removeField(defined(FIXTURES.alpha, 'alpha'), 'description'));
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['description'],
        code: 'invalid_type',
        message: expect.stringMatching(/received undefined/) as string,
      }),
    ]);
  });

  test('invalid fields are each refused, saying what is allowed', () => {
    let bravo = defined(FIXTURES.bravo, 'bravo');
    bravo = setField(bravo, 'risk', 'lots');
    bravo = setField(bravo, 'description', 'A'.repeat(200));
    bravo = setField(bravo, 'kbId', 'ICB-12');
    const issues = issuesOf(bravo);
    expect(issues).toContainEqual(issue(['risk'], /expected one of "none"\|"settings"\|"data"/));
    expect(issues).toContainEqual(issue(['description'], /160/));
    expect(issues).toContainEqual(issue(['kbId'], /icb-/));
  });

  test('an article with no source on apple.com is refused at sources, naming the allowed sites', () => {
    const alpha = setField(defined(FIXTURES.alpha, 'alpha'), 'sources', [
      { title: 'A backup guide', url: 'https://example.com/backup-guide' },
    ]);
    expect(issuesOf(alpha)).toContainEqual(issue(['sources'], /apple\.com or support\.apple\.com/));
  });

  test('a changes entry dated after lastReviewed is refused at changes.0.date, naming lastReviewed', () => {
    const alpha = addField(defined(FIXTURES.alpha, 'alpha'), 'changes', [{ date: '2026-11-30', summary: 'Reworded the fixture steps.' }]);
    expect(issuesOf(alpha)).toContainEqual(issue(['changes', 0, 'date'], /after lastReviewed \(2026-11-25\)/));
  });
});
