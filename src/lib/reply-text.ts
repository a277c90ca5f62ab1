/**
 * An article as a plain-text reply an agent can paste into a ticket: the
 * title, the numbered steps with their Settings paths, and the short link.
 * No Markdown symbols and no HTML; tables become one line per row; links
 * keep their address in brackets. Step numbers match the page (#step-N).
 * Settings paths and controls go through the same vocabulary as the page:
 * "Settings > [your name] > iCloud > Manage Storage [on some versions: Manage
 * Account Storage]".
 */
import type { List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';

export interface ReplySource {
  title: string;
  description: string;
  /**
   * The article body (Markdown: the MDX files use no JSX) as a tree whose
   * Settings paths are resolved (src/lib/settings-mentions.ts), so they read
   * as on the page.
   */
  tree: Root;
  /** The permanent short link, absolute. */
  shortUrl: string;
  /** The site origin, to make internal links absolute. */
  siteUrl: string;
}

/** Inline content as plain text; links as "text (address)". */
function inline(node: Nodes, siteUrl: string): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'link': {
      const text = node.children.map((child) => inline(child, siteUrl)).join('');
      const url = new URL(node.url, siteUrl).href;
      return text === node.url || text === url ? url : `${text} (${url})`;
    }
    case 'image':
      return node.alt ?? '';
    case 'strong':
      return node.data?.settingsText ?? node.children.map((child) => inline(child, siteUrl)).join('');
    default:
      return 'children' in node ? node.children.map((child) => inline(child as Nodes, siteUrl)).join('') : '';
  }
}

function paragraph(node: Paragraph, siteUrl: string): string {
  return inline(node, siteUrl).replace(/\s+/g, ' ').trim();
}

/** A list item: its first paragraph, then any nested lists indented under it. */
function listItem(item: ListItem, marker: string, indent: string, siteUrl: string): string[] {
  const lines: string[] = [];
  for (const child of item.children) {
    if (child.type === 'list') lines.push(...list(child, `${indent}   `, siteUrl, 1));
    else if (child.type === 'paragraph') {
      const text = paragraph(child, siteUrl);
      lines.push(lines.length === 0 ? `${indent}${marker} ${text}` : `${indent}   ${text}`);
    }
  }
  return lines;
}

function list(node: List, indent: string, siteUrl: string, firstNumber: number): string[] {
  return node.children.flatMap((item, i) =>
    listItem(item, node.ordered ? `${firstNumber + i}.` : '-', indent, siteUrl),
  );
}

/** Each row as "Header: cell; Header: cell", so it reads in any width. */
function table(node: Table, siteUrl: string): string[] {
  const [header, ...rows] = node.children.map((row) => row.children.map((cell) => inline(cell, siteUrl).trim()));
  return rows.map((cells) => `- ${cells.map((cell, i) => (header?.[i] ? `${header[i]}: ${cell}` : cell)).join('; ')}`);
}

interface Section {
  heading: string;
  blocks: RootContent[];
}

/** The body split at its h2s; anything before the first h2 is a section without a heading. */
function sections(tree: Root): Section[] {
  const result: Section[] = [{ heading: '', blocks: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) result.push({ heading: inline(node, ''), blocks: [] });
    else result.at(-1)!.blocks.push(node);
  }
  return result;
}

export function articleToReplyText(source: ReplySource): string {
  const { tree } = source;
  const out: string[] = [source.title, source.description];
  let step = 1;
  for (const { heading, blocks } of sections(tree)) {
    // Only sections with steps go into a reply; "When to try this" and the like stay on the page.
    if (!blocks.some((block) => block.type === 'list' && block.ordered)) continue;
    out.push('');
    if (heading) out.push(heading);
    for (const block of blocks) {
      if (block.type === 'paragraph') out.push(paragraph(block, source.siteUrl));
      else if (block.type === 'heading') out.push(inline(block, source.siteUrl));
      else if (block.type === 'table') out.push(...table(block, source.siteUrl));
      else if (block.type === 'blockquote') {
        out.push(...block.children.flatMap((child) => (child.type === 'paragraph' ? [paragraph(child, source.siteUrl)] : [])));
      } else if (block.type === 'list') {
        out.push(...list(block, '', source.siteUrl, step));
        if (block.ordered) step += block.children.length;
      }
    }
  }
  out.push('', `Full article: ${source.shortUrl}`);
  return `${out.join('\n')}\n`;
}
