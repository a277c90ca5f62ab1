/**
 * Rehype plugin for article bodies: gives every step an id (#step-3) and
 * numbers steps through the article, and adds a link to every h2, h3 and step.
 * The links are plain fragment links, so they work without JavaScript; the
 * article script upgrades them to copy the short link.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { stepId } from './steps';

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

export default function rehypeArticleAnchors() {
  return (tree: Root) => {
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
          item.properties.id = stepId(step);
          item.children.push(anchorLink(stepId(step), `Link to step ${step}`));
        }
        return SKIP;
      }
    });
  };
}
