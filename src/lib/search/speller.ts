/**
 * The site's vocabulary and the "Did you mean" speller over it. Pagefind has
 * no typo tolerance, so a misspelt word is corrected, by edit distance, to the
 * closest word the articles use before it is searched. The build writes the
 * vocabulary (/search-vocabulary.json); search loads it only for a query that
 * needs it. Small and dependency-free: the speller ships to the browser.
 */

// ---------------------------------------------------------------------------
// Words

/** Words shorter than this are not worth correcting ("ip", "to"). */
const MIN_WORD_LENGTH = 3;

/**
 * A French elision apart from its word: "l'iPhone" → "l iPhone", "d’écran" → "d écran",
 * "qu'il" → "qu il". English contractions keep their apostrophe ("don't"): the
 * elided word must start the word.
 */
export function splitElisions(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/giu, '$1 ');
}

/** Lower-case words of a text: letters and digits, French elisions split off, other apostrophes dropped ("iphone's" → "iphones"). */
export function tokenize(text: string): string[] {
  return (
    splitElisions(text)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/**
 * Every word of the texts with its number of uses, most used first.
 * Numbers are left out: a typo in a number is not a typo we can fix.
 */
export function buildVocabulary(texts: readonly string[]): [word: string, count: number][] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (word.length < MIN_WORD_LENGTH || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// ---------------------------------------------------------------------------
// The speller: spelling correction against the site's vocabulary, by edit distance.

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours:
 * "storgae" → "storage" is one edit). Stops early past `max` and returns max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Rows are filled up to b.length before they are read; the fallback is for the type checker.
  const cell = (row: readonly number[], j: number) => row[j] ?? Number.POSITIVE_INFINITY;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(cell(previous, j) + 1, cell(current, j - 1) + 1, cell(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, cell(before, j - 2) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return cell(previous, b.length);
}

/** How many edits a word of this length may need: none for short words, 2 for long ones. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The closest vocabulary word, or the word itself when the site uses it.
 * Ties go to the more frequent word (the vocabulary is sorted by use).
 */
export function correctWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string>): string {
  if (word.length < MIN_WORD_LENGTH || known.has(word) || /^\d+$/.test(word)) return word;
  const max = allowedEdits(word);
  let best = word;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

export interface Speller {
  /**
   * The corrected query, or undefined when every word is already a site word
   * (or uncorrectable). Words in `keep` are left as they are.
   */
  suggest(query: string, keep?: ReadonlySet<string>): string | undefined;
}

/** A speller over a vocabulary list, most used words first. */
export function createSpeller(vocabulary: readonly string[]): Speller {
  const known = new Set(vocabulary);
  return {
    suggest(query, keep) {
      const words = tokenize(query);
      const corrected = words.map((word) => (keep?.has(word) ? word : correctWord(word, vocabulary, known)));
      return corrected.some((word, i) => word !== words[i]) ? corrected.join(' ') : undefined;
    },
  };
}

// ---------------------------------------------------------------------------
// The vocabulary file

/**
 * The vocabulary file the speller loads with search (made by
 * src/pages/search-vocabulary.json.ts): the site's words, most used first.
 */
export const VOCABULARY_PATH = '/search-vocabulary.json';

/** Enough for every word of a large site's articles; rarer words beyond it are unlikely search words. */
const MAX_VOCABULARY_WORDS = 5000;

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
  alertTexts?: readonly string[];
  /** The raw MDX body. */
  body?: string;
}

/** The texts of one article that go into the vocabulary. */
export function articleTexts({ title, description, aliases = [], alertTexts = [], body = '' }: VocabularySource): string[] {
  return [title, description, ...aliases, ...alertTexts, mdxText(body)];
}

/** The words of the articles, most used first, at most `max`. */
export function vocabularyList(sources: readonly VocabularySource[], max = MAX_VOCABULARY_WORDS): string[] {
  return buildVocabulary(sources.flatMap(articleTexts))
    .slice(0, max)
    .map(([word]) => word);
}
