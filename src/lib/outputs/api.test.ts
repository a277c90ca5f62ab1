import { describe, expect, test } from 'vitest';
import { alertEntryOf, alertsFileOf, fixEntryOf, fixesFileOf, fixFileOf, goneFileBody, jsonSchemaOf, schemaNameOf } from './api';
import { apiValidator } from './api-contract';
import { defined } from '#lib/defined.ts';
import { parseMarkdown } from '#lib/articles/markdown.ts';
import { API_SCHEMA_NAMES } from '#lib/links/routes.ts';

const site = new URL('https://help.example/');
const article = {
  id: 'check-icloud-storage',
  tree: parseMarkdown(
    '## Before you start\n\nIt can cost data: [back up with a computer](/fixes/back-up-with-a-computer/) first.\n\n' +
      '## Check\n\n1. Open **Settings > [your name] > iCloud**.\n2. Tap **Manage Storage**.\n',
  ),
  safetyNetPaths: ['/fixes/back-up-with-a-computer/', '/kb/icb-109/'],
  data: {
    kbId: 'icb-102',
    title: 'Check your iCloud storage',
    description: 'See what uses your storage.',
    role: 'fix' as const,
    order: 2,
    category: 'storage' as const,
    risk: 'data' as const,
    minutes: 10,
    appliesTo: { from: '17', to: undefined },
    lastReviewed: new Date('2026-11-25T00:00:00Z'),
    checkedForIos: '26',
    aliases: ['iCloud full'],
    sources: [{ title: 'Apple Support', url: 'https://support.apple.com/en-us/108366' }],
    changes: [
      { date: new Date('2026-10-01T00:00:00Z'), summary: 'Older change.' },
      { date: new Date('2026-11-25T00:00:00Z'), summary: 'Newer change.' },
    ],
  },
};
const alert = {
  id: 'not-enough-icloud-storage',
  data: {
    title: 'Not enough iCloud storage',
    text: 'Not enough storage',
    wording: 'reported' as const,
    textSource: { title: 'A help site', url: 'https://help.example.org/storage' },
    lastReviewed: new Date('2026-12-01T00:00:00Z'),
    checkedForIos: '26',
    sources: [{ title: 'Apple Support', url: 'https://support.apple.com/en-us/108366' }],
  },
};
const validate = apiValidator(
  Object.fromEntries(API_SCHEMA_NAMES.map((name) => [name, jsonSchemaOf(name, site)])) as Record<(typeof API_SCHEMA_NAMES)[number], object>,
);

/** The part of the published step schema the warnings test reads. */
interface StepSchema {
  properties: { warnings: { type: string; items: object; description: string } };
  required: string[];
}

describe('fixEntryOf', () => {
  const entry = fixEntryOf(article, [alert], site);

  test('carries the IDs, absolute URLs, steps with their permanent links, and changes newest first', () => {
    expect(entry).toMatchObject({
      kbId: 'icb-102',
      url: 'https://help.example/fixes/check-icloud-storage/',
      shortUrl: 'https://help.example/kb/icb-102/',
      replyTextUrl: 'https://help.example/kb/icb-102.txt',
      apiUrl: 'https://help.example/api/v1/fixes/check-icloud-storage.json',
      appliesTo: { from: '17' },
      lastReviewed: '2026-11-25',
      alerts: [
        {
          slug: 'not-enough-icloud-storage',
          title: 'Not enough iCloud storage',
          url: 'https://help.example/errors/not-enough-icloud-storage/',
        },
      ],
    });
    expect(entry.steps).toEqual([
      {
        number: 1,
        url: 'https://help.example/kb/icb-102/#step-1',
        text: 'Open Settings > [your name] > iCloud.',
        warnings: ['It can cost data: back up with a computer (https://help.example/fixes/back-up-with-a-computer/) first.'],
      },
      { number: 2, url: 'https://help.example/kb/icb-102/#step-2', text: 'Tap Manage Storage.', warnings: [] },
    ]);
    expect(entry.changes.map((c) => c.summary)).toEqual(['Newer change.', 'Older change.']);
    expect('to' in entry.appliesTo).toBe(false);
    expect(entry).toMatchObject({ role: 'fix', order: 2, checkedForIos: '26' });
  });

  test('the safety net has no order, and says what it is', () => {
    const safetyNet = fixEntryOf({ ...article, data: { ...article.data, role: 'safety-net', order: undefined } }, [], site);
    expect(safetyNet.role).toBe('safety-net');
    expect('order' in safetyNet).toBe(false);
    expect(validate('fix', fixFileOf(safetyNet, site))).toEqual([]);
  });

  test('an alert entry says whether its text is the exact words, with its review fields', () => {
    expect(alertEntryOf(alert, [article], site)).toMatchObject({
      wording: 'reported',
      exactText: true,
      textSource: { url: 'https://help.example.org/storage' },
      lastReviewed: '2026-12-01',
      checkedForIos: '26',
    });
    const described = alertEntryOf(
      { ...alert, data: { ...alert.data, wording: 'apple-described', textSource: undefined } },
      [article],
      site,
    );
    expect(described.exactText).toBe(false);
    expect('textSource' in described).toBe(false);
  });

  test('the list file, the one-fix file and the alerts file pass their published schemas', () => {
    expect(validate('fixes', fixesFileOf([entry], site))).toEqual([]);
    expect(validate('fix', fixFileOf(entry, site))).toEqual([]);
    expect(validate('alerts', alertsFileOf([alertEntryOf(alert, [article], site)], site))).toEqual([]);
  });

  test('the published schema describes step warnings and requires them', () => {
    // The one-fix schema is "a fix" or "gone"; the fix branch holds the step schema.
    const { anyOf } = jsonSchemaOf('fix', site) as { anyOf: { properties: { fix?: { properties: { steps: { items: StepSchema } } } } }[] };
    const step = defined(anyOf.find((branch) => branch.properties.fix)?.properties.fix?.properties.steps.items, 'the step schema');
    expect(step.properties.warnings).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(step.properties.warnings.description).toMatch(/safety net/);
    expect(step.required).toContain('warnings');
    const first = defined(entry.steps[0], 'the first step');
    expect(validate('fix', fixFileOf({ ...entry, steps: [{ ...first, warnings: [1 as never] }] }, site))).toContainEqual(
      expect.stringMatching(/^\/fix\/steps\/0\/warnings\/0 must be string/),
    );
  });

  test('a file that breaks its schema is reported with the field', () => {
    const broken = fixesFileOf([{ ...entry, risk: 'lots' as never, steps: [] }], site);
    const problems = validate('fixes', broken);
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/fixes\/0\/risk must be equal to one of the allowed values: \["none","settings","data"\]/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^\/fixes\/0\/steps must NOT have fewer than 1 items/));
  });

  test('an unknown field is refused, so the schema and the files cannot drift apart', () => {
    expect(validate('fix', { ...fixFileOf(entry, site), extra: 1 })).not.toEqual([]);
  });
});

describe('gone files', () => {
  test('a gone API file is valid JSON of the fix schema, pointing to the replacement', () => {
    const { body, contentType } = goneFileBody('/api/v1/fixes/old.json', 'https://help.example/fixes/new/', 'Merged into new.');
    expect(contentType).toBe('application/json');
    const data = JSON.parse(body) as unknown;
    expect(data).toMatchObject({ gone: { replacement: 'https://help.example/fixes/new/', note: 'Merged into new.' } });
    expect(validate('fix', data)).toEqual([]);
  });

  test('a gone reply is a plain-text note', () => {
    expect(goneFileBody('/kb/icb-909.txt', 'https://help.example/fixes/new/', 'Merged.').body).toBe(
      'This article was removed. Merged.\nSee instead: https://help.example/fixes/new/\n',
    );
  });
});

describe('jsonSchemaOf and schemaNameOf', () => {
  test('each schema is draft 2020-12 with its own address as $id', () => {
    const schema = jsonSchemaOf('fixes', site);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://help.example/api/v1/fixes.schema.json');
  });

  test.each([
    ['/api/v1/fixes.json', 'fixes'],
    ['/api/v1/alerts.json', 'alerts'],
    ['/api/v1/fixes/quick-checks.json', 'fix'],
    ['/api/v1/fixes.schema.json', undefined],
  ])('%s is described by %s', (path, name) => {
    expect(schemaNameOf(path)).toBe(name);
  });
});
