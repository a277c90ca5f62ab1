/**
 * The languages the site is built in: English, and each other language of
 * src/lib/i18n/languages.ts that has its content folder (content/<code>/).
 * A language without one is not published yet. Its URLs are in the published-URL ledger once
 * published, so a folder removed by mistake stops the build there.
 */
import fs from 'node:fs';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, languageParam, type Language } from '#lib/i18n/languages.ts';

export function getLanguages(): Language[] {
  return LANGUAGE_CODES.filter((lang) => lang === DEFAULT_LANGUAGE || fs.existsSync(`content/${lang}`));
}

/** The languages a fix or alert has a page in: English, and each language it is translated into. */
export async function getPageLanguages(
  id: string,
  pagesIn: (lang: Language) => Promise<readonly { id: string; state: string }[]>,
): Promise<Language[]> {
  const languages = getLanguages();
  const found = await Promise.all(languages.map(async (lang) => (await pagesIn(lang)).find((page) => page.id === id)?.state));
  return languages.filter((_, i) => found[i] !== undefined && found[i] !== 'untranslated');
}

/** The published languages other than English. */
export function getTranslatedLanguages(): Language[] {
  return getLanguages().filter((lang) => lang !== DEFAULT_LANGUAGE);
}

/** getStaticPaths' params for a page that exists once per published language. */
export function getLanguageParams(): { lang: string | undefined }[] {
  return getLanguages().map(languageParam);
}
