/**
 * The search filters (Pagefind's data-pagefind-filter values: category and
 * risk) as groups of checkboxes, and the chosen values as a Pagefind query.
 */
import { CATEGORIES, CATEGORY_LABELS, RISKS, RISK_SHORT_LABELS } from '../taxonomy';
import type { PagefindFilterCounts, PagefindFilterQuery } from './pagefind-types';
import { FILTER_PARAMS } from './url-state';

/** The legend of each filter group. */
export const FILTER_LABELS: Readonly<Record<string, string>> = { category: 'Topic', risk: 'Risk' };

/** Values in the order readers know them: topics along the troubleshooting path, risks from least to most. */
export const FILTER_VALUE_ORDER: Readonly<Record<string, readonly string[]>> = {
  category: CATEGORIES.map((category) => CATEGORY_LABELS[category]),
  risk: RISKS.map((risk) => RISK_SHORT_LABELS[risk]),
};

export interface FilterOption {
  value: string;
  /** Pages with this value in the whole index. */
  count: number;
}

export interface FilterGroup {
  name: string;
  label: string;
  options: FilterOption[];
}

export type FilterSelection = Readonly<Record<string, readonly string[]>>;

/** The groups to show, from `pagefind.filters()`: known filters only, values in reader order, then A–Z. */
export function filterGroups(
  available: PagefindFilterCounts,
  names: readonly string[] = FILTER_PARAMS,
  labels: Readonly<Record<string, string>> = FILTER_LABELS,
  order: Readonly<Record<string, readonly string[]>> = FILTER_VALUE_ORDER,
): FilterGroup[] {
  return names.flatMap((name) => {
    const counts = available[name];
    if (!counts) return [];
    const known = order[name] ?? [];
    const rank = (value: string) => (known.includes(value) ? known.indexOf(value) : known.length);
    const options = Object.entries(counts)
      .filter(([value, count]) => value && count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
    return options.length > 0 ? [{ name, label: labels[name] ?? name, options }] : [];
  });
}

/** The chosen values as Pagefind filters: within a group any value matches; groups must all match. */
export function pagefindFilterQuery(selection: FilterSelection): PagefindFilterQuery {
  const query: PagefindFilterQuery = {};
  for (const [name, values] of Object.entries(selection)) {
    if (values.length > 0) query[name] = { any: [...values] };
  }
  return query;
}
