/**
 * Rules that span several articles, which a per-file schema cannot check:
 * unique kbIds, path positions and slugs (current and former), `related`
 * entries that name real articles, the safety-net link of every fix that
 * needs it (src/lib/articles/safety-net.ts), no-risk fixes before risky ones ("safest
 * first") and one last resort at the end of the path. Astro only logs a
 * dangling reference() and builds anyway, so the build calls
 * `assertValidFixes` before rendering any page.
 */
import { fileOf } from './content-file';
import { AstroError } from 'astro/errors';
import { onPath } from './fix-path';
import { findSafetyNetProblems, type SafetyNetEntry } from './safety-net';
import { isRisky } from './taxonomy';

export interface RuleEntry extends SafetyNetEntry {
  data: SafetyNetEntry['data'] & {
    /** Left out for the safety net, which is not on the path. */
    order?: number | undefined;
    related: readonly { id: string }[];
    formerSlugs: readonly string[];
    /** The fix to try when nothing else helped (contacting Apple). */
    lastResort?: boolean | undefined;
  };
}

const UNIQUE_FIELDS = {
  kbId: 'Each article needs its own permanent kbId: pick an unused one, never reuse an old one.',
  order: 'Each article needs its own place on the troubleshooting path: use a number no other article uses.',
} as const;

/** One message per article whose value of `field` an earlier article already has. */
export function findDuplicates(entries: readonly RuleEntry[], field: keyof typeof UNIQUE_FIELDS): string[] {
  const firstWith = new Map<string | number, RuleEntry>();
  const problems: string[] = [];
  for (const entry of entries) {
    const value = entry.data[field];
    if (value === undefined) continue;
    const first = firstWith.get(value);
    if (first) {
      problems.push(`${fileOf(entry)}: ${field} ${JSON.stringify(value)} is already used by ${fileOf(first)}. ${UNIQUE_FIELDS[field]}`);
    } else {
      firstWith.set(value, entry);
    }
  }
  return problems;
}

/** One message per `related` entry that names no article, or the article itself. */
export function findBadRelated(entries: readonly RuleEntry[]): string[] {
  const ids = entries.map((entry) => entry.id).sort();
  const known = new Set(ids);
  const problems: string[] = [];
  for (const entry of entries) {
    const others = ids.filter((id) => id !== entry.id);
    const allowed = `Use the file name, without .mdx, of another article: ${others.join(', ')}.`;
    entry.data.related.forEach(({ id }, index) => {
      const where = `${fileOf(entry)}: related[${index}] is ${JSON.stringify(id)}`;
      if (id === entry.id) problems.push(`${where}, the article itself. ${allowed}`);
      else if (!known.has(id)) problems.push(`${where}, but no article has that name. ${allowed}`);
    });
  }
  return problems;
}

/**
 * One message per slug that names two things: a former slug that is another
 * article's current slug, or that two articles both claim. Compared without
 * case, because some hosts treat /Fixes/A/ and /fixes/a/ as one path.
 */
export function findSlugCollisions(entries: readonly RuleEntry[]): string[] {
  const owner = new Map<string, { entry: RuleEntry; what: string }>();
  const problems: string[] = [];
  const claim = (slug: string, entry: RuleEntry, what: string) => {
    const key = slug.toLowerCase();
    const earlier = owner.get(key);
    if (!earlier) owner.set(key, { entry, what });
    else if (earlier.entry !== entry || earlier.what !== what) {
      problems.push(
        `${fileOf(entry)}: ${what} ${JSON.stringify(slug)} is already ${earlier.what === 'slug' ? 'the slug (file name)' : 'a former slug'} of ${fileOf(earlier.entry)}. ` +
          'A slug may lead to one article only: choose another, and never reuse an old one.',
      );
    }
  };
  // Current slugs first, so a clash is reported on the former slug that causes it.
  for (const entry of entries) claim(entry.id, entry, 'slug');
  for (const entry of entries) for (const slug of entry.data.formerSlugs) claim(slug, entry, 'formerSlugs entry');
  return problems;
}

/** `content/fixes/a.mdx (order 3)`. */
function place(entry: RuleEntry): string {
  return `${fileOf(entry)} (order ${String(entry.data.order)})`;
}

/**
 * "Safest first": readers try the fixes in order, so no fix with risk none
 * comes after one with risk settings or data, except the last resort. One
 * message per risky fix that has such a fix after it.
 */
export function findRiskyBeforeSafe(entries: readonly RuleEntry[]): string[] {
  const path = onPath(entries);
  const problems: string[] = [];
  path.forEach((risky, index) => {
    if (!isRisky(risky.data.risk)) return;
    const safeAfter = path.slice(index + 1).filter((entry) => !isRisky(entry.data.risk) && entry.data.lastResort !== true);
    const lastSafe = safeAfter.at(-1);
    if (!lastSafe) return;
    problems.push(
      `${fileOf(risky)}: risk is "${risky.data.risk}" at order ${String(risky.data.order)}, but ${safeAfter.map(place).join(', ')} ` +
        `${safeAfter.length > 1 ? 'come' : 'comes'} after it with risk: none (rule "safest first"). ` +
        'Readers try the fixes in order, so every fix that cannot cost them anything comes before any fix that can; ' +
        'only the last resort (lastResort: true) may follow. ' +
        `Move the risky fix later (an order above ${String(lastSafe.data.order)}, renumbering the others), ` +
        'or split the article into a no-risk one with the safe steps and a risky one with the rest.',
    );
  });
  return problems;
}

/** At most one article has lastResort: true, and it is the last fix on the path. */
export function findLastResortProblems(entries: readonly RuleEntry[]): string[] {
  const marked = entries.filter((entry) => entry.data.lastResort === true);
  if (marked.length > 1) {
    return [
      `${marked.map((entry) => fileOf(entry)).join(' and ')} all have lastResort: true. ` +
        'There is one last resort, the fix to try when nothing else helped (contacting Apple): keep lastResort: true on one article only.',
    ];
  }
  const [lastResort] = marked;
  const last = onPath(entries).at(-1);
  if (!lastResort || !last || last === lastResort) return [];
  return [
    `${fileOf(lastResort)}: lastResort is true at order ${String(lastResort.data.order)}, but ${place(last)} comes after it. ` +
      `The last resort is the last fix on the path: give it an order above ${String(last.data.order)}, or remove lastResort.`,
  ];
}

/** Throws one error listing every problem, so a single build shows them all. */
export function assertValidFixes(entries: readonly RuleEntry[]): void {
  const problems = [
    ...findDuplicates(entries, 'kbId'),
    ...findDuplicates(entries, 'order'),
    ...findBadRelated(entries),
    ...findSlugCollisions(entries),
    ...findSafetyNetProblems(entries),
    ...findRiskyBeforeSafe(entries),
    ...findLastResortProblems(entries),
  ];
  if (problems.length > 0) {
    throw new AstroError(
      `The articles in content/fixes/ break ${problems.length} rule(s):\n- ${problems.join('\n- ')}`,
      'Each line names the article and the field to change; src/content.config.ts documents every field.',
    );
  }
}
