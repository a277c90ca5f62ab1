/**
 * /api/v1/fixes/<slug>.json: one fix. A renamed article's file is published
 * under each former slug too, so a script that saved the old address keeps
 * working (the entry's url and slug are the current ones).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFixEntries } from '../../../../data/api';
import { getFixes } from '../../../../data/fixes';
import { apiJson, fixFileOf } from '#lib/outputs/api.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const getStaticPaths = (async () => {
  const fixes = await getFixes();
  return fixes.flatMap((fix) => [fix.id, ...fix.data.formerSlugs].map((slug) => ({ params: { slug }, props: { id: fix.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props: { id }, site }) => {
  const entry = (await getFixEntries(siteOf(site))).find((fix) => fix.slug === id);
  if (!entry) throw new Error(`No API entry for content/fixes/${id}.mdx.`);
  return apiJson(fixFileOf(entry, siteOf(site)));
};
