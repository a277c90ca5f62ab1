/**
 * Settings paths as written in the content ("Settings > [your name] > iCloud")
 * resolved against the vocabulary for a range of iOS versions: each step must
 * be a known label, reached from the step before it, and shown on those
 * versions. A resolved step carries the notes a reader needs where Apple's
 * wording differs ("on some versions: Manage Account Storage").
 */
import { allowedEdits, editDistance } from '#lib/search/speller.ts';
import { formatIosRange } from '#lib/format.ts';
import { coversRange, describeSpan, describeSpanWithin, holdsAtNewestEnd, overlaps, type IosRange } from './ios-version';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { displayText, isMainLabel, labelsIn, spanOf, type Label, type SettingsEntry, type Vocabulary } from './settings-vocabulary';

const PATH_SEPARATOR = ' > ';

/**
 * Bold text that starts with the name of Settings and ">" is a path and must
 * resolve. `roots` are the names of Settings to look for: the page's own and
 * English, so an English path left in a translation is caught.
 */
export function isSettingsPathText(text: string, roots: readonly string[] = ['Settings']): boolean {
  const first = text.split('>')[0]?.trim().toLowerCase();
  return text.includes('>') && roots.some((root) => root.toLowerCase() === first);
}

/** "Settings > [your name] > iCloud" → ["Settings", "[your name]", "iCloud"], spaces tidied. */
export function parsePath(text: string): string[] {
  return text.split('>').map((token) => token.replace(/\s+/g, ' ').trim());
}

export interface ResolvedStep {
  entry: SettingsEntry;
  /** The label written in the content (a main label of the entry). */
  label: Label;
  /** What the reader sees: "your name" for "[your name]". */
  text: string;
  /** Quiet notes where the wording differs across the range: "on some versions: Manage Account Storage". */
  notes: string[];
}

type FailureReason = 'unknown' | 'unreachable' | 'out-of-range' | 'older-label';

export interface StepFailure {
  /** 1-based position of the failing step in the path. */
  step: number;
  written: string;
  reason: FailureReason;
  /** What is wrong, as a sentence fragment: `is not a label on "iCloud"`. */
  detail: string;
  /** The closest known labels, or the full paths where a label really is. */
  suggestions: string[];
}

export type Resolution = { ok: true; steps: ResolvedStep[] } | { ok: false; failure: StepFailure };

interface ResolveOptions {
  range: IosRange;
  /** The language of the page: its labels are the vocabulary's, its notes are in its words. */
  lang?: Language;
  /** Entries whose subtitle note was already shown in this document: shown once per document. */
  subtitlesShown?: Set<string>;
}

/** Two spellings of one label: French writes its apostrophe straight or curly ("l'iPhone", "l’iPhone"). */
function sameLabel(a: string, b: string): boolean {
  return a.replaceAll('’', "'") === b.replaceAll('’', "'");
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** The main label that holds at the newest end of the range, else the newest one that exists in it. */
function currentLabel(entry: SettingsEntry, range: IosRange): Label | undefined {
  const main = entry.labels.filter(isMainLabel).filter((label) => overlaps(spanOf(label), range));
  return main.find((label) => holdsAtNewestEnd(spanOf(label), range)) ?? main.at(-1);
}

/** The labels beside the written one that a reader on some version in the range sees instead. */
function labelNotes(entry: SettingsEntry, written: Label, range: IosRange, lang: Language): string[] {
  const words = uiStrings(lang).settingsPaths;
  const notes: string[] = [];
  const others = labelsIn(entry.labels, range).filter((label) => label !== written);
  const otherMain = others.filter(isMainLabel);
  if (otherMain.length === 0 && !coversRange(spanOf(written), range)) notes.push(describeSpanWithin(spanOf(written), range, lang));
  for (const label of otherMain) notes.push(words.onVersions(describeSpanWithin(spanOf(label), range, lang), label.text));
  for (const label of others.filter((l) => !isMainLabel(l))) {
    notes.push(words.onVersions(label.on ?? words.someVersions, label.text));
  }
  return notes;
}

/** A placeholder's subtitle where it differs across the range: "Apple Account; on iOS 17: Apple ID". */
function subtitleNotes(entry: SettingsEntry, range: IosRange, lang: Language): string[] {
  const words = uiStrings(lang).settingsPaths;
  const subtitles = labelsIn(entry.subtitle ?? [], range);
  if (subtitles.length < 2) return [];
  const current = subtitles.find((label) => isMainLabel(label) && holdsAtNewestEnd(spanOf(label), range));
  return [
    ...(current ? [current.text] : []),
    ...subtitles
      .filter((label) => label !== current)
      .map((label) =>
        words.onVersions(
          isMainLabel(label) ? describeSpanWithin(spanOf(label), range, lang) : (label.on ?? words.someVersions),
          label.text,
        ),
      ),
  ];
}

function resolvedStep(entry: SettingsEntry, label: Label, options: ResolveOptions): ResolvedStep {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const notes = labelNotes(entry, label, options.range, lang);
  if (entry.subtitle && !options.subtitlesShown?.has(entry.id)) {
    const subtitle = subtitleNotes(entry, options.range, lang);
    if (subtitle.length > 0) {
      notes.unshift(...subtitle);
      options.subtitlesShown?.add(entry.id);
    }
  }
  return { entry, label, text: displayText(entry, label), notes };
}

/** The closest labels to a misspelt one, nearest first (at most three). */
export function closestLabels(written: string, candidates: readonly string[], limit = 3): string[] {
  const unique = [...new Set(candidates)];
  const lower = written.toLowerCase();
  return unique
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The path a reader taps to reach an entry, as plain text: "Settings > [your name] > iCloud". */
export function pathText(vocabulary: Vocabulary, entry: SettingsEntry, range: IosRange): string {
  return vocabulary
    .pathTo(entry)
    .map((step) => currentLabel(step, range)?.text ?? step.id)
    .join(PATH_SEPARATOR);
}

type Match =
  | { kind: 'ok'; entry: SettingsEntry; label: Label }
  | { kind: 'older'; entry: SettingsEntry; label: Label; current: Label | undefined }
  | { kind: 'out-of-range'; entry: SettingsEntry; label: Label };

/** How `written` matches one of `candidates`: a main label on the range, an older or other label, or one from other versions. */
function match(written: string, candidates: readonly SettingsEntry[], range: IosRange): Match | undefined {
  let fallback: Match | undefined;
  for (const entry of candidates) {
    for (const label of entry.labels) {
      if (!sameLabel(label.text, written)) continue;
      const current = currentLabel(entry, range);
      if (isMainLabel(label) && overlaps(spanOf(label), range)) {
        if (label === current) return { kind: 'ok', entry, label };
        fallback ??= { kind: 'older', entry, label, current };
      } else if (!isMainLabel(label)) fallback ??= { kind: 'older', entry, label, current };
      else fallback ??= { kind: 'out-of-range', entry, label };
    }
  }
  return fallback;
}

/** The failure for a label that matched, but not as the label to write. */
function mismatch(
  found: Exclude<Match, { kind: 'ok' }>,
  step: number,
  written: string,
  range: IosRange,
  vocabulary: Vocabulary,
): StepFailure {
  if (found.kind === 'out-of-range') {
    const current = currentLabel(found.entry, range);
    return {
      step,
      written,
      reason: 'out-of-range',
      detail: `is its label on ${describeSpan(spanOf(found.label))} only, not on the versions this page covers (${formatIosRange(range, DEFAULT_LANGUAGE)})`,
      suggestions: current ? [current.text] : [],
    };
  }
  const current = found.current?.text ?? '';
  const how = isMainLabel(found.label)
    ? `its label on older versions`
    : found.label.on !== undefined
      ? `its label on ${found.label.on}`
      : 'its label on some versions';
  return {
    step,
    written,
    reason: 'older-label',
    detail: `is ${how} (entry "${found.entry.id}"); write the current label "${current}": the page adds "${written}" from the vocabulary`,
    suggestions: [pathText(vocabulary, found.entry, range)],
  };
}

/** Resolves a whole path, from "Settings" on. */
export function resolvePath(tokens: readonly string[], vocabulary: Vocabulary, options: ResolveOptions): Resolution {
  const { range } = options;
  const steps: ResolvedStep[] = [];
  let parent: SettingsEntry | undefined;
  for (const [index, written] of tokens.entries()) {
    const step = index + 1;
    const candidates = parent ? vocabulary.childrenOf(parent) : [vocabulary.root];
    const where = parent ? `on "${currentLabel(parent, range)?.text ?? parent.id}"` : 'at the start of a path';
    if (written === '') {
      return { ok: false, failure: { step, written, reason: 'unknown', detail: `is empty (two ">" in a row?)`, suggestions: [] } };
    }
    const found = match(written, candidates, range);
    if (found?.kind === 'ok') {
      steps.push(resolvedStep(found.entry, found.label, options));
      parent = found.entry;
      continue;
    }
    if (found) return { ok: false, failure: mismatch(found, step, written, range, vocabulary) };
    const elsewhere = vocabulary.entries.filter((entry) => entry.labels.some((label) => sameLabel(label.text, written)));
    if (elsewhere.length > 0) {
      return {
        ok: false,
        failure: {
          step,
          written,
          reason: 'unreachable',
          detail: `is not reached from "${parent ? (currentLabel(parent, range)?.text ?? parent.id) : ''}"; it is at`,
          suggestions: elsewhere.map((entry) => pathText(vocabulary, entry, range)),
        },
      };
    }
    const labels = candidates.flatMap((entry) =>
      labelsIn(entry.labels, range)
        .filter(isMainLabel)
        .map((label) => label.text),
    );
    const untranslated = candidates.filter((entry) => !entry.labels.some((label) => isMainLabel(label) && overlaps(spanOf(label), range)));
    const missing = options.lang !== undefined && options.lang !== DEFAULT_LANGUAGE && untranslated.length > 0;
    const detail = missing
      ? `is not a label ${where}; these entries there have no "${options.lang}" label for the versions this page covers (${formatIosRange(range, DEFAULT_LANGUAGE)}): ${untranslated.map((entry) => `"${entry.id}"`).join(', ')}. Add one under translations.${options.lang} in content/settings/vocabulary.yaml, with a source, or`
      : `is not a label ${where}`;
    return {
      ok: false,
      failure: { step, written, reason: 'unknown', detail, suggestions: closestLabels(written, labels) },
    };
  }
  return { ok: true, steps };
}

/**
 * The entries a bold control name can mean near a screen just named: the
 * screen itself, the screens above it, and what each of them leads to
 * (through a placeholder row such as a device in Backups, which is tapped
 * without being named).
 */
function nearby(vocabulary: Vocabulary, context: SettingsEntry | undefined): SettingsEntry[] {
  if (!context) return [vocabulary.root];
  const found: SettingsEntry[] = [];
  for (const screen of vocabulary.pathTo(context).reverse()) {
    found.push(screen);
    for (const child of vocabulary.childrenOf(screen)) {
      found.push(child);
      if (child.placeholder) found.push(...vocabulary.childrenOf(child));
    }
  }
  return found;
}

export type ControlResolution = { ok: true; step: ResolvedStep } | { ok: false; failure: StepFailure } | undefined;

/**
 * A bold name of one control ("tap **Manage Storage**") near the screen of
 * the last path: resolved when it is a label there, a failure when it is an
 * older label or a likely typo of one, undefined when it is ordinary bold text.
 */
export function resolveControl(
  written: string,
  context: SettingsEntry | undefined,
  vocabulary: Vocabulary,
  options: ResolveOptions,
): ControlResolution {
  const text = written.replace(/\s+/g, ' ').trim();
  const candidates = nearby(vocabulary, context);
  const found = match(text, candidates, options.range);
  if (found?.kind === 'ok') return { ok: true, step: resolvedStep(found.entry, found.label, options) };
  if (found?.kind === 'older') return { ok: false, failure: mismatch(found, 1, text, options.range, vocabulary) };
  if (found) return undefined;
  const labels = candidates.flatMap((entry) =>
    labelsIn(entry.labels, options.range)
      .filter(isMainLabel)
      .map((label) => label.text),
  );
  const max = allowedEdits(text);
  const typo = labels.find((label) => label !== text && editDistance(text.toLowerCase(), label.toLowerCase(), max) <= max);
  if (max > 0 && typo !== undefined) {
    return {
      ok: false,
      failure: {
        step: 1,
        written: text,
        reason: 'unknown',
        detail: `looks like a misspelt label near "${context ? (currentLabel(context, options.range)?.text ?? context.id) : 'Settings'}", the screen named just before`,
        suggestions: closestLabels(text, labels),
      },
    };
  }
  return undefined;
}

/** Where a control leaves the reader: on the screen it opens, or still on its own screen. */
export function screenAfter(vocabulary: Vocabulary, entry: SettingsEntry): SettingsEntry | undefined {
  return entry.kind === 'screen' || entry.kind === 'menu' ? entry : vocabulary.parentOf(entry);
}

/** One step as plain text: the label as written, with its notes in brackets. */
export function stepPlainText(step: ResolvedStep): string {
  return step.notes.length > 0 ? `${step.label.text} [${step.notes.join('; ')}]` : step.label.text;
}

/** A resolved path as plain text: "Settings > [your name] > iCloud > Manage Storage [on some versions: Manage Account Storage]". */
export function pathPlainText(steps: readonly ResolvedStep[]): string {
  return steps.map(stepPlainText).join(PATH_SEPARATOR);
}

const ADVICE: Record<FailureReason, (suggestions: string) => string> = {
  unknown: (s) =>
    `${s ? `. Closest known labels: ${s}` : ''}. Fix the spelling, or add the screen to content/settings/vocabulary.yaml with a source`,
  unreachable: (s) => ` ${s}`,
  'older-label': (s) => `. Write: ${s}`,
  'out-of-range': (s) => (s ? `. On those versions it is labelled ${s}` : `. Leave it out, or give the page an appliesTo where it exists`),
};

/** One line for a build error: the path as written, the failing step, the closest known labels and what to do. */
export function describeFailure(written: string, failure: StepFailure, kind: 'path' | 'control' = 'path'): string {
  const what =
    kind === 'path' ? `Settings path "${written}": step ${failure.step} "${failure.written}"` : `Settings control "${failure.written}"`;
  return `${what} ${failure.detail}${ADVICE[failure.reason](quoted(failure.suggestions))}.`;
}
