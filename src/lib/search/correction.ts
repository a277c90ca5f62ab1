/**
 * When to correct a query's spelling, and whose results to show: Pagefind has
 * no typo tolerance, so a query that finds (almost) nothing is run through the
 * speller (did-you-mean.ts), and the correction is searched too.
 */

/** Fewer results than this and the speller is asked. */
export const FEW_RESULTS = 2;

export function wantsCorrection(resultCount: number, verbatim: boolean): boolean {
  return !verbatim && resultCount < FEW_RESULTS;
}

/**
 * The words the speller changed: ("icloud storge", "icloud storage") → ["storge"].
 * Both are compared word by word after the speller's own tokenizing.
 */
export function changedWords(typedWords: readonly string[], correctedWords: readonly string[]): string[] {
  return typedWords.filter((word, i) => correctedWords[i] !== undefined && correctedWords[i] !== word);
}

/**
 * How many results the typed words really found. Pagefind leaves out a word it
 * has never seen ("icloud storge" finds every page with "icloud"), so when a
 * word the speller corrected finds nothing on its own, the typed query found
 * nothing it asked for.
 */
export function typedResultCount(resultCount: number, unknownChangedWords: number): number {
  return unknownChangedWords > 0 ? 0 : resultCount;
}

export interface CorrectionChoice {
  /** Show the corrected query's results ("Showing results for …", with a link to the typed words). */
  showCorrected: boolean;
  /** Offer the correction as "Did you mean …?". */
  suggest: boolean;
}

/**
 * The typed query found `typedCount` results and the correction `correctedCount`.
 * The correction is shown when it finds more; it is only offered when it finds
 * something, but not more; it is dropped when it finds nothing.
 */
export function chooseCorrection(typedCount: number, correctedCount: number): CorrectionChoice {
  if (correctedCount === 0) return { showCorrected: false, suggest: false };
  if (correctedCount > typedCount) return { showCorrected: true, suggest: true };
  return { showCorrected: false, suggest: true };
}
