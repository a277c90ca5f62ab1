/**
 * Article bodies as Markdown syntax trees (mdast), for the checks and the
 * plain-text reply. Sätteri, the parser that compiles the pages, builds the
 * tree natively, about twelve times faster than remark; markdown.test.ts
 * checks that every body gives the tree remark and remark-gfm give.
 */
import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/** The mdast of a Markdown body (the MDX files use no JSX), with GFM tables. No positions: nothing reads them. */
export function parseMarkdown(body: string): Root {
  // Sätteri's MdastNode type is looser than @types/mdast; the tree is the same shape.
  return markdownToMdast(body, { features: { gfm: true, frontmatter: false }, position: false }) as Root;
}

/** Every link target under a node, in document order (the safety-net rule and the plain-text warnings read them). */
export function linkUrls(node: Nodes): string[] {
  if (node.type === 'link') return [node.url, ...node.children.flatMap(linkUrls)];
  return 'children' in node ? node.children.flatMap((child) => linkUrls(child as Nodes)) : [];
}
