import { describe, expect, test } from 'vitest';
import { CATEGORIES, CATEGORY_LABELS, RISKS, RISK_LABELS, RISK_SHORT_LABELS, groupByCategory, type Category } from './taxonomy';

describe('labels', () => {
  test.each(CATEGORIES)('category "%s" has a non-empty label', (category) => {
    expect(CATEGORY_LABELS[category]).toEqual(expect.any(String));
    expect(CATEGORY_LABELS[category].trim()).not.toBe('');
  });

  test('CATEGORY_LABELS has no labels for categories that do not exist', () => {
    expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...CATEGORIES].sort());
  });

  test('the risks are none, settings and data, least to most', () => {
    expect(RISKS).toEqual(['none', 'settings', 'data']);
  });

  test.each(RISKS)('risk "%s" has a non-empty label and short label', (risk) => {
    expect(RISK_LABELS[risk]).toEqual(expect.any(String));
    expect(RISK_LABELS[risk].trim()).not.toBe('');
    expect(RISK_SHORT_LABELS[risk]).toEqual(expect.any(String));
    expect(RISK_SHORT_LABELS[risk].trim()).not.toBe('');
  });

  test('RISK_LABELS and RISK_SHORT_LABELS have no labels for risks that do not exist', () => {
    expect(Object.keys(RISK_LABELS).sort()).toEqual([...RISKS].sort());
    expect(Object.keys(RISK_SHORT_LABELS).sort()).toEqual([...RISKS].sort());
  });

  test('every category label is distinct', () => {
    const labels = CATEGORIES.map((category) => CATEGORY_LABELS[category]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('groupByCategory', () => {
  const entry = (id: string, category: Category) => ({ id, data: { category } });

  test('returns no groups for no entries', () => {
    expect(groupByCategory([])).toEqual([]);
  });

  test('orders groups as in CATEGORIES, not by first appearance or alphabetically', () => {
    const entries = [entry('account-1', 'account'), entry('support-1', 'support'), entry('basics-1', 'basics')];
    expect(groupByCategory(entries).map((group) => group.category)).toEqual(['basics', 'account', 'support']);
  });

  test('leaves out categories with no entries', () => {
    const groups = groupByCategory([entry('account-1', 'account')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.category).toBe('account');
  });

  test('gives each group its category label', () => {
    const groups = groupByCategory([entry('servers', 'apple-servers'), entry('update', 'software')]);
    expect(groups.map(({ category, label }) => [category, label])).toEqual([
      ['apple-servers', "Apple's servers"],
      ['software', 'iOS software'],
    ]);
  });

  test('keeps the input order of entries inside a group', () => {
    const first = entry('z-last-alphabetically', 'storage');
    const second = entry('a-first-alphabetically', 'storage');
    const third = entry('m-middle', 'storage');
    const [group] = groupByCategory([first, entry('other', 'basics'), second, third]).filter((g) => g.category === 'storage');
    expect(group?.entries).toEqual([first, second, third]);
    expect(group?.entries[0]).toBe(first);
  });

  test('puts every entry in exactly one group', () => {
    const entries = CATEGORIES.flatMap((category, index) => [
      entry(`${category}-1`, category),
      entry(`${category}-2`, CATEGORIES[(index + 1) % CATEGORIES.length] ?? category),
    ]);
    const grouped = groupByCategory(entries).flatMap((group) => group.entries);
    expect(grouped).toHaveLength(entries.length);
    expect(new Set(grouped)).toEqual(new Set(entries));
  });
});
