/** Article bodies as Markdown syntax trees (mdast), for the checks and the plain-text reply. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The mdast of a Markdown body (the MDX files use no JSX), with GFM tables. */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}
