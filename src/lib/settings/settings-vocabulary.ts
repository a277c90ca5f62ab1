/**
 * The Settings vocabulary: every screen and control of the iPhone's Settings
 * app that the site names, with the screen it is reached from and its labels
 * by iOS version. One entry per screen or control, in
 * content/settings/vocabulary.yaml; src/content.config.ts validates it as a
 * collection, and the Markdown pipeline reads the same file through
 * `loadVocabularyFile` (it runs before collections are available).
 *
 * Pure: no Astro imports beyond its Zod, no file access except in
 * `loadVocabularyFile`.
 */
import { AstroError } from 'astro/errors';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { compareVersions, overlaps, type IosRange, type VersionSpan } from './ios-version';
import { SLUG } from '#lib/links/routes.ts';
import { DEFAULT_LANGUAGE, TRANSLATED_LANGUAGES, type Language } from '#lib/i18n/languages.ts';

export const SETTINGS_VOCABULARY_FILE = 'content/settings/vocabulary.yaml';

/** An iOS version such as "17" or "17.4" (also the form of an article's appliesTo). */
export const iosVersion = z.string().regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, 'must be an iOS version such as "17" or "17.4"');

/** How sure the vocabulary is of a label, in the terms of ../shared/facts/. */
const CONFIDENCES = ['apple', 'apple-quoted', 'third-party', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What an entry is on screen. Only screens and menus lead anywhere. */
const KINDS = ['screen', 'menu', 'button', 'switch'] as const;

const id = z.string().regex(SLUG, 'must be lower-case words joined by hyphens, such as "icloud-backup"');

const source = z
  .object({
    title: z.string().min(3),
    /** Leave out only when no page can be linked (say so in the title). */
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
  })
  .strict();

/**
 * One label of an entry. A label with no `versions` and no `on` is a main
 * label: the one to write in a path, valid from `from` until `before`. The
 * others are shown beside it, never written: `versions: some` when the
 * sources name the label without saying on which versions, `on` when it
 * depends on the model, not the version.
 */
const label = z
  .object({
    text: z.string().min(1),
    /** First iOS version that shows this label. Leave out: since before the versions the site covers. */
    from: iosVersion.optional(),
    /** First iOS version that no longer shows it. Leave out: still shown. */
    before: iosVersion.optional(),
    /** "some": the sources give this label without the versions that show it. */
    versions: z.literal('some').optional(),
    /** The iPhones that show this label instead, such as "iPhones with Touch ID". */
    on: z.string().min(3).optional(),
    /** Where the label (and its versions) comes from. Required for every label. */
    source,
    confidence: z.enum(CONFIDENCES),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.from !== undefined && value.before !== undefined && compareVersions(value.from, value.before) >= 0) {
      ctx.addIssue({ code: 'custom', path: ['before'], message: `must be a later version than from (${value.from})` });
    }
    if ((value.versions !== undefined || value.on !== undefined) && (value.from !== undefined || value.before !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['versions'], message: 'a label with versions: some or on: has no from or before' });
    }
    if (value.versions !== undefined && value.on !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'give either versions: some or on:, not both' });
    }
  });

/** The labels of an entry in another language, with the same rules as the English ones. */
const translation = z
  .object({
    labels: z.array(label).min(1, 'needs at least one label'),
    subtitle: z.array(label).optional(),
    /** The entry's note in this language: required when the entry has one. */
    note: z.string().min(5).optional(),
  })
  .strict();

/** One screen or control. The YAML file holds a list of these. */
export const settingsEntrySchema = z
  .object({
    /** Stable id, used by `parent`. */
    id,
    /** The id of the screen or menu it is reached from. Only the root, Settings itself, has none. */
    parent: id.optional(),
    kind: z.enum(KINDS),
    /** Its labels; the main label valid on the newest iOS is the one to write in paths. */
    labels: z.array(label).min(1, 'needs at least one label'),
    /** true for a row readers see with their own text, such as "[your name]": its label is written in brackets. */
    placeholder: z.boolean().default(false),
    /** The smaller text under a placeholder's own text, by version, such as "Apple Account". */
    subtitle: z.array(label).optional(),
    /** A remark for agents on the reference page: where to scroll, what is unconfirmed. */
    note: z.string().min(5).optional(),
    /**
     * The labels (and subtitle) in each other language, by language code: `fr: { labels: [...] }`.
     * A page in that language can name the entry only on the versions its labels cover.
     */
    translations: z.partialRecord(z.enum(TRANSLATED_LANGUAGES as [Language, ...Language[]]), translation).optional(),
  })
  .strict();

export type SettingsEntry = z.infer<typeof settingsEntrySchema>;
export type Label = SettingsEntry['labels'][number];

/** A label to write in paths: no `versions`, no `on`. */
export function isMainLabel(label: Label): boolean {
  return label.versions === undefined && label.on === undefined;
}

export function spanOf(label: Label): VersionSpan {
  return { from: label.from, before: label.before };
}

/** What a reader sees for an entry: "your name" for the "[your name]" row. */
export function displayText(entry: SettingsEntry, label: Label): string {
  return entry.placeholder ? label.text.replace(/^\[|\]$/g, '') : label.text;
}

export interface Vocabulary {
  readonly root: SettingsEntry;
  readonly entries: readonly SettingsEntry[];
  get(id: string): SettingsEntry | undefined;
  childrenOf(entry: SettingsEntry): readonly SettingsEntry[];
  parentOf(entry: SettingsEntry): SettingsEntry | undefined;
  /** The entries from Settings down to `entry`, both included. */
  pathTo(entry: SettingsEntry): SettingsEntry[];
}

/**
 * Problems in the vocabulary as a whole (ids, parents, labels), one line each.
 * In another language (`lang`), an entry with no label there is not one: a
 * page that names it fails to resolve, naming the step.
 */
export function vocabularyProblems(entries: readonly SettingsEntry[], lang: Language = DEFAULT_LANGUAGE): string[] {
  const problems: string[] = [];
  const byId = new Map<string, SettingsEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) problems.push(`id "${entry.id}" is used by two entries; ids must be unique`);
    byId.set(entry.id, entry);
  }
  const roots = entries.filter((entry) => entry.parent === undefined);
  if (roots.length !== 1) {
    problems.push(
      `exactly one entry (Settings itself) has no parent; found ${roots.length}${roots.length ? `: ${roots.map((r) => `"${r.id}"`).join(', ')}` : ''}`,
    );
  }
  for (const entry of entries) {
    const where = `entry "${entry.id}"`;
    if (entry.parent !== undefined) {
      const parent = byId.get(entry.parent);
      if (!parent) problems.push(`${where}: parent "${entry.parent}" is not an entry id`);
      else if (parent.kind !== 'screen' && parent.kind !== 'menu') {
        problems.push(`${where}: parent "${entry.parent}" is a ${parent.kind}; only a screen or a menu leads to other entries`);
      }
    }
    const main = entry.labels.filter(isMainLabel);
    if (main.length === 0 && lang === DEFAULT_LANGUAGE)
      problems.push(`${where}: needs a main label (one without versions: or on:), the one to write in paths`);
    for (let i = 0; i < main.length; i++) {
      for (let j = i + 1; j < main.length; j++) {
        const [a, b] = [main[i], main[j]];
        if (a && b && spansOverlap(spanOf(a), spanOf(b))) {
          problems.push(`${where}: main labels "${a.text}" and "${b.text}" overlap in versions; give them from/before that meet`);
        }
      }
    }
    if (entry.placeholder && !main.every((l) => /^\[.+\]$/.test(l.text))) {
      problems.push(`${where}: a placeholder's label is written in brackets, such as "[your name]"`);
    }
    if (!entry.placeholder && entry.subtitle) problems.push(`${where}: subtitle is for placeholder rows only`);
    for (const [lang, words] of Object.entries(entry.translations ?? {})) {
      if (entry.note !== undefined && words.note === undefined) {
        problems.push(`${where}: translations.${lang} has no note; give the note in that language too (the reference page shows it)`);
      }
    }
  }
  // Every entry hangs from Settings; a loop of parents never reaches it.
  for (const entry of entries) {
    const seen = new Set<string>();
    let current: SettingsEntry | undefined = entry;
    while (current?.parent !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parent);
    }
    if (current?.parent !== undefined) problems.push(`entry "${entry.id}": its parents form a loop and never reach Settings`);
  }
  // Two controls on one screen cannot share a label on the same versions.
  const siblings = new Map<string, SettingsEntry[]>();
  for (const entry of entries) {
    if (entry.parent !== undefined) siblings.set(entry.parent, [...(siblings.get(entry.parent) ?? []), entry]);
  }
  for (const [parent, children] of siblings) {
    const seen = new Map<string, { entry: SettingsEntry; label: Label }[]>();
    for (const entry of children) {
      for (const label of entry.labels.filter(isMainLabel)) {
        const clash = (seen.get(label.text) ?? []).find((other) => spansOverlap(spanOf(other.label), spanOf(label)));
        if (clash) problems.push(`entries "${clash.entry.id}" and "${entry.id}" on "${parent}" are both labelled "${label.text}"`);
        seen.set(label.text, [...(seen.get(label.text) ?? []), { entry, label }]);
      }
    }
  }
  return problems;
}

function spansOverlap(a: VersionSpan, b: VersionSpan): boolean {
  const aEndsAfterBStarts = a.before === undefined || b.from === undefined || compareVersions(b.from, a.before) < 0;
  const bEndsAfterAStarts = b.before === undefined || a.from === undefined || compareVersions(a.from, b.before) < 0;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/**
 * The entries with the labels of `lang` in place of the English ones. An
 * entry with no labels in that language keeps none: a page in that language
 * that names it fails to resolve, naming the step.
 */
export function entriesIn(entries: readonly SettingsEntry[], lang: Language): SettingsEntry[] {
  if (lang === DEFAULT_LANGUAGE) return [...entries];
  return entries.map((entry) => {
    const words = entry.translations?.[lang];
    return { ...entry, labels: words?.labels ?? [], subtitle: words?.subtitle, note: words?.note };
  });
}

/** The vocabulary as a tree; throws, listing every problem, if it is not one. */
export function createVocabulary(entries: readonly SettingsEntry[], lang: Language = DEFAULT_LANGUAGE): Vocabulary {
  const problems = vocabularyProblems(entries, lang);
  if (problems.length > 0) {
    throw new AstroError(
      `${SETTINGS_VOCABULARY_FILE}${lang === DEFAULT_LANGUAGE ? '' : ` (labels in "${lang}")`} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
      `Each line names the entry to change; the top of ${SETTINGS_VOCABULARY_FILE} describes the fields.`,
    );
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const children = new Map<string, SettingsEntry[]>();
  for (const entry of entries) {
    if (entry.parent !== undefined) children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  }
  const root = entries.find((entry) => entry.parent === undefined);
  if (!root) throw new Error(`${SETTINGS_VOCABULARY_FILE} has no root entry`);
  const parentOf = (entry: SettingsEntry) => (entry.parent === undefined ? undefined : byId.get(entry.parent));
  return {
    root,
    entries,
    get: (entryId) => byId.get(entryId),
    childrenOf: (entry) => children.get(entry.id) ?? [],
    parentOf,
    pathTo(entry) {
      const chain: SettingsEntry[] = [];
      for (let current: SettingsEntry | undefined = entry; current; current = parentOf(current)) chain.unshift(current);
      return chain;
    },
  };
}

/** The labels of an entry that readers can see somewhere in `range`. */
export function labelsIn(labels: readonly Label[], range: IosRange): Label[] {
  return labels.filter((label) => !isMainLabel(label) || overlaps(spanOf(label), range));
}

/**
 * Reads and checks the vocabulary file of the project at `root`, for code
 * that runs outside Astro's collections (the Markdown pipeline). Throws with
 * the file, the entry and the field on a schema error. Cached until the file
 * changes.
 */
export function loadVocabularyFile(root: string, lang: Language = DEFAULT_LANGUAGE): Vocabulary {
  const file = path.join(root, SETTINGS_VOCABULARY_FILE);
  const stamp = fs.statSync(file).mtimeMs;
  const key = `${file}#${lang}`;
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.vocabulary;
  const raw: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${SETTINGS_VOCABULARY_FILE} must be a YAML list of entries`);
  const entries = raw.map((item: unknown, index) => {
    const result = settingsEntrySchema.safeParse(item);
    if (result.success) return result.data;
    const name = typeof item === 'object' && item !== null && 'id' in item ? `entry "${String(item.id)}"` : `entry ${index + 1}`;
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    throw new Error(`${SETTINGS_VOCABULARY_FILE}, ${name}: ${issues.join('; ')}`);
  });
  const vocabulary = createVocabulary(entriesIn(entries, lang), lang);
  cache.set(key, { stamp, vocabulary });
  return vocabulary;
}

const cache = new Map<string, { stamp: number; vocabulary: Vocabulary }>();
