/** /opensearch.xml: lets a browser add the site as a search engine that opens /search/?q=… */
import type { APIRoute } from 'astro';
import { openSearchDescription } from '#lib/outputs/opensearch.ts';
import { OPENSEARCH_PATH } from '#lib/links/routes.ts';
import { SITE_NAME, SITE_SHORT_NAME } from '#lib/site.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    openSearchDescription({
      name: SITE_NAME,
      shortName: SITE_SHORT_NAME,
      description: `Search ${SITE_NAME}: fixes and alerts for an iPhone that won't back up to iCloud.`,
      origin: siteOf(site).origin,
      selfPath: OPENSEARCH_PATH,
      iconPath: '/favicon.ico',
    }),
    { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
