import type { APIRoute } from 'astro';
import { SITEMAP_INDEX_PATH } from '#lib/links/routes.ts';

/** Everything may be crawled; the sitemap lists every page but the 404 page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX_PATH, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
