/**
 * The HTML of a Settings path on the page: an ordered list of taps, each a
 * chip, with a separator between them, that reads "Settings, then your name,
 * then iCloud" to a screen reader (the separators and those words are kept
 * out of the search index, data-pagefind-ignore). The first chip has a small
 * inline glyph of the Settings app (drawn here: no image request, no Apple artwork).
 * Notes on other labels follow their chip, quietly, in brackets.
 *
 * The same hast is used by the Markdown pipeline and by the pages that show
 * paths outside Markdown (troubleshooter help, /settings-paths/).
 */
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import type { ResolvedStep } from './settings-paths';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';

/** A gear on a grey rounded square, like a Settings row's icon; colours come from the stylesheet. */
function glyph(): Element {
  return s('svg', { viewBox: '0 0 20 20', ariaHidden: 'true' }, [
    s('rect', { width: 20, height: 20, rx: 4.5 }),
    // Eight teeth (a dashed ring) around a ring, with a hole in the middle.
    s('circle', { cx: 10, cy: 10, r: 5.6, fill: 'none', strokeWidth: 2.4, strokeDasharray: '2.2 2.2' }),
    s('circle', { cx: 10, cy: 10, r: 3.7, fill: 'none', strokeWidth: 2.3 }),
  ]);
}

function note(step: ResolvedStep): ElementContent[] {
  return step.notes.length > 0 ? [{ type: 'text', value: ' ' }, h('span', { className: ['tap-note'] }, `(${step.notes.join('; ')})`)] : [];
}

function chip(step: ResolvedStep, first: boolean): Element {
  const className = ['tap-step', ...(first ? ['tap-app'] : []), ...(step.entry.placeholder ? ['tap-placeholder'] : [])];
  return h('span', { className }, [...(first ? [glyph()] : []), step.text]);
}

/** The <ol> of a whole path. */
export function tapPathElement(steps: readonly ResolvedStep[], lang: Language = DEFAULT_LANGUAGE): Element {
  const then = uiStrings(lang).settingsPaths.then;
  const items: ElementContent[] = [];
  for (const [index, step] of steps.entries()) {
    if (index > 0) items.push({ type: 'text', value: ' ' });
    const lead: ElementContent[] =
      index === 0
        ? []
        : [
            // Out of the search index: excerpts show the words on screen, not "›then".
            h('span', { className: ['tap-sep'], ariaHidden: 'true', dataPagefindIgnore: '' }, '›'),
            h('span', { className: ['visually-hidden'], dataPagefindIgnore: '' }, then),
          ];
    items.push(h('li', [...lead, chip(step, index === 0), ...note(step)]));
  }
  // role="list": Safari drops the list role of an unstyled list otherwise.
  return h('ol', { className: ['tap-path'], role: 'list' }, items);
}

/** The content of a bold control name: its label, then its notes. */
export function controlChildren(step: ResolvedStep): ElementContent[] {
  return [{ type: 'text', value: step.text }, ...note(step)];
}
