/**
 * The one way pages get articles: checked against the cross-article rules,
 * sorted by their place on the troubleshooting path.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertValidFixes } from '../lib/content-rules';
import { byPathOrder, nextOnPath } from '../lib/fix-path';

export type Fix = CollectionEntry<'fixes'>;

let checkedFixes: Promise<Fix[]> | undefined;

/** Every article, in path order. Fails the build if any rule is broken. */
export function getFixes(): Promise<Fix[]> {
  checkedFixes ??= getCollection('fixes').then((fixes) => {
    assertValidFixes(fixes);
    return byPathOrder(fixes);
  });
  return checkedFixes;
}

export async function getNextFix(id: string): Promise<Fix | undefined> {
  return nextOnPath(await getFixes(), id);
}

export async function getRelatedFixes(fix: Fix): Promise<Fix[]> {
  const fixes = await getFixes();
  return fix.data.related.flatMap(({ id }) => fixes.filter((other) => other.id === id));
}
