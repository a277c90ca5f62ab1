/** /kb/<kbId>.txt: each article as a plain-text reply, for agents and scripts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFixes, type Fix } from '../../data/fixes';
import { getResolvedBody } from '../../data/settings';
import { articleToReplyText } from '../../lib/reply-text';
import { kbPath } from '../../lib/routes';

export const getStaticPaths = (async () => {
  const fixes = await getFixes();
  return fixes.map((fix) => ({ params: { kbId: fix.data.kbId }, props: { fix } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ fix: Fix }> = async ({ props: { fix }, site }) => {
  const text = articleToReplyText({
    title: fix.data.title,
    description: fix.data.description,
    tree: (await getResolvedBody(fix, fix.data.appliesTo)).tree,
    shortUrl: new URL(kbPath(fix.data.kbId), site).href,
    siteUrl: site!.origin,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
