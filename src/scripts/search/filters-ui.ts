/** The filters as fieldsets of checkboxes, one per filter (topic, risk). */
import type { FilterGroup, FilterSelection } from '../../lib/search/url-state';
import { h } from './dom';

/**
 * Fills `target` with a fieldset per group. The checkboxes are named after the
 * filter, so a form submitted without JavaScript handling carries them too.
 */
export function renderFilters(target: HTMLElement, groups: readonly FilterGroup[], selection: FilterSelection, idPrefix: string): void {
  target.replaceChildren(
    ...groups.map((group) =>
      h(
        'fieldset',
        { class: 'search-filter' },
        h('legend', {}, group.label),
        ...group.options.map((option, i) => {
          const id = `${idPrefix}-${group.name}-${i}`;
          return h(
            'span',
            { class: 'search-filter-option' },
            h('input', {
              type: 'checkbox',
              id,
              name: group.name,
              value: option.value,
              checked: (selection[group.name] ?? []).includes(option.value),
            }),
            h('label', { for: id }, option.value),
          );
        }),
      ),
    ),
  );
}

/** Ticks the checkboxes to match a selection (after Back/Forward). */
export function syncFilters(target: HTMLElement, selection: FilterSelection): void {
  for (const box of target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (selection[box.name] ?? []).includes(box.value);
  }
}

/** The selection the checkboxes show. */
export function readFilters(target: HTMLElement): FilterSelection {
  const selection: Record<string, string[]> = {};
  for (const box of target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (selection[box.name] ??= []).push(box.value);
  }
  return selection;
}
