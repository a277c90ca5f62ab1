/**
 * The Settings vocabulary for pages: the collection as a checked tree, and
 * each article's body with its Settings paths resolved (parsed once, for the
 * plain-text reply and for /settings-paths/).
 */
import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import { parseMarkdown, resolveMentions, type Mention } from '../lib/settings-mentions';
import { createVocabulary, type Vocabulary } from '../lib/settings-vocabulary';
import type { Fix } from './fixes';

let vocabulary: Promise<Vocabulary> | undefined;

/** The vocabulary of content/settings/vocabulary.yaml. Fails the build if it is not a valid tree. */
export function getVocabulary(): Promise<Vocabulary> {
  vocabulary ??= getCollection('settings').then((entries) => createVocabulary(entries.map((entry) => entry.data)));
  return vocabulary;
}

export interface ResolvedBody {
  /** The body as Markdown tree, its paths and controls annotated. */
  tree: Root;
  mentions: Mention[];
}

const bodies = new Map<string, Promise<ResolvedBody>>();

/** An article's body, its Settings paths resolved for its appliesTo. Throws like the page build does. */
export function getResolvedBody(fix: Fix): Promise<ResolvedBody> {
  let body = bodies.get(fix.id);
  if (!body) {
    body = getVocabulary().then((words) => {
      const tree = parseMarkdown(fix.body ?? '');
      return { tree, mentions: resolveMentions(tree, words, fix.data.appliesTo, fix.filePath ?? fix.id) };
    });
    bodies.set(fix.id, body);
  }
  return body;
}
