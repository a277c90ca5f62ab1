/**
 * Which pages e2e/page-sweep.spec.ts visits in the gate tier, and which of
 * them get which axe run. Every sitemap page, the search page with results and
 * the 404 page are swept; the gate takes covering samples (./tiers.ts), the
 * full tier (@full) the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { attr, elementsOutsideTemplates, parseHtml } from './html.ts';
import { fileForUrlPath, pageSignatures, readDist, sitemapArticlePaths, sitemapPaths, sitemapSample } from './dist.ts';
import { NOT_FOUND_PATH } from './site-constants.ts';
import { coveringSample } from './tiers.ts';

/** The search page with results: its result list is drawn by script, so it is in every sample. */
export const SEARCH_WITH_RESULTS = '/search/?q=storage';

/** Every page the sweep visits: the sitemap's, the search page with results, the 404 page. */
export const sweepPages: readonly string[] = [...sitemapPaths(), SEARCH_WITH_RESULTS, NOT_FOUND_PATH];

/**
 * The pages every setting's checks visit in the gate: the sitemap's covering
 * sample, by route and by element (tag, and tag.class), so every kind of page
 * and every kind of element in the site is visited; and the two pages drawn
 * by what happens at run time (search results, the 404 answer).
 */
export const gateSample: readonly string[] = [...sitemapSample(), SEARCH_WITH_RESULTS, NOT_FOUND_PATH];

/**
 * One page of each route in the gate sample, with the two pages drawn at run
 * time: for the checks of what a route's template and scripts do, the same
 * on every page of the route (the skip link; the layout without JavaScript,
 * which differs from the one with it only where a template's script changes
 * the page).
 */
export const routeSample: readonly string[] = [
  ...coveringSample(sitemapSample(), (path) => pageSignatures(path).filter((s) => s.startsWith('route:'))),
  SEARCH_WITH_RESULTS,
  NOT_FOUND_PATH,
];

/**
 * The pages axe checks in the gate in the light scheme (every WCAG A/AA
 * rule): a smaller covering sample, by element alone (axe's findings belong
 * to elements, not routes), the most new kinds per byte first
 * (cheapestCover), so a new kind of element pulls its page in. The full tier
 * runs axe on every other page.
 */
export const axeSample: readonly string[] = (() => {
  const elementKinds = new Map(sitemapSample().map((path) => [path, new Set(pageSignatures(path).filter((s) => !s.startsWith('route:')))]));
  return [...cheapestCover(elementKinds), SEARCH_WITH_RESULTS, NOT_FOUND_PATH];
})();

const STYLESHEET = path.resolve(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css');

/** A colour property in a CSS declaration block. */
const COLOUR_PROPERTY =
  /(^|[\s;{])(color|background(-color)?|border(-(top|right|bottom|left))?(-color)?|outline(-color)?|fill|stroke|text-decoration(-color)?|box-shadow|caret-color|accent-color)\s*:/;

/**
 * The classes and tags the stylesheet gives a colour: the selectors of every
 * rule that sets one. The dark scheme only swaps colour custom properties, so
 * these are the elements whose look it changes.
 */
function colouredKinds(): { classes: Set<string>; tags: Set<string> } {
  const css = fs.readFileSync(STYLESHEET, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const classes = new Set<string>();
  const tags = new Set<string>();
  for (const [, selectors = '', declarations = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!COLOUR_PROPERTY.test(declarations)) continue;
    for (const [, name = ''] of selectors.matchAll(/\.([a-zA-Z][\w-]*)/g)) classes.add(name);
    for (const [, tag = ''] of selectors.matchAll(/(?:^|[\s>+~(,])([a-z][a-z0-9]*)(?=[.:#[\s>+~,)]|$)/g)) tags.add(tag);
  }
  return { classes, tags };
}

/**
 * The pages axe checks in the dark scheme in the gate (the colour rules): of
 * the sitemap's sample, pages that hold every kind of element the stylesheet
 * colours, the most new kinds per byte first (cheapestCover), so a new
 * coloured kind pulls its page in; with the
 * search results and the 404 page, drawn at run time. The full tier runs
 * the dark scheme on every other page.
 */
export const darkAxeSample: readonly string[] = (() => {
  const { classes, tags } = colouredKinds();
  const coloured = (signature: string) => {
    const [tag = '', name] = signature.split('.');
    return name === undefined ? tags.has(tag) : classes.has(name);
  };
  const kinds = new Map(
    sitemapSample().map((path) => [path, new Set(pageSignatures(path).filter((s) => !s.startsWith('route:') && coloured(s)))]),
  );
  return [...cheapestCover(kinds), SEARCH_WITH_RESULTS, NOT_FOUND_PATH];
})();

/**
 * A covering sample that costs little to check: greedy, each time the page
 * with the most kinds not yet covered per byte of HTML (axe's time grows
 * with the page), until every kind is covered.
 */
function cheapestCover(kinds: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const bytes = new Map([...kinds.keys()].map((path) => [path, readDist(fileForUrlPath(path)).length]));
  const left = new Set([...kinds.values()].flatMap((set) => [...set]));
  const sample: string[] = [];
  while (left.size > 0) {
    const gain = (path: string) => [...(kinds.get(path) ?? [])].filter((kind) => left.has(kind)).length / (bytes.get(path) ?? 1);
    const [best] = [...kinds.keys()].filter((path) => !sample.includes(path)).sort((a, b) => gain(b) - gain(a) || a.localeCompare(b));
    if (!best) break;
    sample.push(best);
    for (const kind of kinds.get(best) ?? []) left.delete(kind);
  }
  return sample;
}

/** The kinds of thing Tab stops at in a built page: tag and classes, and for links where they go (same page, site, elsewhere). */
function focusableKinds(urlPath: string): Set<string> {
  const document = parseHtml(readDist(fileForUrlPath(urlPath)));
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
  return new Set(
    elementsOutsideTemplates(document, selector).map((el) => {
      const href = attr(el, 'href');
      const where = href === undefined ? '' : href.startsWith('#') ? ' #' : /^https?:/.test(href) ? ' external' : ' site';
      const rel = attr(el, 'rel') ? ` rel=${attr(el, 'rel')}` : '';
      return `${el.tagName}.${(attr(el, 'class') ?? '').split(/\s+/).sort().join('.')}${where}${rel}`;
    }),
  );
}

/**
 * The article the gate walks with Tab: of those with a Next link, the one
 * with the most kinds of focusable thing. The full tier walks the others.
 */
export const tabWalkArticle: string = (() => {
  const candidates = sitemapArticlePaths().map((path) => ({ path, kinds: focusableKinds(path) }));
  const withNext = candidates.filter((c) => [...c.kinds].some((kind) => kind.includes('rel=next')));
  const [best] = (withNext.length > 0 ? withNext : candidates).sort((a, b) => b.kinds.size - a.kinds.size);
  if (!best) throw new Error('the sitemap has no article page to walk with Tab');
  return best.path;
})();
