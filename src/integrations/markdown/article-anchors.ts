/**
 * The Markdown pipeline's links to sections and steps (a Sätteri hast plugin,
 * wired in astro.config.mjs): every heading gets its id (GitHub's slugs, as
 * Astro's own heading ids, which then keep them), every h2 and h3 a link to
 * itself; every top-level numbered item is a step, with an id (#step-3),
 * numbered through the whole article (a second list carries on at 4), and a
 * link to itself. The links are plain fragment links, so they work without
 * JavaScript; the article script upgrades them to copy the short link. Their
 * "#" is drawn by the stylesheet, so a heading's text stays its own.
 *
 * A step that was removed keeps its old link working: the article's `changes`
 * entries say where each old number now points (`oldSteps: { 9: 8 }`), and the
 * step it points to carries the old id too, so #step-9 lands on step 8.
 */
import { AstroError } from 'astro/errors';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defineHastPlugin, type HastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { stepAliases, stepId } from '#lib/articles/steps.ts';

function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, ariaLabel: label, dataAnchorLink: '', dataPagefindIgnore: '' },
    children: [],
  };
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The `oldSteps` maps of the article's `changes` entries, from its raw frontmatter. */
function oldStepsOf(frontmatter: unknown): Record<string, number>[] {
  const changes: unknown = typeof frontmatter === 'object' && frontmatter !== null && 'changes' in frontmatter ? frontmatter.changes : [];
  if (!Array.isArray(changes)) return [];
  return changes.map((change: unknown) => {
    const oldSteps: unknown = typeof change === 'object' && change !== null && 'oldSteps' in change ? change.oldSteps : undefined;
    return typeof oldSteps === 'object' && oldSteps !== null ? (oldSteps as Record<string, number>) : {};
  });
}

const HEADING = /^h[1-6]$/;

function frontmatterOf(data: PluginFactoryContext['data']): unknown {
  const astro: unknown = data.astro;
  return typeof astro === 'object' && astro !== null && 'frontmatter' in astro ? astro.frontmatter : undefined;
}

/** A fresh plugin for each document: its slugs and step numbers start again. */
export function articleAnchors({ data }: PluginFactoryContext): HastPluginDefinition {
  return defineHastPlugin({
    name: 'article-anchors',
    before(tree: Readonly<Root>, ctx) {
      const slugger = new GithubSlugger();
      const steps: Element[] = [];
      for (const node of tree.children) {
        if (!isElement(node)) continue;
        if (HEADING.test(node.tagName)) {
          const text = textOf(node).trim();
          const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
          ctx.setProperty(node, 'id', id);
          if (node.tagName === 'h2' || node.tagName === 'h3') ctx.appendChild(node, anchorLink(id, `Link to section: ${text}`));
        } else if (node.tagName === 'ol') {
          // Only lists at the top of the body are steps; lists nested in a step are part of it.
          ctx.setProperty(node, 'start', steps.length + 1);
          ctx.setProperty(node, 'className', ['steps']);
          for (const item of node.children) {
            if (!isElement(item) || item.tagName !== 'li') continue;
            steps.push(item);
            ctx.setProperty(item, 'id', stepId(steps.length));
            ctx.appendChild(item, anchorLink(stepId(steps.length), `Link to step ${steps.length}`));
          }
        }
      }
      const { aliases, problems } = stepAliases(oldStepsOf(frontmatterOf(data)), steps.length);
      if (problems.length > 0) {
        throw new AstroError(
          `The article's changes break ${problems.length} rule(s):\n- ${problems.join('\n- ')}`,
          'oldSteps maps a step number the article no longer has to the step its links should now reach, such as { 9: 8 }.',
        );
      }
      for (const { from, to } of aliases) {
        const step = steps[to - 1];
        // An empty marker at the top of the step it now points to: #step-<old> scrolls there.
        if (step)
          ctx.prependChild(step, {
            type: 'element',
            tagName: 'span',
            properties: { id: stepId(from), className: ['step-alias'] },
            children: [],
          });
      }
    },
  });
}
