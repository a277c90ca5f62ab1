/**
 * The Markdown pipeline's half of the Settings vocabulary (a Sätteri mdast
 * plugin, wired in astro.config.mjs; MDX and the alerts' Markdown share it):
 * resolves every Settings path and control of an article or alert against
 * content/settings/vocabulary.yaml, for the article's `appliesTo` (alerts:
 * the site's covered range), and draws paths as tap paths. A path that does
 * not resolve stops the build with the file, the path, the step and the
 * closest labels.
 *
 * The decisions are src/lib/settings/settings-mentions.ts's, made on a plain copy of
 * the tree (the same mdast the plain-text reply resolves), then copied onto
 * the document's nodes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition, type MdastVisitorContext } from 'satteri';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import { appliesToOf, resolveMentions } from '#lib/settings/settings-mentions.ts';
import { loadVocabularyFile } from '#lib/settings/settings-vocabulary.ts';
import { languageOfContentFile } from '#lib/i18n/languages.ts';

interface Options {
  /** The project root, where content/settings/vocabulary.yaml is. */
  root: string;
}

function frontmatterOf(ctx: MdastVisitorContext): unknown {
  const astro: unknown = ctx.data.astro;
  return typeof astro === 'object' && astro !== null && 'frontmatter' in astro ? astro.frontmatter : undefined;
}

/** Copies the rendering `resolveMentions` left on `copy`'s paragraphs and bold text onto the document's own nodes. */
function applyRendering(node: Readonly<Nodes>, copy: Nodes, ctx: MdastVisitorContext): void {
  const data = copy.data as Record<string, unknown> | undefined;
  if ((copy.type === 'strong' || copy.type === 'paragraph') && data && ('hName' in data || 'hChildren' in data)) {
    ctx.setProperty(node, 'data', data);
  }
  if (!('children' in node) || !('children' in copy)) return;
  node.children.forEach((child, index) => {
    const twin = copy.children[index];
    if (twin) applyRendering(child, twin, ctx);
  });
}

export function settingsPathsPlugin({ root }: Options): MdastPluginDefinition {
  return defineMdastPlugin({
    name: 'settings-paths',
    before(tree, ctx) {
      const where = ctx.fileURL ? path.relative(root, fileURLToPath(ctx.fileURL)).split(path.sep).join('/') : 'a Markdown file';
      // The document's nodes are read-only views: resolve on a plain copy.
      const copy = JSON.parse(JSON.stringify(tree)) as Root;
      const lang = languageOfContentFile(where);
      resolveMentions(copy, loadVocabularyFile(root, lang), appliesToOf(frontmatterOf(ctx)) ?? COVERED_IOS, where, lang);
      applyRendering(tree, copy, ctx);
    },
  });
}
