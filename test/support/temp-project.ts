/**
 * Builds a throw-away copy of the site with fixture articles, so tests can make
 * `astro build` fail on purpose without touching the real project.
 *
 * The copy itself (real config, src/ and public/, private caches, clean-up) is
 * made by scripts/temp-site.ts, which the benchmark shares; this file adds the
 * fixture content/fixes/, its frontmatter written with test/support/frontmatter.ts.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createTempSite, listFiles, REAL_MODULES, removeTempSite, runIn, stripAnsi } from './temp-site.ts';
import { readFrontmatter, type Frontmatter } from '#lib/articles/frontmatter.ts';
import { withFrontmatter } from './frontmatter.ts';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { questionVersion } from '#lib/i18n/translations.ts';

/** The sentence with which every risky fixture links to the safety net before its first step. */
export const SAFETY_NET_LINK = 'Keep a copy first: [back up with a computer](/fixes/safety/), since this fix can cost data or settings.';

/**
 * Three valid fixes, linking to each other in body and `related`, kbIds
 * icb-901..903, order 1..3; bravo and charlie are risky and link to the
 * fourth, the safety net (icb-904, no order).
 */
export const FIXTURES: Readonly<Record<string, string>> = {
  alpha: fixtureArticle({
    title: 'Alpha fixture fix',
    kbId: 'icb-901',
    order: 1,
    category: 'basics',
    risk: 'none',
    related: ['bravo'],
    body: 'Then try [the bravo fix](/fixes/bravo/).',
  }),
  bravo: fixtureArticle({
    title: 'Bravo fixture fix',
    kbId: 'icb-902',
    order: 2,
    category: 'storage',
    risk: 'settings',
    related: ['alpha', 'charlie'],
    body: 'Go back to [the alpha fix](/fixes/alpha/) or on to [charlie](/fixes/charlie/).',
  }),
  charlie: fixtureArticle({
    title: 'Charlie fixture fix',
    kbId: 'icb-903',
    order: 3,
    category: 'support',
    risk: 'data',
    related: [],
    body: 'If nothing helped, start again at [the alpha fix](/fixes/alpha/).',
  }),
  safety: fixtureArticle({
    title: 'Safety fixture backup',
    kbId: 'icb-904',
    order: undefined,
    category: 'computer-backup',
    risk: 'none',
    related: [],
    body: 'Then go back to [the bravo fix](/fixes/bravo/).',
  }),
};

/** A valid fixture article, as content/fixes/<name>.mdx: three steps under "## Steps", then `body`. */
export function fixtureArticle(a: {
  title: string;
  kbId: string;
  /** Undefined for the safety net, which is not on the path. */
  order: number | undefined;
  category: string;
  risk: string;
  related: string[];
  body: string;
}): string {
  const frontmatter = {
    title: a.title,
    description: 'A fixture article for the build-failure tests. It is valid and it links to the other fixtures.',
    kbId: a.kbId,
    ...(a.order === undefined ? { role: 'safety-net' } : { order: a.order }),
    category: a.category,
    appliesTo: { from: '17' },
    minutes: 5,
    risk: a.risk,
    lastReviewed: '2026-11-25',
    checkedForIos: '26',
    related: a.related,
    sources: [{ title: 'Apple Support', url: 'https://support.apple.com/en-us/108366' }],
  };
  return withFrontmatter(
    frontmatter,
    `## Before you start

This is fixture text for the ${a.title.toLowerCase()}.${a.risk === 'none' ? '' : `\n\n${SAFETY_NET_LINK}`}

## Steps

1. Open **Settings**.
2. Tap your name, then **iCloud**.
3. Check the result.

${a.body}
`,
  );
}

/** A content file with its frontmatter replaced by what `change` makes of it. */
function editFrontmatter(text: string, change: (data: Frontmatter) => Frontmatter): string {
  const { data, body } = readFrontmatter(text);
  return withFrontmatter(change(data), body.replace(/^\n+/, ''));
}

/** Sets the frontmatter field `key` of a fixture, which must have it, to `value`. */
export function setField(text: string, key: string, value: unknown): string {
  return editFrontmatter(text, (data) => {
    if (!(key in data)) throw new Error(`fixture has no "${key}" field`);
    return { ...data, [key]: value };
  });
}

/** Adds the frontmatter field `key` to a fixture, which must not have it yet (for optional fields the fixtures leave out). */
export function addField(text: string, key: string, value: unknown): string {
  return editFrontmatter(text, (data) => {
    if (key in data) throw new Error(`fixture already has a "${key}" field`);
    return { ...data, [key]: value };
  });
}

/** Removes the frontmatter field `key` from a fixture, which must have it. */
export function removeField(text: string, key: string): string {
  return editFrontmatter(text, (data) => {
    if (!(key in data)) throw new Error(`fixture has no "${key}" field`);
    return Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
  });
}

/**
 * A minimal valid troubleshooter (content/troubleshooter/flow.yaml) over the
 * fixture articles: every copy gets it, since the site's pages need a flow.
 * Before the risky fixes, "fixture-managed" and "fixture-copy" are the two
 * safety gates (their failing answers lead to alpha, which has no risk), and
 * "fixture-more" rules out alpha's cause.
 */
export const FLOW_FIXTURE = `- id: fixture-start
  start: true
  question: Which fixture fix fits?
  answers:
    - id: alpha
      label: The alpha one
      fix: alpha
      why: The alpha fixture fix fits this fixture answer.
    - id: more
      label: Another one
      next: fixture-managed
- id: fixture-managed
  question: Is the fixture iPhone managed?
  gate: unmanaged
  answers:
    - id: not-managed
      label: No
      passesGate: true
      next: fixture-copy
    - id: managed
      label: Yes
      fix: alpha
      why: The alpha fixture fix is the safe route for a managed fixture.
- id: fixture-copy
  question: Is there a fixture copy?
  gate: copy
  answers:
    - id: has-copy
      label: Yes
      passesGate: true
      next: fixture-more
    - id: no-copy
      label: No
      fix: alpha
      why: The alpha fixture fix is the safe route without a fixture copy.
- id: fixture-more
  question: Bravo or charlie?
  rulesOut: alpha
  answers:
    - id: bravo
      label: Bravo
      fix: bravo
      why: The bravo fixture fix fits this fixture answer.
    - id: charlie
      label: Charlie
      fix: charlie
      why: The charlie fixture fix fits this fixture answer.
`;

/**
 * A fixture alert, as content/alerts/<name>.md: `fixes` names fixture articles
 * (a name that is not one fails the build), whose pages then list the alert.
 */
export function alertFixture(a: { title: string; text: string; wording?: 'apple-described' | 'reported'; fixes: string[] }): string {
  const wording = a.wording ?? 'reported';
  return withFrontmatter(
    {
      title: a.title,
      text: a.text,
      wording,
      textSource: wording === 'reported' ? { title: 'A fixture page', url: 'https://example.com/fixture-alert' } : undefined,
      fixes: a.fixes,
      lastReviewed: '2026-11-25',
      checkedForIos: '26',
      sources: [{ title: 'Apple Support', url: 'https://support.apple.com/en-us/HT203516' }],
    },
    `This is fixture text for the ${a.title.toLowerCase()} alert.\n`,
  );
}

export interface BuildOptions {
  /** More files for the copy, by path relative to it, e.g. { "content/alerts/x.md": alertFixture(…) }. */
  files?: Readonly<Record<string, string>>;
  /** Files of the copy's dist/ to read before it is removed, relative to dist/ (see BuildResult.read). */
  read?: readonly string[];
  /**
   * The copy's content/published-urls.json. Without it, the build records a
   * ledger of its own (URL_LEDGER=update, as `npm run ledger` does), so tests
   * that are not about the ledger need none.
   */
  ledger?: string;
  /** With `ledger`: "update" records new URLs in it (as `npm run ledger` does) instead of failing on them. */
  ledgerMode?: 'check' | 'update';
}

export interface BuildResult {
  /** Exit code of `astro build`. */
  code: number | null;
  /** stdout and stderr together, without ANSI colour codes. */
  output: string;
  /** Files in the copy's dist/, relative and with forward slashes. */
  distFiles: string[];
  /** The text of each file named in BuildOptions.read; undefined if the build did not write it. */
  read: Record<string, string | undefined>;
  /** Wall time of the build in milliseconds. */
  ms: number;
  /** The copy's content/published-urls.json after the build; undefined if there is none. */
  ledger: string | undefined;
}

/**
 * Runs `astro build` on a temporary copy of the site whose content/fixes/ holds
 * FIXTURES with `changes` applied (a string replaces or adds `<name>.mdx`,
 * null leaves that file out), `flow` as content/troubleshooter/flow.yaml,
 * any `options.files` (such as fixture alerts in content/alerts/), and
 * `options.ledger` as its published-URL ledger.
 * The copy is removed afterwards, unless KEEP_TEMP_PROJECT=1 is set.
 */
export async function buildWithFixtures(
  changes: Record<string, string | null> = {},
  flow: string = FLOW_FIXTURE,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const files: Record<string, string> = { 'content/troubleshooter/flow.yaml': flow, ...options.files };
  if (options.ledger !== undefined) files['content/published-urls.json'] = options.ledger;
  for (const [name, text] of Object.entries({ ...FIXTURES, ...changes })) {
    if (text !== null) files[`content/fixes/${name}.mdx`] = text;
  }
  const dir = await createTempSite(files);
  try {
    const update = options.ledger === undefined || options.ledgerMode === 'update';
    const env: Record<string, string> = update ? { URL_LEDGER: 'update' } : {};
    const { code, output, ms } = await runIn(dir, path.join(REAL_MODULES, '.bin', 'astro'), ['build'], { env });
    const read: Record<string, string | undefined> = {};
    for (const file of options.read ?? []) {
      read[file] = await fs.readFile(path.join(dir, 'dist', file), 'utf8').catch(() => undefined);
    }
    const ledger = await fs.readFile(path.join(dir, 'content', 'published-urls.json'), 'utf8').catch(() => undefined);
    return { code, output: stripAnsi(output), distFiles: await listFiles(path.join(dir, 'dist')), read, ms: Math.round(ms), ledger };
  } finally {
    await removeTempSite(dir);
  }
}

/**
 * The French translation of a fixture article: its own title and summary, the
 * English body with its links and Settings paths in French, made from the
 * English page as it is (translatedFrom).
 */
function frenchFixture(english: string, title: string): string {
  const { body } = readFrontmatter(english);
  return withFrontmatter(
    {
      title,
      description: 'Un article de test pour les vérifications du build, valide, qui renvoie vers les autres articles de test.',
      translatedFrom: { lastReviewed: '2026-11-25', changes: 0 },
    },
    body.replace(/^\n+/, '').replaceAll('](/fixes/', '](/fr/fixes/').replace('**Settings**', '**Réglages**'),
  );
}

/** Every fixture article in French, as content/fr/fixes/<name>.mdx, and the fixture flow's words in French. */
export function frenchFixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(FIXTURES))
    files[`content/fr/fixes/${name}.mdx`] = frenchFixture(text, `Article de test ${name}`);
  const flow = (parseYaml(FLOW_FIXTURE) as { id: string; question: string; answers: { id: string; label: string; why?: string }[] }[]).map(
    (question) => ({
      id: question.id,
      translatedFrom: questionVersion(question),
      question: `Question de test : ${question.question}`,
      answers: question.answers.map((answer) => ({
        id: answer.id,
        label: `Réponse ${answer.id}`,
        ...(answer.why ? { why: 'Cette solution de test convient à cette réponse de test.' } : {}),
      })),
    }),
  );
  files['content/fr/troubleshooter/flow.yaml'] = stringifyYaml(flow);
  return files;
}
