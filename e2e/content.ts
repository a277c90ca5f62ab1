/**
 * The articles (and alerts) as the content files define them, so the tests
 * derive the expected order and titles from the same source as the site. A
 * tiny frontmatter reader: top-level `key: value` lines and lists only (and
 * `appliesTo`); the troubleshooter's help lines through the `yaml` package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RISK_LABELS, RISK_SHORT_LABELS, type Risk } from '../src/lib/taxonomy';
import { TROUBLESHOOT_PATH } from '../src/lib/troubleshooter';

const CONTENT_DIR = path.resolve(import.meta.dirname, '..', 'content');
const FIXES_DIR = path.join(CONTENT_DIR, 'fixes');
const ERRORS_DIR = path.join(CONTENT_DIR, 'errors');

/**
 * The Settings paths written in a content file, in order: bold text starting
 * with "Settings >", each step trimmed and joined with " > ".
 */
export function settingsPathsIn(text: string): string[] {
  return [...text.matchAll(/\*\*(\s*Settings\s*>[^*]+?)\*\*/gi)].map((m) =>
    m[1]!
      .split('>')
      .map((step) => step.replace(/\s+/g, ' ').trim())
      .join(' > '),
  );
}

export interface Article {
  slug: string;
  url: string;
  order: number;
  title: string;
  description: string;
  risk: string;
  minutes: number;
  lastReviewed: string;
  related: string[];
  /** Permanent short ID: the short link is /kb/<kbId>/. */
  kbId: string;
  /** Slugs the article had before: /fixes/<former slug>/ redirects to it. */
  formerSlugs: string[];
  /** The alerts it fixes, by file name in content/errors/. */
  errors: string[];
  /** The iOS versions its steps describe. */
  appliesTo: { from: string; to?: string };
  /** The body, Markdown. */
  body: string;
  /** The Settings paths in its body, in order (see settingsPathsIn). */
  settingsPaths: string[];
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replaceAll("''", "'");
  return v;
}

/** `related: [a, b]` or a block list of `- a` lines under `related:`. */
function readList(frontmatter: string, key: string): string[] {
  const flow = frontmatter.match(new RegExp(`^${key}:\\s*\\[(.*)\\]\\s*$`, 'm'));
  if (flow) return flow[1]!.split(',').map(unquote).filter(Boolean);
  const block = frontmatter.match(new RegExp(`^${key}:\\s*\\n((?:[ \\t]*-.*\\n?)*)`, 'm'));
  if (block) return block[1]!.split('\n').map((l) => unquote(l.replace(/^\s*-\s*/, ''))).filter(Boolean);
  return [];
}

/** The frontmatter of a content file, and a reader of its required `key: value` lines. */
function readFrontmatter(dir: string, file: string): { frontmatter: string; body: string; field: (key: string) => string } {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const body = text.slice(text.indexOf('---', 3) + 3);
  const field = (key: string) => {
    const value = frontmatter.match(new RegExp(`^${key}:(.*)$`, 'm'))?.[1];
    if (value === undefined) throw new Error(`content/${path.basename(dir)}/${file} has no "${key}:" line`);
    return unquote(value);
  };
  return { frontmatter, body, field };
}

/** `appliesTo:` with its indented `from:` and `to:` lines. */
function readAppliesTo(frontmatter: string, file: string): { from: string; to?: string } {
  const block = frontmatter.match(/^appliesTo:\s*\n((?:[ \t]+.*\n?)*)/m)?.[1] ?? '';
  const from = block.match(/^\s+from:(.*)$/m)?.[1];
  const to = block.match(/^\s+to:(.*)$/m)?.[1];
  if (from === undefined) throw new Error(`content/fixes/${file} has no appliesTo.from`);
  return to === undefined ? { from: unquote(from) } : { from: unquote(from), to: unquote(to) };
}

function readArticle(file: string): Article {
  const { frontmatter, body, field } = readFrontmatter(FIXES_DIR, file);
  const slug = file.replace(/\.mdx$/, '');
  return {
    slug,
    url: `/fixes/${slug}/`,
    order: Number(field('order')),
    title: field('title'),
    description: field('description'),
    risk: field('risk'),
    minutes: Number(field('minutes')),
    lastReviewed: field('lastReviewed'),
    related: readList(frontmatter, 'related'),
    kbId: field('kbId'),
    formerSlugs: readList(frontmatter, 'formerSlugs'),
    errors: readList(frontmatter, 'errors'),
    appliesTo: readAppliesTo(frontmatter, file),
    body,
    settingsPaths: settingsPathsIn(body),
  };
}

/** Every article in content/fixes/, in path order. */
export const articles: readonly Article[] = fs
  .readdirSync(FIXES_DIR)
  .filter((file) => file.endsWith('.mdx'))
  .map(readArticle)
  .sort((a, b) => a.order - b.order);

export function articleBySlug(slug: string): Article {
  const found = articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`no article content/fixes/${slug}.mdx`);
  return found;
}

export interface Alert {
  /** The file name in content/errors/, without .md. */
  slug: string;
  /** Its page: /errors/<slug>/. */
  url: string;
  title: string;
  /** The alert's exact text. */
  text: string;
  /** Whose words `text` is: "apple" or "reported". */
  wording: string;
  /** The fixes to try, in the order the file lists them, by slug. */
  fixes: string[];
  /** The Settings paths in its body, in order. */
  settingsPaths: string[];
}

function readAlert(file: string): Alert {
  const { frontmatter, body, field } = readFrontmatter(ERRORS_DIR, file);
  const slug = file.replace(/\.md$/, '');
  return {
    slug,
    url: `/errors/${slug}/`,
    title: field('title'),
    text: field('text'),
    wording: field('wording'),
    fixes: readList(frontmatter, 'fixes'),
    settingsPaths: settingsPathsIn(body),
  };
}

/** Every alert in content/errors/, in file-name order. */
export const alerts: readonly Alert[] = fs.existsSync(ERRORS_DIR)
  ? fs
      .readdirSync(ERRORS_DIR)
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map(readAlert)
  : [];

/** The alerts whose `fixes` list an article, in file-name order. */
export function alertsFixedBy(slug: string): Alert[] {
  return alerts.filter((alert) => alert.fixes.includes(slug));
}

/** Either form of an article's risk label. */
export function riskLabel(risk: string): RegExp {
  const labels = [RISK_SHORT_LABELS[risk as Risk], RISK_LABELS[risk as Risk]].filter(Boolean);
  if (labels.length === 0) throw new Error(`unknown risk "${risk}"`);
  return new RegExp(labels.map(escapeRegExp).join('|'));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface HelpLine {
  /** The question's page: /troubleshoot/ for the start question, else /troubleshoot/<id>/. */
  url: string;
  /** The Settings paths in its help line, in order. */
  settingsPaths: string[];
}

/** The troubleshooter questions that have a help line, from content/troubleshooter/flow.yaml. */
export const helpLines: readonly HelpLine[] = (
  parseYaml(fs.readFileSync(path.join(CONTENT_DIR, 'troubleshooter', 'flow.yaml'), 'utf8')) as { id: string; start?: boolean; help?: string }[]
).flatMap((q) => (q.help ? [{ url: q.start ? TROUBLESHOOT_PATH : `${TROUBLESHOOT_PATH}${q.id}/`, settingsPaths: settingsPathsIn(q.help) }] : []));
