/**
 * The vocabulary file the speller loads with search (/search-vocabulary.json,
 * made by src/pages/search-vocabulary.json.ts): the site's words, most used first.
 */
import { buildVocabulary } from './vocabulary';

export const VOCABULARY_PATH = '/search-vocabulary.json';

/** Enough for every word of a large site's articles; rarer words beyond it are unlikely search words. */
export const MAX_VOCABULARY_WORDS = 5000;

/** The readable text of an MDX body: no import/export lines, tags, expressions or link targets. */
export function mdxText(body: string): string {
  return body
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}

export interface VocabularySource {
  title: string;
  description: string;
  aliases?: readonly string[];
  errorMessages?: readonly string[];
  /** The raw MDX body. */
  body?: string;
}

/** The texts of one article that go into the vocabulary. */
export function articleTexts({ title, description, aliases = [], errorMessages = [], body = '' }: VocabularySource): string[] {
  return [title, description, ...aliases, ...errorMessages, mdxText(body)];
}

/** The words of the articles, most used first, at most `max`. */
export function vocabularyList(sources: readonly VocabularySource[], max = MAX_VOCABULARY_WORDS): string[] {
  return buildVocabulary(sources.flatMap(articleTexts))
    .slice(0, max)
    .map(([word]) => word);
}
