import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { articleAnchors } from './article-anchors';

/** Markdown through Sätteri with the plugin, as the site compiles an article; `frontmatter` as Astro hands it over. */
async function run(markdown: string, frontmatter: Record<string, unknown> = {}): Promise<Root> {
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { html } = await markdownToHtml(markdown, { hastPlugins: [articleAnchors], data: { astro } });
  return fromHtml(html, { fragment: true });
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

function only(node: Root | Element, tagName: string): Element {
  const [found, ...rest] = byTag(node, tagName);
  if (!found || rest.length > 0) throw new Error(`expected one <${tagName}>, found ${rest.length + (found ? 1 : 0)}`);
  return found;
}

/** The anchor links a node holds as its own children (not in nested elements). */
function ownAnchors(node: Element): Element[] {
  return elements(node.children).filter((child) => child.tagName === 'a' && 'dataAnchorLink' in child.properties);
}

function expectAnchor(link: ElementContent | undefined, href: string, label: string) {
  expect(link, `an anchor link to ${href}`).toMatchObject({ type: 'element', tagName: 'a' });
  const { properties } = link as Element;
  expect(properties.href).toBe(href);
  expect(properties.ariaLabel).toBe(label);
  expect(properties.dataAnchorLink).toBe('');
  // Kept out of the search index, and empty: the stylesheet draws the "#", so the heading's text stays its own.
  expect('dataPagefindIgnore' in properties).toBe(true);
  expect((link as Element).children).toEqual([]);
}

describe('articleAnchors: headings', () => {
  test('an h2 and an h3 get GitHub-style ids and a link to themselves, last, named after the heading', async () => {
    const tree = await run('## When to try this\n\n### On *iOS* 17\n');
    const [h2, h3] = [only(tree, 'h2'), only(tree, 'h3')];
    expect(h2.properties.id).toBe('when-to-try-this');
    expect(h3.properties.id).toBe('on-ios-17');
    expect(ownAnchors(h2)).toHaveLength(1);
    expectAnchor(h2.children.at(-1), '#when-to-try-this', 'Link to section: When to try this');
    expectAnchor(h3.children.at(-1), '#on-ios-17', 'Link to section: On iOS 17');
    // The heading's own text comes first and is unchanged.
    expect(h2.children[0]).toMatchObject({ type: 'text', value: 'When to try this' });
  });

  test('repeated headings get distinct ids, as the contents list expects', async () => {
    const ids = byTag(await run('## Steps\n\n## Steps\n'), 'h2').map((h2) => h2.properties.id);
    expect(ids).toEqual(['steps', 'steps-1']);
  });

  test('other headings (h1, h4) get an id but no link', async () => {
    const tree = await run('# Title\n\n#### Detail\n');
    expect(only(tree, 'h1').properties.id).toBe('title');
    expect(ownAnchors(only(tree, 'h1'))).toEqual([]);
    expect(ownAnchors(only(tree, 'h4'))).toEqual([]);
  });
});

describe('articleAnchors: steps', () => {
  test('numbers the items of top-level ordered lists continuously, with start attributes', async () => {
    const tree = await run(
      '## First\n\n1. One\n2. Two\n\nBetween the lists.\n\n## Second\n\n1. Three\n2. Four\n3. Five\n\n<!-- -->\n\n1. Six\n',
    );
    const lists = byTag(tree, 'ol');
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

  test('only ordered lists at the top are steps: not bullets, not lists inside other blocks', async () => {
    const tree = await run('- A bullet\n\n> 1. Quoted\n\n1. The first real step\n');
    const lists = byTag(tree, 'ol');
    expect(lists.map((list) => list.properties.start)).toEqual([undefined, 1]);
    expect(lists.map((list) => list.properties.className)).toEqual([undefined, ['steps']]);
    expect(byTag(tree, 'li').map((item) => item.properties.id)).toEqual([undefined, undefined, 'step-1']);
    expect(byTag(tree, 'a').map((a) => a.properties.href)).toEqual(['#step-1']);
  });

  test('lists nested inside a step belong to that step: no ids, no links, no numbers, no count', async () => {
    const tree = await run(
      '1. Check these:\n   - Wi-Fi\n   - Power\n2. Then:\n   1. Sub-step a\n   2. Sub-step b\n3. Restart.\n\n<!-- -->\n\n1. Back up.\n',
    );
    const [first, nestedOrdered, second] = byTag(tree, 'ol');
    const nestedBullets = only(tree, 'ul');
    const steps = [...elements(first?.children ?? []), ...elements(second?.children ?? [])];
    expect(steps.map((step) => step.properties.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4']);
    expect(second?.properties.start).toBe(4);

    for (const nested of [nestedOrdered, nestedBullets]) {
      expect(nested?.properties.start).toBeUndefined();
      expect(nested?.properties.className).toBeUndefined();
      for (const item of elements(nested?.children ?? [])) {
        expect(item.properties.id).toBeUndefined();
        expect(ownAnchors(item)).toEqual([]);
      }
    }
    // The step's link comes after its nested list, as the last child of the step.
    expectAnchor(steps[0]?.children.at(-1), '#step-1', 'Link to step 1');
  });

  test('a body with no ordered list and no headings is unchanged', async () => {
    const markdown = 'Just text.\n\n- One\n';
    expect(await run(markdown)).toEqual(fromHtml(markdownToHtml(markdown).html, { fragment: true }));
  });
});

describe('old step numbers (changes[].oldSteps)', () => {
  const withChanges = (changes: unknown) => ({ changes });

  test('an old number that no longer exists is an extra id at the top of the step it points to', async () => {
    const tree = await run('1. One\n2. Two\n3. Three\n', withChanges([{ date: '2026-12-01', summary: 'x', oldSteps: { 4: 2, 5: 3 } }]));
    const items = byTag(tree, 'li');
    const aliasIn = (item: Element | undefined) =>
      elements(item?.children ?? [])
        .filter((c) => c.tagName === 'span')
        .map((c) => c.properties.id);
    expect(items.map((item) => item.properties.id)).toEqual(['step-1', 'step-2', 'step-3']);
    expect(aliasIn(items[1])).toEqual(['step-4']);
    expect(aliasIn(items[2])).toEqual(['step-5']);
  });

  test('no changes, no extra ids', async () => {
    const tree = await run('1. One\n2. Two\n', withChanges(undefined));
    expect(byTag(tree, 'span').filter((s) => s.properties.id)).toEqual([]);
  });

  test('an old number the article still has, or a target it lacks, stops the build', async () => {
    await expect(run('1. One\n2. Two\n', withChanges([{ oldSteps: { 2: 1 } }]))).rejects.toThrow(
      /changes\[0\]\.oldSteps 2: 1: the article still has a step 2/,
    );
    await expect(run('1. One\n2. Two\n', withChanges([{ oldSteps: { 3: 7 } }]))).rejects.toThrow(/there is no step 7/);
  });
});
