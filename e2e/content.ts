/**
 * The articles as the content files define them, so the tests derive the
 * expected order and titles from the same source as the site. A tiny
 * frontmatter reader: top-level `key: value` lines and `related` lists only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RISK_LABELS, RISK_SHORT_LABELS, type Risk } from '../src/lib/taxonomy';

const FIXES_DIR = path.resolve(import.meta.dirname, '..', 'content', 'fixes');

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

function readArticle(file: string): Article {
  const text = fs.readFileSync(path.join(FIXES_DIR, file), 'utf8');
  const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const field = (key: string) => {
    const value = frontmatter.match(new RegExp(`^${key}:(.*)$`, 'm'))?.[1];
    if (value === undefined) throw new Error(`content/fixes/${file} has no "${key}:" line`);
    return unquote(value);
  };
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

/** Either form of an article's risk label. */
export function riskLabel(risk: string): RegExp {
  const labels = [RISK_SHORT_LABELS[risk as Risk], RISK_LABELS[risk as Risk]].filter(Boolean);
  if (labels.length === 0) throw new Error(`unknown risk "${risk}"`);
  return new RegExp(labels.map(escapeRegExp).join('|'));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
