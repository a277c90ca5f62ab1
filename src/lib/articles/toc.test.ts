import { describe, expect, test } from 'vitest';
import { buildToc, type Heading } from './toc';

const h = (depth: number, slug: string, text = slug): Heading => ({ depth, slug, text });

describe('buildToc', () => {
  test('returns an empty list for no headings', () => {
    expect(buildToc([])).toEqual([]);
  });

  test('lists h2s at the top level, in document order', () => {
    expect(buildToc([h(2, 'when-to-try-this', 'When to try this'), h(2, 'steps', 'Steps')])).toEqual([
      { slug: 'when-to-try-this', text: 'When to try this', children: [] },
      { slug: 'steps', text: 'Steps', children: [] },
    ]);
  });

  test('nests each h3 under the h2 before it', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'a-1'), h(3, 'a-2'), h(2, 'b'), h(3, 'b-1')]);
    expect(toc).toEqual([
      {
        slug: 'a',
        text: 'a',
        children: [
          { slug: 'a-1', text: 'a-1', children: [] },
          { slug: 'a-2', text: 'a-2', children: [] },
        ],
      },
      { slug: 'b', text: 'b', children: [{ slug: 'b-1', text: 'b-1', children: [] }] },
    ]);
  });

  test('leaves out h1 and h4 to h6', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(3, 'a-1'), h(5, 'deeper'), h(6, 'deepest')]);
    expect(toc).toEqual([{ slug: 'a', text: 'a', children: [{ slug: 'a-1', text: 'a-1', children: [] }] }]);
  });

  test('does not let an h4 start or end a section', () => {
    const toc = buildToc([h(2, 'a'), h(4, 'a-deep'), h(3, 'a-1')]);
    expect(toc).toHaveLength(1);
    expect(toc[0]?.children.map((item) => item.slug)).toEqual(['a-1']);
  });

  test('lists an h3 that comes before any h2 at the top level', () => {
    const toc = buildToc([h(3, 'early'), h(2, 'a'), h(3, 'a-1')]);
    expect(toc).toEqual([
      { slug: 'early', text: 'early', children: [] },
      { slug: 'a', text: 'a', children: [{ slug: 'a-1', text: 'a-1', children: [] }] },
    ]);
  });

  test('lists an h3 after an h1 but before any h2 at the top level', () => {
    expect(buildToc([h(1, 'title'), h(3, 'orphan')])).toEqual([{ slug: 'orphan', text: 'orphan', children: [] }]);
  });

  test('keeps the heading text separate from its slug', () => {
    const [item] = buildToc([h(2, 'check-icloud-storage', 'Check iCloud storage')]);
    expect(item).toEqual({ slug: 'check-icloud-storage', text: 'Check iCloud storage', children: [] });
  });
});
