/**
 * Words run together around an inline element: "or<a>look up the alert</a>",
 * "this text.<span>Quoted from</span>". Astro 7 compresses a page's HTML the
 * way JSX does: the white space and line break between a line's last word and
 * an element on the next line go, unless the template writes {' '}. Read by
 * the check of the built pages (test/dist/run-together.test.ts) and by the
 * unit test of the text the search code builds in the browser.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';

/** The elements that sit inside a line of text, whose neighbours need a space. */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'kbd', 'mark', 'small', 'span', 'strong', 'time']);

/**
 * Whether two pieces of text, one right after the other, read as words run
 * together: a word, the end of a sentence, a clause or a bracket, or a "·"
 * between items, right before a word. Everything else is left alone: a
 * space on either side, a word before
 * punctuation ("link</a>." or the possessive "iCloud</code>’s"), opening
 * punctuation before a word ("(<a>", "“<a>"), a hyphen or a slash, symbols
 * such as a Settings path's "›".
 */
export function runTogether(before: string, after: string): boolean {
  return /[\p{L}\p{N}.,;:!?…)”·]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);
}

/** How a run-together reads in a report: the words on each side of the join, with a bar between. */
function shown(before: string, after: string): string {
  const left = before.replace(/\s+/g, ' ').slice(-24).trimStart();
  const right = after.replace(/\s+/g, ' ').slice(0, 24).trimEnd();
  return `…${left}|${right}…`;
}

const isInline = (node: ElementContent | undefined): node is Element => node?.type === 'element' && INLINE.has(node.tagName);

/** The text a neighbour puts next to an element: its own, or none for a block (a new line) or a comment. */
const textOf = (node: ElementContent | undefined): string => (node?.type === 'text' ? node.value : isInline(node) ? toString(node) : '');

/**
 * The run-togethers around inline elements in running text, in a parsed page,
 * <template> contents included (the search dialog waits in one): each as
 * "…or|look up…". An element is in running text when its parent holds text
 * of its own; elements among elements only (a toolbar's buttons, a list
 * item's question and answer) are laid out by the stylesheet, as a row or a
 * block each, where a join is not a line of text.
 */
export function runTogethersIn(root: Root | Element): string[] {
  const found: string[] = [];
  const walk = (children: readonly (ElementContent | Root['children'][number])[]) => {
    const nodes = children.filter((child): child is ElementContent => child.type === 'text' || child.type === 'element');
    const runningText = nodes.some((node) => node.type === 'text' && node.value.trim() !== '');
    for (const [i, node] of nodes.entries()) {
      if (node.type !== 'element') continue;
      if (runningText && INLINE.has(node.tagName)) {
        const own = toString(node);
        const before = textOf(nodes[i - 1]);
        const after = textOf(nodes[i + 1]);
        // An element with no text of its own (an icon, a link drawn by CSS) joins nothing.
        if (own.trim() !== '') {
          if (runTogether(before, own)) found.push(shown(before, own));
          // After the element, unless the next node is an inline element: its own check covers that join.
          if (!isInline(nodes[i + 1]) && runTogether(own, after)) found.push(shown(own, after));
        }
      }
      walk(node.children);
      if (node.content) walk(node.content.children);
    }
  };
  walk(root.children);
  return found;
}
