/**
 * Articles and alerts as plain text, one converter for every text the site
 * publishes: the reply an agent pastes into a ticket (/kb/<kbId>.txt and
 * "Copy as reply": the title, the numbered steps with their Settings paths,
 * the warnings, and the short link), each step on its own for the JSON API
 * (with the warnings to read before it), the alert pages' text
 * (/errors/<slug>.txt), and the whole article for llms-full.txt.
 *
 * A warning is a blockquote, a paragraph that opens in bold ("**Deleting a
 * backup cannot be undone.**"), or a paragraph or blockquote that links to the
 * safety net (the computer backup a risky fix offers first). Every plain-text
 * form keeps every warning: a pasted reply must never send deletion steps
 * without the safety net.
 *
 * No Markdown symbols and no HTML; tables become one line per row; links
 * keep their address in brackets. Step numbers match the page (#step-N).
 * Settings paths and controls go through the same vocabulary as the page:
 * "Settings > [your name] > iCloud > Manage Storage [on some versions: Manage
 * Account Storage]".
 */
import type { List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { linkUrls } from '#lib/articles/markdown.ts';
import { fixPath, kbPath } from '#lib/links/routes.ts';
import { DEFAULT_LANGUAGE, localizePath, type Language } from '#lib/i18n/languages.ts';
import type { UiStrings } from '#lib/i18n/ui-strings.ts';

/** The words plain text adds around the content, in the content's language (src/lib/i18n/ui/). */
type PlainTextWords = UiStrings['plainText'];

export interface ReplySource {
  title: string;
  description: string;
  /**
   * The article body (Markdown: the MDX files use no JSX) as a tree whose
   * Settings paths are resolved (src/lib/settings/settings-mentions.ts), so they read
   * as on the page.
   */
  tree: Root;
  /** The permanent short link, absolute. */
  shortUrl: string;
  /** The site origin, to make internal links absolute. */
  siteUrl: string;
  /** The paths that reach the safety net (safetyNetPathsOf): a block that links to one is a warning. */
  safetyNetPaths: readonly string[];
  words: PlainTextWords;
}

/** The paths that reach the safety net in `lang`, its article and its short link; none when the site has no safety net. */
export function safetyNetPathsOf(net: { id: string; data: { kbId: string } } | undefined, lang: Language = DEFAULT_LANGUAGE): string[] {
  return net ? [localizePath(fixPath(net.id), lang), localizePath(kbPath(net.data.kbId), lang)] : [];
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

/** A list item: its first paragraph, then its other paragraphs, blockquotes and nested lists indented under it. */
function listItem(item: ListItem, marker: string, indent: string, siteUrl: string): string[] {
  const lines: string[] = [];
  const push = (text: string) => lines.push(lines.length === 0 ? `${indent}${marker} ${text}` : `${indent}   ${text}`);
  for (const child of item.children) {
    if (child.type === 'list') lines.push(...list(child, `${indent}   `, siteUrl, 1));
    else if (child.type === 'paragraph') push(paragraph(child, siteUrl));
    // A warning quoted inside a step stays with it.
    else if (child.type === 'blockquote')
      for (const quoted of child.children) if (quoted.type === 'paragraph') push(paragraph(quoted, siteUrl));
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

const isSteps = (block: RootContent) => block.type === 'list' && block.ordered === true;

/** Whether a link leads to the safety net: its article or its short link on this site, any #fragment. */
function reachesSafetyNet(url: string, safetyNetPaths: readonly string[], siteUrl: string): boolean {
  const target = new URL(url, siteUrl);
  return target.origin === new URL(siteUrl).origin && safetyNetPaths.includes(target.pathname);
}

/**
 * Whether a top-level block is a warning (see the top of this file). Bold
 * that names a Settings path or control is a name, not a warning.
 */
function isWarning(block: RootContent, safetyNetPaths: readonly string[], siteUrl: string): boolean {
  if (block.type === 'blockquote') return true;
  if (block.type !== 'paragraph') return false;
  const [first] = block.children;
  if (first?.type === 'strong' && first.data?.settingsText === undefined) return true;
  return linkUrls(block).some((url) => reachesSafetyNet(url, safetyNetPaths, siteUrl));
}

/**
 * The article's sections as lines, steps numbered through the article; only
 * the sections `keep` accepts (a reply leaves "When to try this" and the like
 * on the page), in body order.
 */
function bodyLines(tree: Root, siteUrl: string, keep: (blocks: readonly RootContent[]) => boolean): string[] {
  const out: string[] = [];
  let step = 1;
  for (const { heading, blocks } of sections(tree)) {
    if (!keep(blocks)) continue;
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

const everySection = () => true;

/**
 * The reply: every section with steps, whole, and every other section that
 * holds a warning (the safety-net link before a risky fix's first step, a
 * caution), so what is pasted into a ticket never leaves them out.
 */
export function articleToReplyText(source: ReplySource): string {
  const { tree, siteUrl, safetyNetPaths } = source;
  const keep = (blocks: readonly RootContent[]) =>
    blocks.some(isSteps) || blocks.some((block) => isWarning(block, safetyNetPaths, siteUrl));
  const out = [source.title, source.description, ...bodyLines(tree, siteUrl, keep)];
  out.push('', source.words.fullArticle(source.shortUrl));
  return `${out.join('\n')}\n`;
}

/** The whole article as plain text, every section (for llms-full.txt). */
export function articleToFullText(source: ReplySource): string {
  const out = [source.title, source.description, ...bodyLines(source.tree, source.siteUrl, everySection)];
  out.push('', source.words.shortLink(source.shortUrl));
  return `${out.join('\n')}\n`;
}

/** A Markdown tree as plain text, every block (for an alert's "What it means"). */
export function markdownToPlainText(tree: Root, siteUrl: string): string {
  return bodyLines(tree, siteUrl, everySection)
    .filter((line, i) => !(i === 0 && line === ''))
    .join('\n');
}

interface ArticleStep {
  number: number;
  text: string;
  /** The warnings between the previous numbered list (or the start of the body) and this step: on a list's first step only. */
  warnings: string[];
}

/**
 * Each step of an article on its own, numbered as on the page: the text of
 * its list item, nested lists indented, with the warnings to read before it.
 */
export function articleSteps(tree: Root, siteUrl: string, safetyNetPaths: readonly string[]): ArticleStep[] {
  const steps: ArticleStep[] = [];
  let warnings: string[] = [];
  for (const block of tree.children) {
    if (isWarning(block, safetyNetPaths, siteUrl)) warnings.push(blockLines(block, siteUrl, 0).join('\n'));
    if (block.type !== 'list' || !block.ordered) continue;
    for (const item of block.children) {
      const lines = listItem(item, '', '', siteUrl);
      steps.push({
        number: steps.length + 1,
        text: lines.map((line, i) => (i === 0 ? line.trim() : line.replace(/^ {3}/, ''))).join('\n'),
        warnings,
      });
      warnings = [];
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
  /**
   * The fixes to try, in order, each with its permanent short link and, for a
   * fix that needs a copy first, the safety net's short link.
   */
  fixes: readonly { title: string; shortUrl: string; copyFirstUrl?: string | undefined }[];
  /** The alert's page, absolute. */
  pageUrl: string;
  siteUrl: string;
  /** "Last reviewed …" and the like, after the page address. */
  footer?: readonly string[] | undefined;
  words: PlainTextWords;
}

/**
 * An alert page as plain text: what it says, what it means, the fixes in order
 * (/errors/<slug>.txt). Only an exact text is quoted; a described one is not.
 */
export function alertToPlainText(source: AlertTextSource): string {
  const { words } = source;
  const quoted = source.textSource ? ` ${words.quotedFrom(source.textSource.title, source.textSource.url)}` : '';
  const out = [
    source.title,
    source.exactText ? `${words.theAlert(source.text)}${quoted}` : words.alertDescribed(source.text),
    source.wordingNote,
    '',
    words.whatItMeans,
    markdownToPlainText(source.tree, source.siteUrl),
    '',
    words.fixesInOrder,
    ...source.fixes.map(
      (fix, i) => `${i + 1}. ${fix.title}: ${fix.shortUrl}${fix.copyFirstUrl ? ` ${words.copyFirst(fix.copyFirstUrl)}` : ''}`,
    ),
    '',
    words.page(source.pageUrl),
    ...(source.footer ?? []),
  ];
  return `${out.join('\n')}\n`;
}
