/**
 * Spelling correction against the site's vocabulary, by edit distance.
 * Small and dependency-free: it ships to the browser with search.
 */
import { MIN_WORD_LENGTH, tokenize } from './vocabulary';

/**
 * Optimal string alignment distance (Levenshtein plus swapped neighbours:
 * "storgae" → "storage" is one edit). Stops early past `max` and returns max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
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
