/** /llms-full.txt: the whole knowledge base as plain text, from the same converter as the replies. */
import type { APIRoute } from 'astro';
import { getAlerts } from '../data/alerts';
import { getFixes } from '../data/fixes';
import { alertTextOf, fullTextOf } from '../data/plain-text';
import { formatLlmsFull } from '#lib/outputs/llms.ts';
import { alertPath, fixPath } from '#lib/links/routes.ts';
import { SITE_NAME, SITE_SUMMARY } from '#lib/site.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const at = siteOf(site);
  const [fixes, alerts] = await Promise.all([getFixes(), getAlerts()]);
  const documents = [
    ...(await Promise.all(fixes.map(async (fix) => ({ url: new URL(fixPath(fix.id), at).href, text: await fullTextOf(fix, at) })))),
    ...(await Promise.all(
      alerts.map(async (alert) => ({ url: new URL(alertPath(alert.id), at).href, text: await alertTextOf(alert, at) })),
    )),
  ];
  return new Response(formatLlmsFull(SITE_NAME, SITE_SUMMARY, documents), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
