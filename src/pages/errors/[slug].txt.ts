/**
 * /errors/<slug>.txt: each alert page as plain text, for agents and scripts.
 * A renamed alert's text is published under each former slug too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAlerts, type Alert } from '../../data/alerts';
import { alertTextOf } from '../../data/plain-text';
import { siteOf } from '#lib/links/site-url.ts';

export const getStaticPaths = (async () => {
  const alerts = await getAlerts();
  return alerts.flatMap((alert) => [alert.id, ...alert.data.formerSlugs].map((slug) => ({ params: { slug }, props: { alert } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ alert: Alert }> = async ({ props: { alert }, site }) =>
  new Response(await alertTextOf(alert, siteOf(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
