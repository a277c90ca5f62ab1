/**
 * URL shapes of the site. Every link to an article is built here, and the
 * link check maps pages back to their source files here, so the two agree.
 */

export const FIXES_PATH = '/fixes/';
export const SEARCH_PATH = '/search/';
export const ERRORS_PATH = '/errors/';
/** The reference of every Settings path the site uses, for agents. */
export const SETTINGS_PATHS_PATH = '/settings-paths/';

/** The permanent URL of an article. The slug is the article's file name. */
export function fixPath(slug: string): string {
  return `${FIXES_PATH}${slug}/`;
}

/** The source file an article page was built from, or undefined for other pages. */
export function sourceFileOfPage(pagePath: string): string | undefined {
  const match = /^\/fixes\/([^/]+)\/$/.exec(pagePath);
  return match ? `content/fixes/${match[1]}.mdx` : undefined;
}

/** A link to the search page with a query filled in. */
export function searchPath(query?: string): string {
  return query ? `${SEARCH_PATH}?q=${encodeURIComponent(query).replace(/%20/g, '+')}` : SEARCH_PATH;
}

/** The permanent short link of an article: it redirects to the article's current URL. */
export function kbPath(kbId: string): string {
  return `/kb/${kbId}/`;
}

/** The article as a plain-text reply, for agents and scripts. */
export function replyTextPath(kbId: string): string {
  return `/kb/${kbId}.txt`;
}

/** The page that explains one alert. */
export function errorPath(slug: string): string {
  return `${ERRORS_PATH}${slug}/`;
}
