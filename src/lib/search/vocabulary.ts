/**
 * The site's own vocabulary, made at build time, for "Did you mean …?".
 * Pagefind has no typo tolerance, so a misspelt word is corrected to the
 * closest word the articles actually use before it is searched.
 */

/** Words shorter than this are not worth correcting ("ip", "to"). */
export const MIN_WORD_LENGTH = 3;

/** Lower-case words of a text: letters and digits, apostrophes dropped ("iphone's" → "iphones"). */
export function tokenize(text: string): string[] {
  return (
    text
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
