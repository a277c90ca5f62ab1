/**
 * What the after-build checks read from a built HTML page, with the hast
 * utilities: its link targets and element ids (the link check and the URL
 * ledger), where a redirect page sends readers, and whether it asks search
 * engines not to index it (the sitemap).
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { refreshTarget } from './redirects';

export interface PageFacts {
  /** Raw href values of the page's links (<a> and <area>), in document order. */
  hrefs: string[];
  /** Every id attribute on the page, inside <template> too. */
  ids: Set<string>;
  /** A redirect page's target, from its <meta http-equiv="refresh">. */
  redirectTo?: string | undefined;
}

function idsOf(tree: Root, ids: Set<string>): void {
  for (const element of selectAll('[id]', tree)) ids.add(String(element.properties.id));
  // A <template>'s content is a fragment of its own, which selectors do not enter.
  for (const template of selectAll('template', tree)) if (template.content) idsOf(template.content, ids);
}

export function pageFacts(html: string): PageFacts {
  const tree = fromHtml(html);
  const ids = new Set<string>();
  idsOf(tree, ids);
  const hrefs = selectAll('a[href], area[href]', tree).map((link) => String(link.properties.href));
  const refresh = select('meta[http-equiv="refresh" i][content]', tree);
  return { hrefs, ids, redirectTo: refresh ? refreshTarget(String(refresh.properties.content)) : undefined };
}

/** True when a <meta name="robots"> of this HTML says noindex (any attribute order, any case). Only the <head> is parsed. */
export function hasNoindex(html: string): boolean {
  const headEnd = html.search(/<\/head\s*>/i);
  const head = fromHtml(headEnd === -1 ? html : html.slice(0, headEnd));
  return selectAll('meta[name="robots" i][content]', head).some((meta) =>
    String(meta.properties.content)
      .toLowerCase()
      .split(/[\s,]+/)
      .includes('noindex'),
  );
}
