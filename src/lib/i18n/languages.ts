/**
 * The site's languages. English is the default and lives at the root of the
 * site (/fixes/…); every other language lives under its code (/fr/fixes/…),
 * with the same slugs. A new language is an entry here, its UI strings
 * (src/lib/i18n/ui/<code>.ts) and its content (content/<code>/).
 *
 * Pure: no Astro imports.
 */
export const LANGUAGES = {
  en: { name: 'English', locale: 'en-US', ogLocale: 'en_US' },
  fr: { name: 'Français', locale: 'fr-FR', ogLocale: 'fr_FR' },
} as const;

export type Language = keyof typeof LANGUAGES;

export const DEFAULT_LANGUAGE: Language = 'en';

/** Every language, the default first. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** The languages that are translations of the default one. */
export const TRANSLATED_LANGUAGES = LANGUAGE_CODES.filter((lang) => lang !== DEFAULT_LANGUAGE);

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The language of a page from Astro.currentLocale (undefined on routes outside the locales: the default). */
export function languageOf(locale: string | undefined): Language {
  return isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
}

/** "" for the default language, "/fr" for French: what goes before a site path. */
function languagePrefix(lang: Language): string {
  return lang === DEFAULT_LANGUAGE ? '' : `/${lang}`;
}

/** The language a site path belongs to, from its first segment. */
export function languageOfPath(path: string): Language {
  const first = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
  return isLanguage(first) ? first : DEFAULT_LANGUAGE;
}

/** A site path without its language prefix: "/fr/fixes/x/" → "/fixes/x/". */
export function basePath(path: string): string {
  const lang = languageOfPath(path);
  return lang === DEFAULT_LANGUAGE ? path : path.slice(languagePrefix(lang).length) || '/';
}

/** A site path in a language: localizePath("/fixes/x/", "fr") → "/fr/fixes/x/". Takes paths in any language. */
export function localizePath(path: string, lang: Language): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${languagePrefix(lang)}${basePath(path)}`;
}

/** The `lang` param of a route under src/pages/[...lang]/: none for the default language. */
export function languageParam(lang: Language): { lang: string | undefined } {
  return { lang: lang === DEFAULT_LANGUAGE ? undefined : lang };
}

/** getStaticPaths' params for a page that exists once per language. */
export function languageParams(): { lang: string | undefined }[] {
  return LANGUAGE_CODES.map(languageParam);
}

/** The language of a content file by its path from the project root: content/fr/… is French, the rest of content/ English. */
export function languageOfContentFile(file: string): Language {
  const code = /^content\/([a-z]{2})\//.exec(file.split('\\').join('/'))?.[1];
  return isLanguage(code) ? code : DEFAULT_LANGUAGE;
}
