/**
 * The site's public URL, from one setting: the SITE_URL environment variable.
 * Canonical links, Open Graph URLs, JSON-LD, the sitemap and robots.txt all use it.
 */

/** Where `npm start` serves the site, so a local build's absolute URLs work. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The origin of SITE_URL (or the default), without a trailing slash. Throws on a bad value. */
export function resolveSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://help.example.com, not ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, not ${JSON.stringify(value)}.`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin with no path, query or #fragment, such as https://help.example.com, not ${JSON.stringify(value)}.`,
    );
  }
  return url.origin;
}

/** The `site` an endpoint gets: always set in this project (astro.config.mjs), so a missing one is a setup error. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs has no `site`: set it from SITE_URL (see src/lib/links/site-url.ts).');
  return site;
}
