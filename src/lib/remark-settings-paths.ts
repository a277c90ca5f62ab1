/**
 * The Markdown pipeline's half of the Settings vocabulary (astro.config.mjs
 * wires both plugins into `markdown.processor`, which MDX inherits):
 * - `remarkSettingsPaths` resolves every Settings path and control of an
 *   article or alert against content/settings/vocabulary.yaml, for the
 *   article's `appliesTo` (alerts: the site's covered range), and draws
 *   paths as tap paths. A path that does not resolve stops the build with
 *   the file, the path, the step and the closest labels.
 * - `rehypeTapPathBlocks` turns a paragraph holding a tap path into a
 *   <div class="para">: a <p> cannot hold a list.
 */
import path from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { COVERED_IOS } from './ios-version';
import { appliesToOf, resolveMentions } from './settings-mentions';
import { loadVocabularyFile } from './settings-vocabulary';

interface Options {
  /** The project root, where content/settings/vocabulary.yaml is. */
  root: string;
}

function frontmatterOf(file: VFile): unknown {
  const astro: unknown = file.data.astro;
  return typeof astro === 'object' && astro !== null && 'frontmatter' in astro ? astro.frontmatter : undefined;
}

export default function remarkSettingsPaths({ root }: Options) {
  return (tree: Root, file: VFile) => {
    const where = file.path ? path.relative(root, file.path).split(path.sep).join('/') : 'a Markdown file';
    resolveMentions(tree, loadVocabularyFile(root), appliesToOf(frontmatterOf(file)) ?? COVERED_IOS, where);
  };
}

function holdsTapPath(node: Element): boolean {
  let found = false;
  visit(node, 'element', (child) => {
    if (child.tagName === 'ol' && Array.isArray(child.properties.className) && child.properties.className.includes('tap-path')) found = true;
  });
  return found;
}

export function rehypeTapPathBlocks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'p' || !holdsTapPath(node)) return;
      node.tagName = 'div';
      const className = node.properties.className;
      node.properties.className = [...(Array.isArray(className) ? className : []), 'para'];
    });
  };
}
