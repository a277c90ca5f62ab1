/**
 * The benchmark's site: the real content/ (articles, alerts, troubleshooter,
 * Settings vocabulary) and n copies of the real fix articles, each with its own
 * slug (`<slug>-copy-<k>`), kbId (from icb-10000), title (`… (copy k)`) and place on
 * the troubleshooting path. Copies, not templates: whatever the schema
 * (src/content.config.ts) and the cross-article rules require, the real
 * articles already meet, so the generated site cannot drift from them.
 *
 * Only what must stay unique or consistent changes: the copies leave out the
 * former slugs and the last-resort mark (one each at most), every fix gets a
 * new order (no-risk fixes first, then risky ones, the last resort last, as
 * the rules require), and each real alert lists the copies of the fixes it
 * lists. The safety net is not copied
 * (there is one). Deterministic: the same n gives the same files.
 *
 *   node bench/generate.ts --n 1000   # writes a temporary copy of the site and prints its path
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defined } from '#lib/defined.ts';
import { isRisky, type Risk } from '#lib/articles/taxonomy.ts';
import { readFrontmatter, type Frontmatter } from '#lib/articles/frontmatter.ts';
import { withFrontmatter } from '../test/support/frontmatter.ts';
import { createTempSite, ROOT } from '../test/support/temp-site.ts';

/** kbIds of the copies: icb-10000 up to icb-99999 (3 to 5 digits are allowed). */
const FIRST_KB_ID = 10000;
export const MAX_ARTICLES = 90000;
const MAX_TITLE = 70;

interface ContentFile {
  slug: string;
  data: Frontmatter;
  body: string;
}

function readContent(dir: string, extension: string): ContentFile[] {
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ slug: name.slice(0, -extension.length), ...readFrontmatter(fs.readFileSync(path.join(ROOT, dir, name), 'utf8')) }));
}

export interface GeneratedSite {
  /** Path in the site (content/fixes/<slug>.mdx…) → text, for test/support/temp-site.ts. */
  files: Record<string, string>;
  /** Fix articles: the real ones and the copies. */
  articles: number;
  copies: number;
}

export function generateSite(n: number): GeneratedSite {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ARTICLES) throw new Error(`n must be a whole number from 1 to ${MAX_ARTICLES}`);
  const fixes = readContent('content/fixes', '.mdx');
  const alerts = readContent('content/alerts', '.md');
  const sources = fixes.filter((fix) => fix.data.role !== 'safety-net');

  const copies = Array.from({ length: n }, (_, i): ContentFile & { round: number; original: string } => {
    const source = defined(sources[i % sources.length], 'a fix article to copy');
    const round = Math.floor(i / sources.length) + 1;
    const suffix = ` (copy ${round})`;
    const title = `${String(source.data.title)
      .slice(0, MAX_TITLE - suffix.length)
      .trimEnd()}${suffix}`;
    const data = { ...source.data, title, kbId: `icb-${FIRST_KB_ID + i}`, formerSlugs: undefined, lastResort: undefined };
    return { slug: `${source.slug}-copy-${round}`, data, body: source.body, round, original: source.slug };
  });

  // The path, renumbered: no-risk fixes, then risky ones, then the last resort; copies after their originals.
  const group = ({ data }: ContentFile) => (data.lastResort === true ? 2 : isRisky(data.risk as Risk) ? 1 : 0);
  const onPath = [...sources.map((fix) => ({ ...fix, round: 0 })), ...copies];
  onPath
    .map((fix, index) => ({ fix, key: [group(fix), fix.round, Number(fix.data.order), index] }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .forEach(({ fix }, index) => (fix.data = { ...fix.data, order: index + 1 }));

  const files: Record<string, string> = {};
  for (const fix of [...fixes.filter((f) => !sources.includes(f)), ...onPath]) {
    files[`content/fixes/${fix.slug}.mdx`] = withFrontmatter(fix.data, fix.body);
  }
  for (const alert of alerts) {
    const listed = alert.data.fixes as string[];
    const copiesListed = copies.filter((copy) => listed.includes(copy.original)).map((copy) => copy.slug);
    files[`content/alerts/${alert.slug}.md`] = withFrontmatter({ ...alert.data, fixes: [...listed, ...copiesListed] }, alert.body);
  }
  const flow = 'content/troubleshooter/flow.yaml';
  files[flow] = fs.readFileSync(path.join(ROOT, flow), 'utf8');
  return { files, articles: fixes.length + copies.length, copies: copies.length };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] ?? 0) - (b[k] ?? 0);
  return 0;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } });
  const site = generateSite(Number(values.n));
  console.log(await createTempSite(site.files, 'kb-bench-'));
}
