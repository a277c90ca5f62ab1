/**
 * The articles, alerts and troubleshooter as the content files define them, so
 * the tests derive the expected order and titles from the same source as the
 * site. Frontmatter and flow.yaml are read with the `yaml` package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { alertsByFix } from '#lib/articles/alert-links.ts';
import { isoDate } from '#lib/format.ts';
import { questionPath } from '#lib/links/routes.ts';
import { needsSafetyNet, RISKS, riskLabelOf, type Risk } from '#lib/articles/taxonomy.ts';
import { FLOW_FILE, walkFlow, type FlowQuestion, type Gate } from '#lib/troubleshooter/troubleshooter.ts';
import { assertValidFlow } from '#lib/troubleshooter/troubleshooter-rules.ts';
import { readFrontmatter } from '#lib/articles/frontmatter.ts';
import { escapeRegExp } from './regexp.ts';
import { coveringSample } from './tiers.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXES_DIR = path.join(ROOT, 'content', 'fixes');
const ALERTS_DIR = path.join(ROOT, 'content', 'alerts');

/**
 * The Settings paths written in a content file, in order: bold text starting
 * with "Settings >", each step trimmed and joined with " > ".
 */
export function settingsPathsIn(text: string): string[] {
  return [...text.matchAll(/\*\*(\s*Settings\s*>[^*]+?)\*\*/gi)].map(([, path = '']) =>
    path
      .split('>')
      .map((step) => step.replace(/\s+/g, ' ').trim())
      .join(' > '),
  );
}

export interface Article {
  slug: string;
  url: string;
  /** Its place on the troubleshooting path; undefined for the safety net, which is not on it. */
  order: number | undefined;
  /** "fix", or "safety-net" for the computer-backup article every risky fix links to. */
  role: string;
  title: string;
  description: string;
  risk: string;
  /** A computer backup comes first even though the risk is none (Update iOS). */
  backupFirst: boolean;
  /** Not to be tried on a work or school iPhone (signing out). */
  unsafeOnManagedIphone: boolean;
  /** The last fix on the path (contacting Apple). */
  lastResort: boolean;
  minutes: number;
  lastReviewed: string;
  /** The iOS version the steps were checked for. */
  checkedForIos: string;
  related: string[];
  /** Permanent short ID: the short link is /kb/<kbId>/. */
  kbId: string;
  /** Slugs the article had before: /fixes/<former slug>/ redirects to it. */
  formerSlugs: string[];
  /** The iOS versions its steps describe. */
  appliesTo: { from: string; to?: string };
  /** The body, Markdown. */
  body: string;
  /** The Settings paths in its body, in order (see settingsPathsIn). */
  settingsPaths: string[];
}

/** A YAML date (unquoted 2026-12-01) or string, as YYYY-MM-DD. */
function isoDay(value: unknown): string {
  return value instanceof Date ? isoDate(value) : String(value);
}

/** The frontmatter of a content file, with a reader of its required fields. */
function readContentFile(dir: string, file: string): { data: Record<string, unknown>; body: string; field: (key: string) => unknown } {
  const { data, body } = readFrontmatter(fs.readFileSync(path.join(dir, file), 'utf8'));
  const field = (key: string) => {
    if (data[key] === undefined) throw new Error(`content/${path.basename(dir)}/${file} has no "${key}:" field`);
    return data[key];
  };
  return { data, body, field };
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function readArticle(file: string): Article {
  const { data, body, field } = readContentFile(FIXES_DIR, file);
  const appliesTo = field('appliesTo') as { from: string | number; to?: string | number };
  const slug = file.replace(/\.mdx$/, '');
  return {
    slug,
    url: `/fixes/${slug}/`,
    order: data.order === undefined ? undefined : Number(data.order),
    role: typeof data.role === 'string' ? data.role : 'fix',
    title: String(field('title')),
    description: String(field('description')),
    risk: String(field('risk')),
    backupFirst: data.backupFirst === true,
    unsafeOnManagedIphone: data.unsafeOnManagedIphone === true,
    lastResort: data.lastResort === true,
    minutes: Number(field('minutes')),
    lastReviewed: isoDay(field('lastReviewed')),
    checkedForIos: String(field('checkedForIos')),
    related: list(data.related),
    kbId: String(field('kbId')),
    formerSlugs: list(data.formerSlugs),
    appliesTo: appliesTo.to === undefined ? { from: String(appliesTo.from) } : { from: String(appliesTo.from), to: String(appliesTo.to) },
    body,
    settingsPaths: settingsPathsIn(body),
  };
}

const allArticles = fs
  .readdirSync(FIXES_DIR)
  .filter((file) => file.endsWith('.mdx'))
  .map(readArticle);

/** The fixes on the troubleshooting path, in path order. */
export const pathArticles: readonly Article[] = allArticles
  .filter((a) => a.order !== undefined)
  .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** Every article in content/fixes/: the path in order, then the ones off it (the safety net). */
export const articles: readonly Article[] = [
  ...pathArticles,
  ...allArticles.filter((a) => a.order === undefined).sort((a, b) => a.slug.localeCompare(b.slug)),
];

/**
 * The articles the gate tier visits one by one: a covering sample by role,
 * risk, safety flags and the kinds of Markdown block in the body
 * (test/support/tiers.ts). The full tier visits the others.
 */
export const articleSample: readonly Article[] = coveringSample(articles, (a) => [
  `role:${a.role}`,
  `risk:${a.risk}`,
  ...(a.backupFirst ? ['backupFirst'] : []),
  ...(a.lastResort ? ['lastResort'] : []),
  ...(a === pathArticles.at(-1) ? ['last on the path'] : []),
  ...(/^\|/m.test(a.body) ? ['table'] : []),
  ...(/^>/m.test(a.body) ? ['blockquote'] : []),
  ...(/^- /m.test(a.body) ? ['bullet list'] : []),
  ...(/^ {3}\S/m.test(a.body) ? ['nested block'] : []),
]);

/** The computer-backup article that every risky fix links to before its first step. */
export const safetyNet: Article | undefined = articles.find((a) => a.role === 'safety-net');

/** The fixes that link to the safety net before their first step: those that can cost settings or data, and those with backupFirst. */
export const riskyArticles: readonly Article[] = pathArticles.filter((a) =>
  needsSafetyNet({ risk: a.risk as Risk, backupFirst: a.backupFirst }),
);

export function articleBySlug(slug: string): Article {
  const found = articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`no article content/fixes/${slug}.mdx`);
  return found;
}

export interface Alert {
  /** The file name in content/alerts/, without .md. */
  slug: string;
  /** Its page: /errors/<slug>/. */
  url: string;
  title: string;
  /** The alert's exact text ("reported") or Apple's description of it ("apple-described"). */
  text: string;
  /** Whose words `text` is: "reported" or "apple-described". */
  wording: string;
  /** The fixes to try, in the order the file lists them, by slug. */
  fixes: string[];
  lastReviewed: string;
  checkedForIos: string;
  /** Slugs the alert had before: /errors/<former slug>/ redirects to it. */
  formerSlugs: string[];
  /** The Settings paths in its body, in order. */
  settingsPaths: string[];
}

function readAlert(file: string): Alert {
  const { data, body, field } = readContentFile(ALERTS_DIR, file);
  const slug = file.replace(/\.md$/, '');
  return {
    slug,
    url: `/errors/${slug}/`,
    title: String(field('title')),
    text: String(field('text')),
    wording: String(field('wording')),
    fixes: list(data.fixes),
    lastReviewed: isoDay(field('lastReviewed')),
    checkedForIos: String(field('checkedForIos')),
    formerSlugs: list(data.formerSlugs),
    settingsPaths: settingsPathsIn(body),
  };
}

/** Every alert in content/alerts/, in file-name order. */
export const alerts: readonly Alert[] = fs.existsSync(ALERTS_DIR)
  ? fs
      .readdirSync(ALERTS_DIR)
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map(readAlert)
  : [];

const alertsOfFix = alertsByFix(
  alerts.map((alert) => ({ id: alert.slug, data: { title: alert.title, fixes: alert.fixes.map((id) => ({ id })) }, alert })),
);

/** The alerts whose `fixes` list an article, in the order its page lists them (alertsByFix, as the build). */
export function alertsFixedBy(slug: string): Alert[] {
  return (alertsOfFix.get(slug) ?? []).map(({ alert }) => alert);
}

/** Either form of an article's risk label, as readers see it. */
export function riskLabel(article: Pick<Article, 'risk' | 'backupFirst'>): RegExp {
  if (!(RISKS as readonly string[]).includes(article.risk)) throw new Error(`unknown risk "${article.risk}"`);
  const data = { risk: article.risk as Risk, backupFirst: article.backupFirst };
  return new RegExp([riskLabelOf(data, 'short', 'en'), riskLabelOf(data, 'long', 'en')].map(escapeRegExp).join('|'));
}

// ---- The troubleshooter ----------------------------------------------------------

interface RawQuestion {
  id: string;
  start?: boolean;
  question: string;
  help?: string;
  rulesOut?: string;
  gate?: Gate;
  answers: { id: string; label: string; next?: string; fix?: string; alert?: string; passesGate?: boolean }[];
}

const ref = (id: string | undefined) => (id === undefined ? undefined : { id });

const rawFlow = parseYaml(fs.readFileSync(path.join(ROOT, FLOW_FILE), 'utf8')) as RawQuestion[];

/** The questions of content/troubleshooter/flow.yaml, shaped as the build's rules and walk take them. */
export const flow: FlowQuestion[] = rawFlow.map((q) => ({
  id: q.id,
  filePath: FLOW_FILE,
  data: {
    start: q.start === true,
    question: q.question,
    rulesOut: ref(q.rulesOut),
    gate: q.gate,
    answers: q.answers.map((a) => ({
      id: a.id,
      label: a.label,
      next: a.next,
      fix: ref(a.fix),
      alert: ref(a.alert),
      passesGate: a.passesGate,
    })),
  },
}));

// The same rules as the build, so the tests walk a flow the build accepted.
assertValidFlow(
  flow,
  articles.map((a) => ({ id: a.slug, risk: a.risk as Risk, unsafeOnManagedIphone: a.unsafeOnManagedIphone })),
  alerts.map((a) => ({ id: a.slug, fixes: a.fixes })),
);

/** Every page of the troubleshooter, as the build walks it. */
export const walk = walkFlow(flow);

export interface HelpLine {
  /** The question's page. */
  url: string;
  /** The Settings paths in its help line, in order. */
  settingsPaths: string[];
}

/** The troubleshooter questions that have a help line. */
export const helpLines: readonly HelpLine[] = flow.flatMap((question, i) => {
  const help = rawFlow[i]?.help;
  return help ? [{ url: questionPath(question), settingsPaths: settingsPathsIn(help) }] : [];
});
