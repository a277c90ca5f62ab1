/**
 * The translated pages of each language, checked: every English fix and alert
 * has a translation or a line in content/<code>/untranslated.yaml, no
 * translation lacks its English page, and each records a version its English
 * page really had. A problem stops the build, naming the file and the field.
 */
import fs from 'node:fs';
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { Language } from '#lib/i18n/languages.ts';
import {
  findTranslationProblems,
  impossibleVersion,
  splitTranslationId,
  TRANSLATED_KINDS,
  translationState,
  untranslatedFile,
  type PageVersion,
  type TranslatedKind,
  type TranslationState,
} from '#lib/i18n/translations.ts';

interface TranslationCollection {
  fixes: 'fixTranslations';
  alerts: 'alertTranslations';
}
export type TranslationEntry<K extends TranslatedKind> = CollectionEntry<TranslationCollection[K]>;

const COLLECTION: TranslationCollection = { fixes: 'fixTranslations', alerts: 'alertTranslations' };
const EXTENSION: Record<TranslatedKind, string> = { fixes: '.mdx', alerts: '.md' };

/** How a page in a language stands: the English page itself, a translation (current or outdated), or none yet. */
export type PageState = 'original' | TranslationState | 'untranslated';

const untranslatedList = z
  .object(
    Object.fromEntries(TRANSLATED_KINDS.map((kind) => [kind, z.array(z.string()).default([])])) as Record<
      TranslatedKind,
      z.ZodDefault<z.ZodArray<z.ZodString>>
    >,
  )
  .strict();

/** The slugs content/<lang>/untranslated.yaml lists, by kind (none when there is no file). */
function readUntranslated(lang: Language): Record<TranslatedKind, string[]> {
  const file = untranslatedFile(lang);
  const raw: unknown = fs.existsSync(file) ? (parseYaml(fs.readFileSync(file, 'utf8')) ?? {}) : {};
  const result = untranslatedList.safeParse(raw);
  if (!result.success) {
    throw new AstroError(
      `${file}: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ')}`,
      `It lists, under ${TRANSLATED_KINDS.join(' and ')}, the file names (without extension) of English pages not yet translated.`,
    );
  }
  return result.data;
}

const cache = new Map<string, Promise<Map<string, TranslationEntry<TranslatedKind>>>>();

/**
 * The translations of one kind into `lang`, by English slug, checked against
 * the English pages (`originals`, with the version of each).
 */
export function getTranslations<K extends TranslatedKind>(
  kind: K,
  lang: Language,
  originals: ReadonlyMap<string, PageVersion>,
): Promise<Map<string, TranslationEntry<K>>> {
  const key = `${kind}/${lang}`;
  let found = cache.get(key);
  if (!found) {
    found = getCollection(COLLECTION[kind]).then((entries) => {
      const mine = new Map<string, TranslationEntry<TranslatedKind>>();
      for (const entry of entries) {
        const { lang: code, slug } = splitTranslationId(entry.id);
        if (code === lang) mine.set(slug, entry);
      }
      const problems = findTranslationProblems({
        lang,
        kind,
        extension: EXTENSION[kind],
        originals: [...originals.keys()],
        translations: [...mine.keys()],
        untranslated: readUntranslated(lang)[kind],
      });
      for (const [slug, entry] of mine) {
        const english = originals.get(slug);
        const problem = english && impossibleVersion(english, entry.data.translatedFrom);
        if (problem) problems.push(`${entry.filePath ?? `content/${lang}/${kind}/${slug}`}: ${problem}`);
      }
      if (problems.length > 0) {
        throw new AstroError(
          `The ${lang} translations of content/${kind}/ have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
          'Each line names the file to change; src/lib/i18n/translations.ts says how translations are kept in step.',
        );
      }
      return mine;
    });
    cache.set(key, found);
  }
  return found as Promise<Map<string, TranslationEntry<K>>>;
}

/** The state of a translated page against its English page. */
export function stateOf(english: PageVersion, translation: { data: { translatedFrom: PageVersion } } | undefined): PageState {
  return translation ? translationState(english, translation.data.translatedFrom) : 'untranslated';
}

/** An English page's version, as translations record it. */
export function versionOf(data: { lastReviewed: Date; changes?: readonly unknown[] }): PageVersion {
  return { lastReviewed: data.lastReviewed, changes: data.changes?.length ?? 0 };
}
