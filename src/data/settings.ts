/**
 * The Settings vocabulary for pages: the collection as a checked tree.
 */
import { getCollection } from 'astro:content';
import { createVocabulary, type Vocabulary } from '../lib/settings-vocabulary';

let vocabulary: Promise<Vocabulary> | undefined;

/** The vocabulary of content/settings/vocabulary.yaml. Fails the build if it is not a valid tree. */
export function getVocabulary(): Promise<Vocabulary> {
  vocabulary ??= getCollection('settings').then((entries) => createVocabulary(entries.map((entry) => entry.data)));
  return vocabulary;
}
