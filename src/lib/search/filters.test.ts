import { describe, expect, test } from 'vitest';
import { filterGroups, pagefindFilterQuery } from './filters';

describe('filterGroups', () => {
  test('orders topics along the path and risks from least to most, unknown values last', () => {
    const groups = filterGroups({
      risk: { 'Data at risk': 2, 'No risk': 4, 'Settings reset': 1 },
      category: { 'iCloud storage': 1, 'Quick checks': 1, Zebra: 1, 'Apple Support': 1 },
      other: { x: 1 },
    });
    expect(groups).toEqual([
      {
        name: 'category',
        label: 'Topic',
        options: [
          { value: 'Quick checks', count: 1 },
          { value: 'iCloud storage', count: 1 },
          { value: 'Apple Support', count: 1 },
          { value: 'Zebra', count: 1 },
        ],
      },
      {
        name: 'risk',
        label: 'Risk',
        options: [
          { value: 'No risk', count: 4 },
          { value: 'Settings reset', count: 1 },
          { value: 'Data at risk', count: 2 },
        ],
      },
    ]);
  });

  test('leaves out empty groups and values no page has', () => {
    expect(filterGroups({ category: {}, risk: { 'No risk': 0 } })).toEqual([]);
  });
});

test('pagefindFilterQuery: any value within a group, empty groups left out', () => {
  expect(pagefindFilterQuery({ risk: ['No risk', 'Settings reset'], category: [] })).toEqual({
    risk: { any: ['No risk', 'Settings reset'] },
  });
});
