/**
 * /search-vocabulary.json: the articles' words, most used first, for the
 * "Did you mean …?" speller. Made at build time; loaded only with search.
 */
import type { APIRoute } from 'astro';
import { getAlertsForFix } from '../../data/alerts';
import { getFixes } from '../../data/fixes';
import { vocabularyList } from '#lib/search/speller.ts';
import { languageOf } from '#lib/i18n/languages.ts';
import { getLanguageParams } from '../../data/languages';

export function getStaticPaths() {
  return getLanguageParams().map((params) => ({ params }));
}

/** One list per language, /search-vocabulary.json and /fr/search-vocabulary.json: each speller suggests words of its own pages. */
export const GET: APIRoute = async ({ params }) => {
  const fixes = (await getFixes(languageOf(params.lang))).filter((fix) => fix.state !== 'untranslated');
  const sources = await Promise.all(
    fixes.map(async (fix) => ({
      ...fix.data,
      alertTexts: (await getAlertsForFix(fix)).map((alert) => alert.data.text),
      body: fix.page.body ?? '',
    })),
  );
  const words = vocabularyList(sources);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
