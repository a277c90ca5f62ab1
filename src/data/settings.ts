/**
 * The Settings vocabulary for pages: the collection as a checked tree, and
 * each article's and alert's body with its Settings paths resolved (parsed
 * once, for the plain-text reply, the alert check and /settings-paths/).
 */
import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import type { IosRange } from '#lib/settings/ios-version.ts';
import { parseMarkdown } from '#lib/articles/markdown.ts';
import { resolveMentions, type Mention } from '#lib/settings/settings-mentions.ts';
import { createVocabulary, entriesIn, type Vocabulary } from '#lib/settings/settings-vocabulary.ts';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';

const vocabularies = new Map<Language, Promise<Vocabulary>>();

/** The vocabulary of content/settings/vocabulary.yaml, with the labels of `lang`. Fails the build if it is not a valid tree. */
export function getVocabulary(lang: Language = DEFAULT_LANGUAGE): Promise<Vocabulary> {
  let vocabulary = vocabularies.get(lang);
  if (!vocabulary) {
    vocabulary = getCollection('settings').then((entries) =>
      createVocabulary(
        entriesIn(
          entries.map((entry) => entry.data),
          lang,
        ),
        lang,
      ),
    );
    vocabularies.set(lang, vocabulary);
  }
  return vocabulary;
}

export interface ResolvedBody {
  /** The body as a Markdown tree, its paths and controls annotated. */
  tree: Root;
  mentions: Mention[];
}

/** An article or alert: its body, its file, and the iOS versions its paths are for. */
interface Document {
  collection: string;
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
}

const bodies = new Map<string, Promise<ResolvedBody>>();

/**
 * A body with its Settings paths resolved for `range` (an article's
 * appliesTo; alerts: COVERED_IOS) in the labels of `lang`, parsed once per
 * build. Throws like the page build does, naming the file.
 */
export function getResolvedBody(document: Document, range: IosRange, lang: Language = DEFAULT_LANGUAGE): Promise<ResolvedBody> {
  const key = `${document.collection}/${document.id}`;
  let body = bodies.get(key);
  if (!body) {
    body = getVocabulary(lang).then((words) => {
      const tree = parseMarkdown(document.body ?? '');
      return { tree, mentions: resolveMentions(tree, words, range, document.filePath ?? key, lang) };
    });
    bodies.set(key, body);
  }
  return body;
}
