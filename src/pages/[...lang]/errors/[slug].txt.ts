/**
 * /errors/<slug>.txt: each alert page as plain text, for agents and scripts.
 * A renamed alert's text is published under each former slug too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedAlerts, type Alert } from '../../../data/alerts';
import { languageParam } from '#lib/i18n/languages.ts';
import { getLanguages } from '../../../data/languages';
import { alertTextOf } from '../../../data/plain-text';
import { siteOf } from '#lib/links/site-url.ts';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    getLanguages().map(async (lang) =>
      (await getPublishedAlerts(lang)).flatMap((alert) =>
        [alert.id, ...alert.data.formerSlugs].map((slug) => ({ params: { ...languageParam(lang), slug }, props: { alert } })),
      ),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ alert: Alert }> = async ({ props: { alert }, site }) =>
  new Response(await alertTextOf(alert, siteOf(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
