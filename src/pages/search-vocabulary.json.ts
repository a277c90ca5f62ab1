/**
 * /search-vocabulary.json: the articles' words, most used first, for the
 * "Did you mean …?" speller. Made at build time; loaded only with search.
 */
import type { APIRoute } from 'astro';
import { getAlertsForFix } from '../data/alerts';
import { getFixes } from '../data/fixes';
import { vocabularyList } from '#lib/search/speller.ts';

export const GET: APIRoute = async () => {
  const fixes = await getFixes();
  const sources = await Promise.all(
    fixes.map(async (fix) => ({
      ...fix.data,
      alertTexts: (await getAlertsForFix(fix)).map((alert) => alert.data.text),
      body: fix.body ?? '',
    })),
  );
  const words = vocabularyList(sources);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
