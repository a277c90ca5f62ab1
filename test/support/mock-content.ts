/**
 * Mocked content for unit tests of the build's checks: the fixture site of the
 * build-failure tests (test/support/temp-project.ts) as the entries `getCollection`
 * would hand over, each file's frontmatter run through the real schema of
 * src/content.config.ts, so a test can feed the same broken input to the real
 * checks in src/data/ without an `astro build`.
 *
 * Use with `vi.doMock('astro:content', …)` (see mockAstroContent) and a fresh
 * module graph (`vi.resetModules()`), since src/data/ caches what it checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collections } from '../../src/content.config';
import { settingsEntrySchema, SETTINGS_VOCABULARY_FILE } from '#lib/settings/settings-vocabulary.ts';
import { FLOW_FILE } from '#lib/troubleshooter/troubleshooter.ts';
import { FIXTURES, FLOW_FIXTURE } from './temp-project';
import { readFrontmatter } from '#lib/articles/frontmatter.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface MockEntry {
  id: string;
  collection: string;
  filePath: string;
  body?: string;
  data: Record<string, unknown>;
}

export type MockCollections = Record<
  'fixes' | 'alerts' | 'troubleshooter' | 'settings' | 'fixTranslations' | 'alertTranslations' | 'troubleshooterTranslations',
  MockEntry[]
>;

function schemaOf(name: keyof typeof collections) {
  const { schema } = collections[name];
  if (!schema || typeof schema === 'function') throw new Error(`The ${name} collection needs a plain schema object.`);
  return schema;
}

/** Parses `data` as the content layer does, or throws naming the file and each issue (as the build would). */
function parsed(name: keyof typeof collections, data: unknown, file: string): Record<string, unknown> {
  const result = schemaOf(name).safeParse(data);
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return result.data;
}

function markdownEntry(
  collection: 'fixes' | 'alerts' | 'fixTranslations' | 'alertTranslations',
  filePath: string,
  text: string,
): MockEntry {
  const { data, body } = readFrontmatter(text);
  const slug = path.basename(filePath).replace(/\.mdx?$/, '');
  // A translation's id is "<language>/<slug>", as src/content.config.ts makes it.
  const id = collection.endsWith('Translations') ? `${filePath.split('/')[1] ?? ''}/${slug}` : slug;
  return { id, collection, filePath, body, data: parsed(collection, data, filePath) };
}

let settingsEntries: MockEntry[] | undefined;

/** The real Settings vocabulary, as the settings collection's entries. */
function settings(): MockEntry[] {
  settingsEntries ??= (parseYaml(fs.readFileSync(path.join(ROOT, SETTINGS_VOCABULARY_FILE), 'utf8')) as unknown[]).map((item) => {
    const data = settingsEntrySchema.parse(item) as Record<string, unknown>;
    return { id: String(data.id), collection: 'settings', filePath: SETTINGS_VOCABULARY_FILE, data };
  });
  return settingsEntries;
}

/**
 * The collections of the fixture site, like buildWithFixtures(changes, flow,
 * { files }): FIXTURES with `changes` applied (null leaves a file out),
 * `flow` as the troubleshooter, and `files` such as content/alerts/<name>.md.
 */
export function mockCollections(
  changes: Record<string, string | null> = {},
  flow: string = FLOW_FIXTURE,
  files: Readonly<Record<string, string>> = {},
): MockCollections {
  const fixes = Object.entries({ ...FIXTURES, ...changes }).flatMap(([name, text]) =>
    text === null ? [] : [markdownEntry('fixes', `content/fixes/${name}.mdx`, text)],
  );
  const alerts = Object.entries(files)
    .filter(([file]) => file.startsWith('content/alerts/'))
    .map(([file, text]) => markdownEntry('alerts', file, text));
  const troubleshooter = (parseYaml(flow) as { id: string }[]).map((item) => ({
    id: item.id,
    collection: 'troubleshooter',
    filePath: FLOW_FILE,
    data: parsed('troubleshooter', item, FLOW_FILE),
  }));
  const translated = (kind: 'fixes' | 'alerts') =>
    Object.entries(files)
      .filter(([file]) => new RegExp(`^content/[a-z]{2}/${kind}/`).test(file))
      .map(([file, text]) => markdownEntry(kind === 'fixes' ? 'fixTranslations' : 'alertTranslations', file, text));
  const troubleshooterTranslations = Object.entries(files)
    .filter(([file]) => /^content\/[a-z]{2}\/troubleshooter\/flow\.yaml$/.test(file))
    .flatMap(([file, text]) =>
      (parseYaml(text) as { id: string }[]).map((item) => ({
        id: `${file.split('/')[1] ?? ''}/${item.id}`,
        collection: 'troubleshooterTranslations',
        filePath: file,
        data: parsed('troubleshooterTranslations', item, file),
      })),
    );
  return {
    fixes,
    alerts,
    troubleshooter,
    settings: settings(),
    fixTranslations: translated('fixes'),
    alertTranslations: translated('alerts'),
    troubleshooterTranslations,
  };
}

/**
 * A factory for vi.doMock('astro:content', …) in tests of src/data/, which
 * takes nothing else from that module: getCollection, reading `content`.
 */
export function mockAstroContent(content: MockCollections) {
  return () => ({
    getCollection: (name: keyof MockCollections) => Promise.resolve(structuredClone(content[name])),
  });
}
