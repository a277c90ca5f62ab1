/** /kb/<kbId>.txt: each article as a plain-text reply, for agents and scripts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFixes, type Fix } from '../../data/fixes';
import { replyTextOf } from '../../data/plain-text';
import { siteOf } from '#lib/links/site-url.ts';

export const getStaticPaths = (async () => {
  const fixes = await getFixes();
  return fixes.map((fix) => ({ params: { kbId: fix.data.kbId }, props: { fix } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ fix: Fix }> = async ({ props: { fix }, site }) =>
  new Response(await replyTextOf(fix, siteOf(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
