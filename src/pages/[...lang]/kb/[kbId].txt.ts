/** /kb/<kbId>.txt: each article as a plain-text reply, for agents and scripts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedFixes, type Fix } from '../../../data/fixes';
import { languageParam } from '#lib/i18n/languages.ts';
import { getLanguages } from '../../../data/languages';
import { replyTextOf } from '../../../data/plain-text';
import { siteOf } from '#lib/links/site-url.ts';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    getLanguages().map(async (lang) =>
      (await getPublishedFixes(lang)).map((fix) => ({ params: { ...languageParam(lang), kbId: fix.data.kbId }, props: { fix } })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ fix: Fix }> = async ({ props: { fix }, site }) =>
  new Response(await replyTextOf(fix, siteOf(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
