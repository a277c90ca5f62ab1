/**
 * Settings paths and controls in a Markdown document (an article, an alert,
 * a troubleshooter help line), found and resolved in reading order:
 * - bold text that starts with "Settings >" is a path, and must resolve;
 * - other bold text that names a control on or next to the screen the last
 *   path reached ("tap **Manage Storage**") is that control, and gets its
 *   notes; a screen or menu named so becomes the screen for what follows; a
 *   near-miss of such a label is a typo and stops the build; any other bold
 *   text is ordinary emphasis. Each heading starts afresh.
 * - "Settings >" outside bold is an error: it would escape the check.
 *
 * Resolving annotates the Markdown tree: paths become tap-path lists (and
 * their paragraphs <div>s), controls get their notes, and both carry their
 * plain text for the plain-text reply.
 */
import type { Nodes, Paragraph, Root, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { IosRange } from './ios-version';
import {
  describeFailure,
  isSettingsPathText,
  parsePath,
  pathPlainText,
  resolveControl,
  resolvePath,
  screenAfter,
  stepPlainText,
  type ResolvedStep,
} from './settings-paths';
import type { SettingsEntry, Vocabulary } from './settings-vocabulary';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';
import { controlChildren, tapPathElement } from './tap-path-html';

declare module 'mdast' {
  interface StrongData {
    /** The Settings path or control as plain text with its notes, for the plain-text reply. */
    settingsText?: string;
  }
}

export interface Mention {
  kind: 'path' | 'control';
  /** The bold text as written. */
  written: string;
  /** A path's steps, or the control alone. */
  steps: ResolvedStep[];
  /** Where the mention leads: the last step's entry. */
  entry: SettingsEntry;
}

/** The name of Settings written as plain text before ">", where the check cannot see it. */
function barePathPattern(roots: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${roots.map((root) => root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*>`, 'iu');
}

/**
 * Resolves every mention in `tree` (changing it, see above) and returns them
 * in reading order. Throws one line naming `where`, the text as written, the
 * step that failed and the closest labels.
 */
export function resolveMentions(
  tree: Root,
  vocabulary: Vocabulary,
  range: IosRange,
  where: string,
  lang: Language = DEFAULT_LANGUAGE,
): Mention[] {
  const mentions: Mention[] = [];
  const options = { range, lang, subtitlesShown: new Set<string>() };
  // The page's name for Settings, and English's: an English path left in a translation is caught too.
  const roots = [...new Set(['Settings', ...vocabulary.root.labels.map((label) => label.text)])];
  const barePath = barePathPattern(roots);
  let context: SettingsEntry | undefined;

  const fail = (message: string): never => {
    throw new Error(`${where}: ${message}`);
  };

  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      context = undefined;
      if (barePath.test(toString(node)))
        fail(`a heading holds a Settings path ("${toString(node)}"); headings name the task, put the path in the steps.`);
      return SKIP;
    }
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type === 'text' && barePath.test(node.value)) {
      fail(
        `"${node.value.trim()}" writes a Settings path as plain text; write it in bold, **Settings > …**, so the build checks it and draws it as taps.`,
      );
    }
    if (node.type !== 'strong') return undefined;

    const written = toString(node).replace(/\s+/g, ' ').trim();
    if (isSettingsPathText(written, roots)) {
      const resolution = resolvePath(parsePath(written), vocabulary, options);
      if (!resolution.ok) return fail(describeFailure(written, resolution.failure));
      const last = resolution.steps.at(-1);
      if (!last) return SKIP;
      annotatePath(node, resolution.steps, lang);
      mentions.push({ kind: 'path', written, steps: resolution.steps, entry: last.entry });
      context = screenAfter(vocabulary, last.entry);
      return SKIP;
    }
    const control = resolveControl(written, context, vocabulary, options);
    if (control?.ok === false) return fail(describeFailure(written, control.failure, 'control'));
    if (control?.ok) {
      annotateControl(node, control.step);
      mentions.push({ kind: 'control', written, steps: [control.step], entry: control.step.entry });
      // A screen or menu takes the reader there; a button or switch leaves them where they are
      // ("Tap Reset. Do not tap Erase All Content and Settings. Tap Reset All Settings.").
      const { kind } = control.step.entry;
      if (kind === 'screen' || kind === 'menu') context = control.step.entry;
    }
    return SKIP;
  });
  blockParagraphsWithPaths(tree);
  return mentions;
}

/**
 * A <p> cannot hold a list: a paragraph with a tap path becomes a
 * <div class="para">. Not in a tight list, whose paragraphs are unwrapped
 * into their <li> anyway. (Done here, not in rehype: MDX reparses the HTML
 * before its rehype plugins run, which would split the paragraph.)
 */
function blockParagraphsWithPaths(tree: Root): void {
  const unwrapped = new Set<Paragraph>();
  visit(tree, 'list', (list) => {
    if (list.spread || list.children.some((item) => item.spread)) return;
    for (const item of list.children) for (const child of item.children) if (child.type === 'paragraph') unwrapped.add(child);
  });
  visit(tree, 'paragraph', (paragraph) => {
    if (unwrapped.has(paragraph) || !paragraph.children.some((child) => child.type === 'strong' && child.data?.hName === 'ol')) return;
    paragraph.data = { ...paragraph.data, hName: 'div', hProperties: { className: ['para'] } };
  });
}

function annotatePath(node: Strong, steps: readonly ResolvedStep[], lang: Language): void {
  const list = tapPathElement(steps, lang);
  node.data = {
    ...node.data,
    hName: list.tagName,
    hProperties: list.properties,
    hChildren: list.children,
    settingsText: pathPlainText(steps),
  };
}

function annotateControl(node: Strong, step: ResolvedStep): void {
  node.data = { ...node.data, hChildren: controlChildren(step), settingsText: stepPlainText(step) };
}

/** An article's appliesTo from its raw frontmatter, if it has the right shape (the schema checks it properly). */
export function appliesToOf(frontmatter: unknown): IosRange | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null || !('appliesTo' in frontmatter)) return undefined;
  const appliesTo: unknown = frontmatter.appliesTo;
  if (typeof appliesTo !== 'object' || appliesTo === null || !('from' in appliesTo)) return undefined;
  const version = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  const from = version(appliesTo.from);
  if (from === undefined) return undefined;
  return { from, to: 'to' in appliesTo ? version(appliesTo.to) : undefined };
}
