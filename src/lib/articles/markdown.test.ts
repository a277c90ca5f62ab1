import { readdirSync, readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { linkUrls, parseMarkdown } from './markdown';

/** The tree without positions (remark records them; ours leaves them out). */
function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).flatMap(([key, value]) => (key === 'position' ? [] : [[key, withoutPositions(value)]])));
}

const remark = unified().use(remarkParse).use(remarkGfm);
const bodies = ['content/fixes', 'content/alerts'].flatMap((folder) =>
  readdirSync(folder).map((name) => {
    const text = readFileSync(`${folder}/${name}`, 'utf8');
    return { file: `${folder}/${name}`, body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '') };
  }),
);

describe('parseMarkdown', () => {
  test('reads a list, bold text, a link and a GFM table', () => {
    const tree = parseMarkdown('1. Open **Settings > General**.\n\n| a | b |\n|---|---|\n| 1 | [x](/y/) |\n');
    expect(tree.children.map((node) => node.type)).toEqual(['list', 'table']);
    expect(JSON.stringify(tree)).toContain('"url":"/y/"');
    expect(JSON.stringify(tree)).not.toContain('"position"');
  });

  test('has the articles and alert pages to compare', () => {
    expect(bodies.length).toBeGreaterThan(10);
  });

  test.each(bodies)('$file gives the tree remark with remark-gfm gives', ({ body }) => {
    expect(withoutPositions(parseMarkdown(body))).toStrictEqual(withoutPositions(remark.parse(body)));
  });
});

describe('linkUrls', () => {
  test('every link target under a node, nested ones too, in document order', () => {
    expect(linkUrls(parseMarkdown('See [a](/a/) and **[b](/b/#x)**.\n\n> Quoted [c](https://example.com/c).\n'))).toEqual([
      '/a/',
      '/b/#x',
      'https://example.com/c',
    ]);
    expect(linkUrls(parseMarkdown('No links here.\n'))).toEqual([]);
  });
});
