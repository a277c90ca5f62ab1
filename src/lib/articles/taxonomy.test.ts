import { describe, expect, test } from 'vitest';
import { LANGUAGE_CODES } from '#lib/i18n/languages.ts';
import {
  CATEGORIES,
  categoryLabel,
  filterValueOrder,
  RISKS,
  riskFilterLabel,
  riskLabelOf,
  groupByCategory,
  type Category,
} from './taxonomy';

describe('labels, in every language', () => {
  test('the risks are none, settings and data, least to most', () => {
    expect(RISKS).toEqual(['none', 'settings', 'data']);
  });

  test.each(LANGUAGE_CODES)('in %s, every category and risk has a label, and no two categories share one', (lang) => {
    const categories = CATEGORIES.map((category) => categoryLabel(category, lang));
    expect(categories.every((label) => label.trim() !== '')).toBe(true);
    expect(new Set(categories).size).toBe(categories.length);
    for (const risk of RISKS) {
      expect(riskLabelOf({ risk }, 'long', lang).trim()).not.toBe('');
      expect(riskFilterLabel(risk, lang).trim()).not.toBe('');
    }
  });

  test('a fix that needs a copy first never reads "No risk", in English or French', () => {
    expect(riskLabelOf({ risk: 'none', backupFirst: true }, 'short', 'en')).toBe('Back up first');
    expect(riskLabelOf({ risk: 'none', backupFirst: true }, 'long', 'fr')).toMatch(/sauvegardez d’abord/);
  });

  test('the filters come in reader order, in the page language', () => {
    expect(filterValueOrder('fr').risk).toEqual(['Sans risque', 'Réinitialise les réglages', 'Données en danger']);
    expect(filterValueOrder('en').category[0]).toBe('Quick checks');
  });
});

describe('groupByCategory', () => {
  const entry = (id: string, category: Category) => ({ id, data: { category } });

  test('returns no groups for no entries', () => {
    expect(groupByCategory([], 'en')).toEqual([]);
  });

  test('orders groups as in CATEGORIES, not by first appearance or alphabetically', () => {
    const entries = [entry('account-1', 'account'), entry('support-1', 'support'), entry('basics-1', 'basics')];
    expect(groupByCategory(entries, 'en').map((group) => group.category)).toEqual(['basics', 'account', 'support']);
  });

  test('leaves out categories with no entries', () => {
    const groups = groupByCategory([entry('account-1', 'account')], 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.category).toBe('account');
  });

  test('gives each group its category label', () => {
    const groups = groupByCategory([entry('servers', 'apple-servers'), entry('update', 'software')], 'en');
    expect(groups.map(({ category, label }) => [category, label])).toEqual([
      ['apple-servers', "Apple's servers"],
      ['software', 'iOS software'],
    ]);
  });

  test('keeps the input order of entries inside a group', () => {
    const first = entry('z-last-alphabetically', 'storage');
    const second = entry('a-first-alphabetically', 'storage');
    const third = entry('m-middle', 'storage');
    const [group] = groupByCategory([first, entry('other', 'basics'), second, third], 'en').filter((g) => g.category === 'storage');
    expect(group?.entries).toEqual([first, second, third]);
    expect(group?.entries[0]).toBe(first);
  });

  test('puts every entry in exactly one group', () => {
    const entries = CATEGORIES.flatMap((category, index) => [
      entry(`${category}-1`, category),
      entry(`${category}-2`, CATEGORIES[(index + 1) % CATEGORIES.length] ?? category),
    ]);
    const grouped = groupByCategory(entries, 'en').flatMap((group) => group.entries);
    expect(grouped).toHaveLength(entries.length);
    expect(new Set(grouped)).toEqual(new Set(entries));
  });
});
