/**
 * The one way pages get articles: checked against the cross-article rules,
 * sorted by their place on the troubleshooting path (the safety net, which is
 * not on the path, comes last), in a language: a translated article has the
 * English one's data with its own title, summary, other names and body.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertValidFixes } from '#lib/articles/content-rules.ts';
import { byPathOrder, nextOnPath, onPath } from '#lib/articles/fix-path.ts';
import { findSafetyNetProblems } from '#lib/articles/safety-net.ts';
import { DEFAULT_LANGUAGE, localizePath, type Language } from '#lib/i18n/languages.ts';
import { fixPath } from '#lib/links/routes.ts';
import { getTranslations, stateOf, versionOf, type PageState, type TranslationEntry } from './translations';
import { getPageLanguages } from './languages';

/** An article in one language. */
export type Fix = CollectionEntry<'fixes'> & {
  readonly lang: Language;
  /** The English page itself, its translation (current or outdated), or none yet (then the page is the English one). */
  readonly state: PageState;
  /** The entry whose body the page renders: the translation, or the English article. */
  readonly page: CollectionEntry<'fixes'> | TranslationEntry<'fixes'>;
};

const checked = new Map<Language, Promise<Fix[]>>();

async function english(): Promise<Fix[]> {
  const fixes = await getCollection('fixes');
  assertValidFixes(fixes);
  return byPathOrder(fixes).map((fix) => ({ ...fix, lang: DEFAULT_LANGUAGE, state: 'original', page: fix }));
}

async function translated(lang: Language): Promise<Fix[]> {
  const originals = await getFixes();
  const translations = await getTranslations('fixes', lang, new Map(originals.map((fix) => [fix.id, versionOf(fix.data)])));
  const fixes = originals.map((fix): Fix => {
    const translation = translations.get(fix.id);
    if (!translation) return { ...fix, lang, state: 'untranslated' };
    const { title, description, aliases } = translation.data;
    return {
      ...fix,
      data: { ...fix.data, title, description, aliases },
      lang,
      state: stateOf(versionOf(fix.data), translation),
      page: translation,
    };
  });
  // The safety-net rule holds in every language: a translated risky fix links to the translated safety net first.
  const problems = findSafetyNetProblems(
    fixes.filter((fix) => fix.state !== 'untranslated').map((fix) => ({ ...fix, filePath: fix.page.filePath, body: fix.page.body })),
    lang,
  );
  if (problems.length > 0) {
    throw new AstroError(
      `The ${lang} articles break ${problems.length} rule(s):\n- ${problems.join('\n- ')}`,
      'Each line names the article to change; the English article shows where the link goes.',
    );
  }
  return fixes;
}

/** Every article in `lang`: the fixes in path order, then the safety net. Fails the build if any rule is broken. */
export function getFixes(lang: Language = DEFAULT_LANGUAGE): Promise<Fix[]> {
  let fixes = checked.get(lang);
  if (!fixes) {
    fixes = lang === DEFAULT_LANGUAGE ? english() : translated(lang);
    checked.set(lang, fixes);
  }
  return fixes;
}

/** The articles that have a page of their own in `lang` (every English one; translations only where they exist). */
export async function getPublishedFixes(lang: Language): Promise<Fix[]> {
  return (await getFixes(lang)).filter((fix) => fix.state !== 'untranslated');
}

/** The languages an article has a page in: English, and each language it is translated into. */
export function getFixLanguages(id: string): Promise<Language[]> {
  return getPageLanguages(id, getFixes);
}

/** Where a link to the article goes from a page in its language: the English page while it has no translation. */
export function fixHref(fix: Fix): string {
  return fix.state === 'untranslated' ? fixPath(fix.id) : localizePath(fixPath(fix.id), fix.lang);
}

/** The fixes that are steps on the troubleshooting path, in order. */
export async function getPathFixes(lang: Language = DEFAULT_LANGUAGE): Promise<Fix[]> {
  return onPath(await getFixes(lang));
}

/** The computer-backup article every risky fix links to first, if the site has one. */
export async function getSafetyNet(lang: Language = DEFAULT_LANGUAGE): Promise<Fix | undefined> {
  return (await getFixes(lang)).find((fix) => fix.data.role === 'safety-net');
}

export async function getNextFix(id: string, lang: Language = DEFAULT_LANGUAGE): Promise<Fix | undefined> {
  return nextOnPath(await getFixes(lang), id);
}

export async function getRelatedFixes(fix: Fix): Promise<Fix[]> {
  const fixes = await getFixes(fix.lang);
  return fix.data.related.flatMap(({ id }) => fixes.filter((other) => other.id === id));
}
