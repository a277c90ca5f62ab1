/**
 * dist/_redirects: every redirect as a real 301, for hosts that read this file
 * (Netlify, Cloudflare Pages), with the case and slash variants of the short
 * links. Astro skips page files whose names start with "_", so the name comes
 * in as a route parameter.
 */
import type { APIRoute } from 'astro';
import { getRedirects } from '../data/redirects';
import { formatRedirectsFile } from '#lib/links/redirects.ts';

export const getStaticPaths = () => [{ params: { redirectsFile: '_redirects' } }];

export const GET: APIRoute = async () =>
  new Response(formatRedirectsFile((await getRedirects()).rules), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
