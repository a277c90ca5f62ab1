/**
 * Articles and alerts as plain text, one converter for every text the site
 * publishes: the reply an agent pastes into a ticket (/kb/<kbId>.txt and
 * "Copy as reply": the title, the numbered steps with their Settings paths,
 * and the short link), each step on its own for the JSON API, the alert
 * pages' text (/errors/<slug>.txt), and the whole article for llms-full.txt.
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
  return node.children.flatMap((item, i) => listItem(item, node.ordered ? `${firstNumber + i}.` : '-', indent, siteUrl));
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
  let current: Section = { heading: '', blocks: [] };
  const result = [current];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      current = { heading: inline(node, ''), blocks: [] };
      result.push(current);
    } else current.blocks.push(node);
  }
  return result;
}

/** The lines of one top-level block; `step` is the number of the first step of an ordered list. */
function blockLines(block: RootContent, siteUrl: string, step: number): string[] {
  if (block.type === 'paragraph') return [paragraph(block, siteUrl)];
  if (block.type === 'heading') return [inline(block, siteUrl)];
  if (block.type === 'table') return table(block, siteUrl);
  if (block.type === 'blockquote')
    return block.children.flatMap((child) => (child.type === 'paragraph' ? [paragraph(child, siteUrl)] : []));
  if (block.type === 'list') return list(block, '', siteUrl, step);
  return [];
}

/**
 * The article's sections as lines, steps numbered through the article. With
 * `allSections` false, only the sections that have steps (a reply leaves
 * "When to try this" and the like on the page).
 */
function bodyLines(tree: Root, siteUrl: string, allSections: boolean): string[] {
  const out: string[] = [];
  let step = 1;
  for (const { heading, blocks } of sections(tree)) {
    if (!allSections && !blocks.some((block) => block.type === 'list' && block.ordered)) continue;
    if (blocks.length === 0 && !heading) continue;
    out.push('');
    if (heading) out.push(heading);
    for (const block of blocks) {
      out.push(...blockLines(block, siteUrl, step));
      if (block.type === 'list' && block.ordered) step += block.children.length;
    }
  }
  return out;
}

export function articleToReplyText(source: ReplySource): string {
  const out = [source.title, source.description, ...bodyLines(source.tree, source.siteUrl, false)];
  out.push('', `Full article: ${source.shortUrl}`);
  return `${out.join('\n')}\n`;
}

/** The whole article as plain text, every section (for llms-full.txt). */
export function articleToFullText(source: ReplySource): string {
  const out = [source.title, source.description, ...bodyLines(source.tree, source.siteUrl, true)];
  out.push('', `Short link: ${source.shortUrl}`);
  return `${out.join('\n')}\n`;
}

/** A Markdown tree as plain text, every block (for an alert's "What it means"). */
export function markdownToPlainText(tree: Root, siteUrl: string): string {
  return bodyLines(tree, siteUrl, true)
    .filter((line, i) => !(i === 0 && line === ''))
    .join('\n');
}

/** Each step of an article on its own, numbered as on the page: the text of its list item, nested lists indented. */
export function articleSteps(tree: Root, siteUrl: string): { number: number; text: string }[] {
  const steps: { number: number; text: string }[] = [];
  for (const block of tree.children) {
    if (block.type !== 'list' || !block.ordered) continue;
    for (const item of block.children) {
      const lines = listItem(item, '', '', siteUrl);
      steps.push({
        number: steps.length + 1,
        text: lines.map((line, i) => (i === 0 ? line.trim() : line.replace(/^ {3}/, ''))).join('\n'),
      });
    }
  }
  return steps;
}

interface AlertTextSource {
  title: string;
  /** The alert's text, whether it is the exact words on the screen, and whose words they are. */
  text: string;
  exactText: boolean;
  textSource?: { title: string; url: string } | undefined;
  wordingNote: string;
  /** What it means, as a Markdown tree with its Settings paths resolved. */
  tree: Root;
  /** The fixes to try, in order, each with its permanent short link. */
  fixes: readonly { title: string; shortUrl: string }[];
  /** The alert's page, absolute. */
  pageUrl: string;
  siteUrl: string;
  /** "Last reviewed …" and the like, after the page address. */
  footer?: readonly string[] | undefined;
}

/**
 * An alert page as plain text: what it says, what it means, the fixes in order
 * (/errors/<slug>.txt). Only an exact text is quoted; a described one is not.
 */
export function alertToPlainText(source: AlertTextSource): string {
  const quoted = source.textSource ? ` Quoted from ${source.textSource.title} (${source.textSource.url}).` : '';
  const out = [
    source.title,
    source.exactText ? `The alert: “${source.text}”${quoted}` : `What the alert says (a description, not its exact words): ${source.text}`,
    source.wordingNote,
    '',
    'What it means',
    markdownToPlainText(source.tree, source.siteUrl),
    '',
    'Fixes to try, in order',
    ...source.fixes.map((fix, i) => `${i + 1}. ${fix.title}: ${fix.shortUrl}`),
    '',
    `Page: ${source.pageUrl}`,
    ...(source.footer ?? []),
  ];
  return `${out.join('\n')}\n`;
}
