/**
 * A plain-text reply or API file whose article the published-URL ledger marks
 * gone: a small file of the same type that says where it went, so a script
 * gets an answer rather than a 404 (the 301 in _redirects does the same on
 * hosts that read it). Pages that went are redirect pages ([...redirect].astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRedirects, isPageRedirect, type SiteRedirect } from '../data/redirects';
import { goneFileBody } from '#lib/outputs/api.ts';

export const getStaticPaths = (async () => {
  const { all } = await getRedirects();
  return all
    .filter((redirect) => !isPageRedirect(redirect))
    .map((redirect) => ({ params: { goneFile: redirect.from.slice(1) }, props: { redirect } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ redirect: SiteRedirect }> = ({ props: { redirect }, site }) => {
  const { body, contentType } = goneFileBody(redirect.from, new URL(redirect.to, site).href, redirect.goneNote ?? '');
  return new Response(body, { headers: { 'Content-Type': contentType } });
};
