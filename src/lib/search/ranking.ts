/**
 * How Pagefind ranks and excerpts results, in one place. Measured with
 * e2e/search-eval.spec.ts over shared/search-eval/queries.json; change
 * a number only with the hit rate before and after.
 *
 * Ranking stays at Pagefind's BM25 defaults (termFrequency 1, termSaturation
 * 1.4, pageLength 0.75, termSimilarity 1, title meta weight 5): with the
 * articles' weighted title (10), alert texts (8) and aliases (6), the eval set
 * scores 16/16 in the top three and 13/16 first, and none of termSaturation
 * 0.8 or 1.1, pageLength 0.25 or 0.5, termFrequency 0.5 or a title weight of 8
 * changed a single rank (2026-11-25, 7 articles and 6 alert pages).
 */
import type { PagefindOptions } from './pagefind-types';

export const SEARCH_OPTIONS: PagefindOptions = {
  // Words around a match: a line in the dialog, two on narrow screens.
  excerptLength: 24,
};
