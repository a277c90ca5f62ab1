/**
 * Links that must never break: each article's short link (/kb/<kbId>/) and
 * every slug it had before (/fixes/<former slug>/) lead to its current URL.
 * The build publishes them twice: as static redirect pages, which work on any
 * host, and as a _redirects file for hosts that serve real 301s.
 */
import { fixPath, kbPath } from './routes';

export interface RedirectSource {
  id: string;
  data: { kbId: string; formerSlugs: readonly string[] };
}

export interface Redirect {
  from: string;
  to: string;
}

export function redirectsFor(entries: readonly RedirectSource[]): Redirect[] {
  return entries.flatMap(({ id, data }) => [
    { from: kbPath(data.kbId), to: fixPath(id) },
    ...data.formerSlugs.map((slug) => ({ from: fixPath(slug), to: fixPath(id) })),
  ]);
}

/** Netlify / Cloudflare Pages syntax: "from to status", one rule a line. */
export function formatRedirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `${from} ${to} 301`).join('\n') + '\n';
}
