/**
 * Settings paths outside the Markdown pipeline: a troubleshooter help line
 * (a line of inline Markdown, so **Settings > …** works there too), and a
 * path on its own for the reference page. Both go through the same resolver
 * and the same tap-path HTML as articles.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { IosRange } from './ios-version';
import { parseMarkdown } from '#lib/articles/markdown.ts';
import { resolveMentions, type Mention } from './settings-mentions';
import type { ResolvedStep } from './settings-paths';
import type { Vocabulary } from './settings-vocabulary';
import { tapPathElement } from './tap-path-html';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';

export interface SettingsText {
  /** The text as HTML: one paragraph (a <div class="para"> when it holds a tap path) with `className`. */
  html: string;
  mentions: Mention[];
}

/** Renders one line of inline Markdown with its Settings paths resolved; throws naming `where` if one does not resolve. */
export function renderSettingsText(
  text: string,
  vocabulary: Vocabulary,
  range: IosRange,
  where: string,
  className: string,
  lang: Language = DEFAULT_LANGUAGE,
): SettingsText {
  const tree = parseMarkdown(text);
  const mentions = resolveMentions(tree, vocabulary, range, where, lang);
  const hast = toHast(tree) as HastRoot;
  for (const node of hast.children) {
    if (node.type === 'element') node.properties.className = [...classes(node), className];
  }
  return { html: toHtml(hast), mentions };
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** A resolved path on its own, as tap-path HTML. */
export function tapPathHtml(steps: readonly ResolvedStep[], lang: Language = DEFAULT_LANGUAGE): string {
  return toHtml(tapPathElement(steps, lang));
}

/** For text shown as it is (a question, an answer): a Settings path there would escape the check. */
export function assertNoSettingsPath(text: string, where: string, roots: readonly string[] = ['Settings']): void {
  if (roots.some((root) => new RegExp(`(?<!\\p{L})${root}\\s*>`, 'iu').test(text))) {
    throw new Error(
      `${where}: "${text}" holds a Settings path; only help lines can, written in bold as **${roots.at(-1) ?? 'Settings'} > …**.`,
    );
  }
}
