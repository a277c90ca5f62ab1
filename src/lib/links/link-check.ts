/**
 * Link integrity of the built site: every internal link must lead to a page
 * that exists, and every #fragment to an element id on that page.
 * Pure logic over already-extracted pages, so it is unit-tested without a build.
 */

export interface BuiltPage {
  /** The URL path the page is served at, e.g. "/fixes/update-ios/". */
  path: string;
  /** Raw href values of the page's links. */
  hrefs: string[];
  /** Every id attribute on the page. */
  ids: Set<string>;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const LOCAL_ORIGIN = 'http://site.invalid';

/**
 * Resolves an href against its page. Returns undefined for links that leave the
 * site (other origins, mailto:, tel:), which are reported elsewhere, not checked.
 */
export function resolveInternal(pagePath: string, href: string, siteOrigin?: string): { path: string; fragment: string } | undefined {
  const url = new URL(href, LOCAL_ORIGIN + pagePath);
  const isLocal = url.origin === LOCAL_ORIGIN || (siteOrigin !== undefined && url.origin === siteOrigin);
  if (!isLocal) return undefined;
  return { path: safeDecode(url.pathname), fragment: safeDecode(url.hash.slice(1)) };
}

/** Decodes %-escapes; a malformed one is kept as written, so the link is reported, not thrown on. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Finds broken internal links. `fileExists` answers for non-HTML files
 * (favicon, search assets) that are not in `pages`.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], fileExists: (path: string) => boolean, siteOrigin?: string): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      const target = resolveInternal(page.path, href, siteOrigin);
      if (!target) continue;
      const targetPage = byPath.get(target.path);
      if (!targetPage && !fileExists(target.path)) {
        broken.push({ page: page.path, href, reason: `${target.path} is not a page of this site` });
      } else if (target.fragment && !targetPage?.ids.has(target.fragment)) {
        broken.push({ page: page.path, href, reason: `${target.path} has no element with id "${target.fragment}"` });
      }
    }
  }
  return broken;
}

/** Links that leave the site, each with the pages that use it, sorted by URL. */
export function externalLinks(pages: readonly BuiltPage[], siteOrigin?: string): Map<string, string[]> {
  const external = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (resolveInternal(page.path, href, siteOrigin)) continue;
      const pagesUsing = external.get(href) ?? new Set<string>();
      pagesUsing.add(page.path);
      external.set(href, pagesUsing);
    }
  }
  return new Map([...external].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([href, paths]) => [href, [...paths].sort()]));
}
