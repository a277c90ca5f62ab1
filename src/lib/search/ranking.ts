/**
 * How Pagefind ranks and excerpts results, in one place. Measured with
 * e2e/search-eval.spec.ts over shared/search-eval/ (queries.json and
 * questions.json); change a number only with the hit rates before and after.
 *
 * BM25 as Pagefind ships it (termFrequency 1, termSaturation 1.4,
 * termSimilarity 1, title meta weight 5), except pageLength: 0.35 instead of
 * 0.75. Alert pages are short and name their topic in their title, so at 0.75
 * a topic word ("storage", "wifi", "account") put the alert page above the fix
 * that treats the topic; at 0.35 the fix comes first, and a pasted alert text
 * still finds the alert's page first (its quoted text weighs 10). Below 0.35
 * the short troubleshooter page fell out of the top three for generic
 * questions ("iphone backup not working"). Measured 2026-12-01 on 10
 * articles, 6 alert pages and the troubleshooter's start page: both sets
 * 27/27 in the top three at 0.75, 0.5, 0.35 and 0.25; only the topic words
 * and the generic questions told them apart.
 *
 * The element weights are set on the pages: article titles 10, alert texts 8
 * on articles and 10 on the alert's own page (whose title, the alert's short
 * name, weighs 5), "Also known as" words 6, the troubleshooter's lead line 10.
 */
import type { PagefindOptions } from './pagefind-types';

export const SEARCH_OPTIONS: PagefindOptions = {
  // Words around a match: a line in the dialog, two on narrow screens.
  excerptLength: 24,
  ranking: { pageLength: 0.35 },
};
