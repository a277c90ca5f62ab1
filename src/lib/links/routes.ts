/**
 * URL shapes of the site. Every link to an article is built here, and the
 * link check maps pages back to their source files here, so the two agree.
 */
import { KB_ID_PATTERN } from './kb-id.ts';
import { stepId } from '#lib/articles/steps.ts';
import { basePath, DEFAULT_LANGUAGE, languageOfPath, localizePath } from '#lib/i18n/languages.ts';

export const FIXES_PATH = '/fixes/';
export const SEARCH_PATH = '/search/';
export const ALERTS_PATH = '/errors/';
/** The troubleshooter's start question; the others are /troubleshoot/<question id>/. */
export const TROUBLESHOOT_PATH = '/troubleshoot/';
/** The reference of every Settings path the site uses, for agents. */
export const SETTINGS_PATHS_PATH = '/settings-paths/';

/** The permanent URL of an article. The slug is the article's file name. */
export function fixPath(slug: string): string {
  return `${FIXES_PATH}${slug}/`;
}

/** The source file an article page was built from, or undefined for other pages. */
export function sourceFileOfPage(pagePath: string): string | undefined {
  const lang = languageOfPath(pagePath);
  const folder = lang === DEFAULT_LANGUAGE ? 'content' : `content/${lang}`;
  const fix = /^\/fixes\/([^/]+)\/$/.exec(basePath(pagePath));
  if (fix) return `${folder}/fixes/${fix[1]}.mdx`;
  const alert = /^\/errors\/([^/]+)\/$/.exec(basePath(pagePath));
  return alert ? `${folder}/alerts/${alert[1]}.md` : undefined;
}

/** The permanent short link of an article: it redirects to the article's current URL. */
export function kbPath(kbId: string): string {
  return `/kb/${kbId}/`;
}

/** The article as a plain-text reply, for agents and scripts. */
export function replyTextPath(kbId: string): string {
  return `/kb/${kbId}.txt`;
}

/** A troubleshooter question's page: /troubleshoot/ for the start question, else /troubleshoot/<id>/. */
export function questionPath(question: { id: string; data: { start?: boolean | undefined } }): string {
  return question.data.start ? TROUBLESHOOT_PATH : questionIdPath(question.id);
}

/** The path a question id names as a page of its own: /troubleshoot/<id>/ (a former id redirects from here). */
export function questionIdPath(id: string): string {
  return `${TROUBLESHOOT_PATH}${id}/`;
}

/** The result page of an answer that recommends a fix: /troubleshoot/<question id>/<answer id>/. */
export function resultPath(questionId: string, answerId: string): string {
  return `${TROUBLESHOOT_PATH}${questionId}/${answerId}/`;
}

/** The page that explains one alert. */
export function alertPath(slug: string): string {
  return `${ALERTS_PATH}${slug}/`;
}

/** The page that explains one alert, as plain text. */
export function alertTextPath(slug: string): string {
  return `${ALERTS_PATH}${slug}.txt`;
}

/** The permanent link to one step of an article: its short link and the step's #fragment. */
export function stepLinkPath(kbId: string, step: number): string {
  return `${kbPath(kbId)}#${stepId(step)}`;
}

// ---- Files for machines -------------------------------------------------------

/** The sitemap's index, which robots.txt names. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The versioned JSON API. A breaking change gets a new version folder; v1 only ever gains fields. */
const API_PATH = '/api/v1/';

/** Every fix, in path order. */
export const API_FIXES_PATH = `${API_PATH}fixes.json`;

/** Every alert, with the fixes for it. */
export const API_ALERTS_PATH = `${API_PATH}alerts.json`;

/** The folder of the per-fix files. */
export const API_FIX_FOLDER = `${API_PATH}fixes/`;

/** One fix, as in API_FIXES_PATH. */
export function apiFixPath(slug: string): string {
  return `${API_FIX_FOLDER}${slug}.json`;
}

/** The names of the API's JSON Schemas, each published beside the files it describes. */
export const API_SCHEMA_NAMES = ['fixes', 'fix', 'alerts'] as const;
export type ApiSchemaName = (typeof API_SCHEMA_NAMES)[number];

/** The JSON Schema of an API file: /api/v1/<name>.schema.json. */
export function apiSchemaPath(name: ApiSchemaName): string {
  return `${API_PATH}${name}.schema.json`;
}

/** The feed of changes (RSS 2.0). */
export const FEED_PATH = '/feed.xml';
/** The llmstxt.org index, and the whole knowledge base as one plain-text file. */
const LLMS_PATH = '/llms.txt';
export const LLMS_FULL_PATH = '/llms-full.txt';
/** The OpenSearch description, so a browser can add the site as a search engine. */
export const OPENSEARCH_PATH = '/opensearch.xml';

// ---- Reading URLs back ----------------------------------------------------------

// The 404 page's script reads kbIds from its own module: shared with the search code, this one
// would be split by the bundler into a file of its own, one more round trip for the first search.
export { kbIdInPath } from './kb-id.ts';

/** A slug: lower-case words joined by hyphens, such as check-icloud-storage. The one place the shape is written. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Made when asked, not at load: a bundle that reads none of these (the search code) then leaves
// kb-id.ts out, so the 404 page's script stays the only one that loads it (see the re-export above).
const shortLinkPattern = () => new RegExp('^/kb/(' + KB_ID_PATTERN + ')/$');
const replyFilePattern = () => new RegExp('^/kb/(' + KB_ID_PATTERN + ')\\.txt$');

/** The kbId of a short link's path (/kb/icb-102/), or undefined for any other path. */
export function kbIdOfShortLink(path: string): string | undefined {
  return shortLinkPattern().exec(basePath(path))?.[1];
}

/**
 * The page a plain-text or JSON file is a version of (/kb/icb-102.txt → the
 * short link /kb/icb-102/; /api/v1/fixes/a.json → /fixes/a/;
 * /errors/a.txt → /errors/a/); any other path is its own page.
 */
export function pageOfFile(path: string): string {
  const lang = languageOfPath(path);
  const base = basePath(path);
  const reply = replyFilePattern().exec(base);
  if (reply?.[1]) return localizePath(kbPath(reply[1]), lang);
  const api = /^\/api\/v1\/fixes\/([^/]+)\.json$/.exec(base);
  if (api?.[1]) return fixPath(api[1]);
  const alertText = /^\/errors\/([^/]+)\.txt$/.exec(base);
  if (alertText?.[1]) return localizePath(alertPath(alertText[1]), lang);
  return path;
}

/** The kinds of public URL the published-URL ledger records (src/lib/links/url-ledger.ts). */
export const URL_KINDS = ['page', 'fix', 'alert', 'troubleshooter', 'short-link', 'step', 'reply', 'alert-text', 'api', 'machine'] as const;
export type UrlKind = (typeof URL_KINDS)[number];

const MACHINE_FILES: ReadonlySet<string> = new Set([FEED_PATH, LLMS_PATH, LLMS_FULL_PATH, OPENSEARCH_PATH]);

/**
 * What kind of public URL a built path is, or undefined for what nobody links
 * to (assets, the search index, the 404 page, robots.txt, sitemaps, host
 * config). Every other HTML page is at least a "page", so a new section is
 * recorded without a change here. Steps (#step-N) are added by the ledger.
 * A page in another language (/fr/fixes/…) is of the same kind as in English.
 */
export function urlKindOf(fullPath: string): UrlKind | undefined {
  const path = basePath(fullPath);
  if (path.endsWith('/')) {
    if (/^\/fixes\/[^/]+\/$/.test(path)) return 'fix';
    if (/^\/errors\/[^/]+\/$/.test(path)) return 'alert';
    if (kbIdOfShortLink(path)) return 'short-link';
    if (path.startsWith(TROUBLESHOOT_PATH)) return 'troubleshooter';
    if (path.startsWith('/_astro/') || path.startsWith('/pagefind/')) return undefined;
    return 'page';
  }
  if (replyFilePattern().test(path)) return 'reply';
  if (/^\/errors\/[^/]+\.txt$/.test(path)) return 'alert-text';
  if (path.startsWith(API_PATH) && path.endsWith('.json')) return 'api';
  if (MACHINE_FILES.has(path)) return 'machine';
  return undefined;
}
