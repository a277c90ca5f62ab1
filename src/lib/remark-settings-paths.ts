/**
 * The Markdown pipeline's half of the Settings vocabulary (astro.config.mjs
 * wires it into `markdown.processor`, which MDX inherits): resolves every
 * Settings path and control of an article or alert against
 * content/settings/vocabulary.yaml, for the article's `appliesTo` (alerts:
 * the site's covered range), and draws paths as tap paths. A path that does
 * not resolve stops the build with the file, the path, the step and the
 * closest labels.
 */
import path from 'node:path';
import type { Root } from 'mdast';
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
