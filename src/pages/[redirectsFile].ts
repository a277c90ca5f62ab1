/**
 * dist/_redirects: the short links and former slugs as real 301s, for hosts
 * that read this file (Netlify, Cloudflare Pages). Astro skips page files whose
 * names start with "_", so the name comes in as a route parameter.
 */
import type { APIRoute } from 'astro';
import { getFixes } from '../data/fixes';
import { formatRedirectsFile, redirectsFor } from '../lib/redirects';

export const getStaticPaths = () => [{ params: { redirectsFile: '_redirects' } }];

export const GET: APIRoute = async () =>
  new Response(formatRedirectsFile(redirectsFor(await getFixes())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
