/**
 * Rehype plugin for article bodies: gives every step an id (#step-3) and
 * numbers steps through the article, and adds a link to every h2, h3 and step.
 * The links are plain fragment links, so they work without JavaScript; the
 * article script upgrades them to copy the short link.
 *
 * A step that was removed keeps its old link working: the article's `changes`
 * entries say where each old number now points (`oldSteps: { 9: 8 }`), and the
 * step it points to carries the old id too, so #step-9 lands on step 8.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { stepAliases, stepId } from './steps';

function anchorLink(id: string, label: string): Element {
  return h(
    'a',
    { className: ['anchor-link'], href: `#${id}`, ariaLabel: label, 'data-anchor-link': '', 'data-pagefind-ignore': '' },
    [h('span', { ariaHidden: 'true' }, '#')],
  );
}

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as ElementContent)).join('');
  return '';
}

/** The part of the unified VFile this plugin reads: Astro puts the raw frontmatter in data.astro. */
interface ArticleFile {
  data: { astro?: { frontmatter?: { changes?: unknown } } };
}

/** The `oldSteps` maps of the article's `changes` entries. */
function oldStepsOf(file: ArticleFile | undefined): Record<string, number>[] {
  const frontmatter = file?.data.astro?.frontmatter;
  const changes = Array.isArray(frontmatter?.changes) ? (frontmatter.changes as unknown[]) : [];
  return changes.map((change) => {
    const oldSteps = (change as { oldSteps?: unknown } | null)?.oldSteps;
    return oldSteps && typeof oldSteps === 'object' ? (oldSteps as Record<string, number>) : {};
  });
}

export default function rehypeArticleAnchors() {
  return (tree: Root, file?: ArticleFile) => {
    const steps = new Map<number, Element>();
    let step = 0;
    visit(tree, 'element', (node, _index, parent) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        node.children.push(anchorLink(node.properties.id, `Link to section: ${textOf(node).trim()}`));
        return SKIP;
      }
      // Only lists at the top of the body are steps; lists nested in a step are part of it.
      if (node.tagName === 'ol' && parent?.type === 'root') {
        node.properties.start = step + 1;
        node.properties.className = ['steps'];
        for (const item of node.children) {
          if (item.type !== 'element' || item.tagName !== 'li') continue;
          step += 1;
          steps.set(step, item);
          item.properties.id = stepId(step);
          item.children.push(anchorLink(stepId(step), `Link to step ${step}`));
        }
        return SKIP;
      }
    });

    const { aliases, problems } = stepAliases(oldStepsOf(file), step);
    if (problems.length > 0) throw new Error(`The article's changes break ${problems.length} rule(s):\n- ${problems.join('\n- ')}`);
    for (const { from, to } of aliases) {
      // An empty marker at the top of the step it now points to: #step-<old> scrolls there.
      steps.get(to)?.children.unshift(h('span', { id: stepId(from), className: ['step-alias'] }));
    }
  };
}
