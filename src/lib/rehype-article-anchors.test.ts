import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import rehypeArticleAnchors from './rehype-article-anchors';

/** Runs the plugin on a tree (in place) and returns it. */
function run(tree: Root): Root {
  rehypeArticleAnchors()(tree);
  return tree;
}

/** Markdown's HAST has a newline text node between block elements; so do these trees. */
function root(...children: Element[]): Root {
  return h(null, children.flatMap((child) => ['\n', child]));
}

function ol(...items: (string | Element)[]): Element {
  return h('ol', items.flatMap((item) => ['\n', typeof item === 'string' ? h('li', item) : item]).concat('\n'));
}

function elements(nodes: readonly (ElementContent | Root['children'][number])[]): Element[] {
  return nodes.filter((node): node is Element => node.type === 'element');
}

function byTag(node: Root | Element, tagName: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const child of elements(n.children)) {
      if (child.tagName === tagName) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** The anchor links a node holds as its own children (not in nested elements). */
function ownAnchors(node: Element): Element[] {
  return elements(node.children).filter((child) => child.tagName === 'a' && 'dataAnchorLink' in child.properties);
}

function expectAnchor(link: Element | undefined, href: string, label: string) {
  expect(link, `an anchor link to ${href}`).toBeDefined();
  expect(link!.properties.href).toBe(href);
  expect(link!.properties.ariaLabel).toBe(label);
  expect(link!.properties.dataAnchorLink).toBe('');
  // Kept out of the search index: "#" is not content.
  expect('dataPagefindIgnore' in link!.properties).toBe(true);
}

describe('rehypeArticleAnchors: headings', () => {
  test('an h2 and an h3 with ids each get a link to their own id, last, named after the heading', () => {
    const tree = run(root(h('h2', { id: 'when-to-try-this' }, 'When to try this'), h('h3', { id: 'on-ios-17' }, ['On ', h('em', 'iOS'), ' 17'])));
    const [h2, h3] = [byTag(tree, 'h2')[0]!, byTag(tree, 'h3')[0]!];

    expect(ownAnchors(h2)).toHaveLength(1);
    expectAnchor(h2.children.at(-1) as Element, '#when-to-try-this', 'Link to section: When to try this');
    expect(ownAnchors(h3)).toHaveLength(1);
    expectAnchor(h3.children.at(-1) as Element, '#on-ios-17', 'Link to section: On iOS 17');
    // The heading's own text comes first and is unchanged.
    expect(h2.children[0]).toEqual({ type: 'text', value: 'When to try this' });
  });

  test('headings without an id are left exactly as they were', () => {
    const tree = root(h('h2', 'No id here'), h('h3', ['Nor ', h('strong', 'here')]));
    const before = structuredClone(tree);
    expect(run(tree)).toEqual(before);
  });

  test('other headings (h1, h4) are not linked, even with an id', () => {
    const tree = root(h('h1', { id: 'title' }, 'Title'), h('h4', { id: 'detail' }, 'Detail'));
    const before = structuredClone(tree);
    expect(run(tree)).toEqual(before);
  });
});

describe('rehypeArticleAnchors: steps', () => {
  test('numbers the items of root-level ordered lists continuously, with start attributes', () => {
    const tree = run(
      root(
        h('h2', { id: 'first' }, 'First'),
        ol('One', 'Two'),
        h('p', 'Between the lists.'),
        h('h2', { id: 'second' }, 'Second'),
        ol('Three', 'Four', 'Five'),
        ol('Six'),
      ),
    );
    const lists = elements(tree.children).filter((node) => node.tagName === 'ol');
    expect(lists.map((list) => list.properties.start)).toEqual([1, 3, 6]);
    for (const list of lists) expect(list.properties.className).toEqual(['steps']);

    const items = lists.flatMap((list) => elements(list.children));
    expect(items.map((item) => item.properties.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
    items.forEach((item, i) => {
      const anchors = ownAnchors(item);
      expect(anchors, `step ${i + 1}`).toHaveLength(1);
      expectAnchor(anchors[0], `#step-${i + 1}`, `Link to step ${i + 1}`);
      expect(item.children.at(-1)).toBe(anchors[0]);
    });
  });

  test('only ordered lists at the root are steps: not bullets, not lists inside other blocks', () => {
    const tree = run(
      root(
        h('ul', [h('li', 'A bullet')]),
        h('blockquote', [ol('Quoted')]),
        h('div', [ol('In a div')]),
        ol('The first real step'),
      ),
    );
    const lists = byTag(tree, 'ol');
    expect(lists.map((list) => list.properties.start)).toEqual([undefined, undefined, 1]);
    expect(lists.map((list) => list.properties.className)).toEqual([undefined, undefined, ['steps']]);
    const ids = byTag(tree, 'li').map((item) => item.properties.id);
    expect(ids).toEqual([undefined, undefined, undefined, 'step-1']);
    expect(byTag(tree, 'a').map((a) => a.properties.href)).toEqual(['#step-1']);
  });

  test('lists nested inside a step belong to that step: no ids, no links, no numbers, no count', () => {
    const nestedOrdered = h('ol', [h('li', 'Sub-step a'), h('li', 'Sub-step b')]);
    const nestedBullets = h('ul', [h('li', 'Wi-Fi'), h('li', 'Power')]);
    const tree = run(
      root(
        ol(h('li', [h('p', 'Check these:'), nestedBullets]), h('li', [h('p', 'Then:'), nestedOrdered]), 'Restart.'),
        ol('Back up.'),
      ),
    );
    const [first, second] = elements(tree.children).filter((node) => node.tagName === 'ol');
    const steps = [...elements(first!.children), ...elements(second!.children)];
    expect(steps.map((step) => step.properties.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4']);
    expect(second!.properties.start).toBe(4);

    for (const nested of [nestedOrdered, nestedBullets]) {
      expect(nested.properties.start).toBeUndefined();
      expect(nested.properties.className).toBeUndefined();
      for (const item of elements(nested.children)) {
        expect(item.properties.id).toBeUndefined();
        expect(ownAnchors(item)).toEqual([]);
      }
    }
    // The step's link comes after its nested list, as the last child of the step.
    expectAnchor(steps[0]!.children.at(-1) as Element, '#step-1', 'Link to step 1');
  });

  test('a tree with no ordered list and no headings is unchanged', () => {
    const tree = root(h('p', 'Just text.'), h('ul', [h('li', 'One')]));
    const before = structuredClone(tree);
    expect(run(tree)).toEqual(before);
  });
});

describe('old step numbers (changes[].oldSteps)', () => {
  const withChanges = (changes: unknown) => ({ data: { astro: { frontmatter: { changes } } } });

  test('an old number that no longer exists is an extra id at the top of the step it points to', () => {
    const tree = root(ol('One', 'Two', 'Three'));
    rehypeArticleAnchors()(tree, withChanges([{ date: '2026-12-01', summary: 'x', oldSteps: { 4: 2, 5: 3 } }]));
    const items = byTag(tree, 'li');
    const aliasIn = (item: Element) => elements(item.children).filter((c) => c.tagName === 'span').map((c) => c.properties.id);
    expect(items.map((item) => item.properties.id)).toEqual(['step-1', 'step-2', 'step-3']);
    expect(aliasIn(items[1]!)).toEqual(['step-4']);
    expect(aliasIn(items[2]!)).toEqual(['step-5']);
  });

  test('no changes, no extra ids', () => {
    const tree = root(ol('One', 'Two'));
    rehypeArticleAnchors()(tree, withChanges(undefined));
    expect(byTag(tree, 'span').filter((s) => s.properties.id)).toEqual([]);
  });

  test('an old number the article still has, or a target it lacks, stops the build', () => {
    expect(() => rehypeArticleAnchors()(root(ol('One', 'Two')), withChanges([{ oldSteps: { 2: 1 } }]))).toThrow(
      /changes\[0\]\.oldSteps 2: 1: the article still has a step 2/,
    );
    expect(() => rehypeArticleAnchors()(root(ol('One', 'Two')), withChanges([{ oldSteps: { 3: 7 } }]))).toThrow(/there is no step 7/);
  });
});
