/** The table of contents of an article, built from its rendered headings. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** h2s as entries, each with its h3s nested; other levels are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) toc.push({ slug, text, children: [] });
    else if (depth === 3) {
      const parent = toc.at(-1);
      // An h3 before any h2 has no section to belong to: list it at the top level.
      if (parent) parent.children.push({ slug, text, children: [] });
      else toc.push({ slug, text, children: [] });
    }
  }
  return toc;
}
