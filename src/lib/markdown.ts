/**
 * Article bodies as Markdown syntax trees (mdast), for the checks and the
 * plain-text reply. Sätteri, the parser that compiles the pages, builds the
 * tree natively, about twelve times faster than remark; markdown.test.ts
 * checks that every body gives the tree remark and remark-gfm give.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/** The mdast of a Markdown body (the MDX files use no JSX), with GFM tables. No positions: nothing reads them. */
export function parseMarkdown(body: string): Root {
  // Sätteri's MdastNode type is looser than @types/mdast; the tree is the same shape.
  return markdownToMdast(body, { features: { gfm: true, frontmatter: false }, position: false }) as Root;
}
