/**
 * Two tiers of browser tests. `npm test`, the gate, runs every behaviour on a
 * covering sample: the fewest pages (or articles) that between them hold every
 * kind of thing the whole set holds, so a new kind of page or element pulls
 * its first page into the gate. `npm run test:full` adds the tests tagged
 * FULL_TAG, which run the same checks on everything else. Together the two
 * tiers cover every page once.
 */

/** The tag of the tests only `npm run test:full` runs (Playwright's --grep). */
export const FULL_TAG = '@full';

/**
 * The items, in their order, that cover every signature any item has: each
 * item joins when it brings a signature no earlier pick has. The first item is
 * always picked, so the sample is never empty while the list is not.
 */
export function coveringSample<T>(items: readonly T[], signatures: (item: T) => Iterable<string>): T[] {
  const covered = new Set<string>();
  const sample: T[] = [];
  for (const item of items) {
    const own = [...signatures(item)];
    if (sample.length === 0 || own.some((signature) => !covered.has(signature))) {
      sample.push(item);
      for (const signature of own) covered.add(signature);
    }
  }
  return sample;
}

/** The tags of a test about one item: none in the sample (the gate runs it), FULL_TAG otherwise. */
export function tagsFor<T>(item: T, sample: readonly T[]): { tag: string[] } {
  return { tag: sample.includes(item) ? [] : [FULL_TAG] };
}

export interface Tier<T> {
  /** For the test title: "a covering sample" or "the rest". */
  label: string;
  tag: string[];
  items: T[];
}

/** The sample for the gate and the rest for the full tier, each with its tags; an empty rest is left out. */
export function byTier<T>(items: readonly T[], sample: readonly T[]): Tier<T>[] {
  const rest = items.filter((item) => !sample.includes(item));
  return [
    { label: 'a covering sample', tag: [], items: [...sample] },
    ...(rest.length > 0 ? [{ label: 'the rest', tag: [FULL_TAG], items: rest }] : []),
  ];
}
