/**
 * The articles (and alerts) as the content files define them, so the tests
 * derive the expected order and titles from the same source as the site. A
 * tiny frontmatter reader: top-level `key: value` lines and lists only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RISK_LABELS, RISK_SHORT_LABELS, type Risk } from '../src/lib/taxonomy';

const FIXES_DIR = path.resolve(import.meta.dirname, '..', 'content', 'fixes');
const ERRORS_DIR = path.resolve(import.meta.dirname, '..', 'content', 'errors');

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
function readFrontmatter(dir: string, file: string): { frontmatter: string; field: (key: string) => string } {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const field = (key: string) => {
    const value = frontmatter.match(new RegExp(`^${key}:(.*)$`, 'm'))?.[1];
    if (value === undefined) throw new Error(`content/${path.basename(dir)}/${file} has no "${key}:" line`);
    return unquote(value);
  };
  return { frontmatter, field };
}

function readArticle(file: string): Article {
  const { frontmatter, field } = readFrontmatter(FIXES_DIR, file);
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
  /** Slugs the alert had before: /errors/<former slug>/ redirects to it. */
  formerSlugs: string[];
}

function readAlert(file: string): Alert {
  const { frontmatter, field } = readFrontmatter(ERRORS_DIR, file);
  const slug = file.replace(/\.md$/, '');
  return {
    slug,
    url: `/errors/${slug}/`,
    title: field('title'),
    text: field('text'),
    wording: field('wording'),
    fixes: readList(frontmatter, 'fixes'),
    formerSlugs: readList(frontmatter, 'formerSlugs'),
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
