/**
 * An article's lead section ("When to try this", "When to read this"…) folds
 * away (a Sätteri hast plugin, wired in astro.config.mjs after the anchors):
 * a reader arriving from a search engine sees the title, the one-sentence
 * summary and step 1 on the first screen, and opens the section with one tap.
 * It is a <details>, so it works without JavaScript, its text stays in the
 * search index, and a link to its heading (#when-to-try-this) still lands on it.
 *
 * Only a first section whose heading starts with "When to" (or its translation,
 * leadHeadingStart in src/lib/i18n/ui/), and which holds
 * no numbered step, folds: steps and the sections after it always show.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { LANGUAGE_CODES } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

/** "When to …", "Quand …": the lead heading in any of the site's languages. */
const LEAD_HEADING_STARTS = LANGUAGE_CODES.map((lang) => uiStrings(lang).leadHeadingStart);

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A plain deep copy of a node, read out of Sätteri's lazy tree. */
function copyOf(node: ElementContent): ElementContent {
  if (node.type === 'element') return { ...node, properties: { ...node.properties }, children: node.children.map(copyOf) };
  return { ...node };
}

/** The lead heading and the blocks under it, or undefined when the article has no lead section that may fold. */
function leadSection(children: readonly RootContent[]): { heading: Element; blocks: RootContent[] } | undefined {
  const start = children.findIndex((node) => isElement(node) && node.tagName === 'h2');
  const heading = children[start];
  if (!heading || !isElement(heading) || !LEAD_HEADING_STARTS.some((start) => textOf(heading).trim().startsWith(start))) return undefined;
  const end = children.findIndex((node, index) => index > start && isElement(node) && node.tagName === 'h2');
  const blocks = children.slice(start + 1, end === -1 ? undefined : end);
  if (blocks.some((node) => isElement(node) && node.tagName === 'ol')) return undefined;
  return { heading, blocks };
}

export function leadSectionPlugin(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'lead-section',
    before(tree: Readonly<Root>, ctx) {
      const lead = leadSection(tree.children);
      if (!lead) return;
      // The heading keeps its id but not its "#" link: a summary holds no other control.
      const heading: Element = {
        ...lead.heading,
        children: lead.heading.children.filter((child) => !(isElement(child) && 'dataAnchorLink' in child.properties)),
      };
      const details: Element = {
        type: 'element',
        tagName: 'details',
        properties: { className: ['lead-section'] },
        children: [
          { type: 'element', tagName: 'summary', properties: {}, children: [heading] },
          // Copied in full before the originals are removed: Sätteri hands plugins lazily read nodes.
          ...lead.blocks.filter((node): node is ElementContent => node.type !== 'doctype').map(copyOf),
        ],
      };
      for (const block of lead.blocks) ctx.removeNode(block);
      ctx.replaceNode(lead.heading, details);
    },
  });
}
