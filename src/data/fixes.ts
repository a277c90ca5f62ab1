/**
 * The one way pages get articles: checked against the cross-article rules,
 * sorted by their place on the troubleshooting path (the safety net, which is
 * not on the path, comes last).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertValidFixes } from '#lib/articles/content-rules.ts';
import { byPathOrder, nextOnPath, onPath } from '#lib/articles/fix-path.ts';

export type Fix = CollectionEntry<'fixes'>;

let checkedFixes: Promise<Fix[]> | undefined;

/** Every article: the fixes in path order, then the safety net. Fails the build if any rule is broken. */
export function getFixes(): Promise<Fix[]> {
  checkedFixes ??= getCollection('fixes').then((fixes) => {
    assertValidFixes(fixes);
    return byPathOrder(fixes);
  });
  return checkedFixes;
}

/** The fixes that are steps on the troubleshooting path, in order. */
export async function getPathFixes(): Promise<Fix[]> {
  return onPath(await getFixes());
}

/** The computer-backup article every risky fix links to first, if the site has one. */
export async function getSafetyNet(): Promise<Fix | undefined> {
  return (await getFixes()).find((fix) => fix.data.role === 'safety-net');
}

export async function getNextFix(id: string): Promise<Fix | undefined> {
  return nextOnPath(await getFixes(), id);
}

export async function getRelatedFixes(fix: Fix): Promise<Fix[]> {
  const fixes = await getFixes();
  return fix.data.related.flatMap(({ id }) => fixes.filter((other) => other.id === id));
}
