import { describe, expect, test } from 'vitest';
import { findOneWayLinks, type AlertEntry, type FixEntry } from './alert-links';

const refs = (...ids: string[]) => ids.map((id) => ({ id }));
const alert = (id: string, ...fixes: string[]): AlertEntry => ({
  id,
  filePath: `content/alerts/${id}.md`,
  data: { fixes: refs(...fixes) },
});
const fix = (id: string, ...errors: string[]): FixEntry => ({ id, filePath: `content/fixes/${id}.mdx`, data: { errors: refs(...errors) } });

describe('findOneWayLinks', () => {
  test('accepts alerts and fixes that name each other', () => {
    expect(
      findOneWayLinks([alert('full', 'storage', 'support')], [fix('storage', 'full'), fix('support', 'full'), fix('restart')]),
    ).toEqual([]);
  });

  test('reports an alert whose fix does not name it back', () => {
    expect(findOneWayLinks([alert('full', 'storage')], [fix('storage')])).toEqual([
      'content/alerts/full.md: fixes[0] is "storage", but content/fixes/storage.mdx does not list "full" in its errors. Add it there, or remove it here.',
    ]);
  });

  test('reports a fix whose alert does not name it back', () => {
    expect(findOneWayLinks([alert('full')], [fix('storage', 'full')])).toEqual([
      'content/fixes/storage.mdx: errors[0] is "full", but content/alerts/full.md does not list "storage" in its fixes. Add it there, or remove it here.',
    ]);
  });

  test('reports references to things that do not exist, listing what does', () => {
    const problems = findOneWayLinks([alert('full', 'nope')], [fix('storage', 'missing')]);
    expect(problems).toEqual([
      'content/alerts/full.md: fixes[0] is "nope", but no article has that name. Use one of: storage.',
      'content/fixes/storage.mdx: errors[0] is "missing", but no alert has that name. Use one of: full.',
    ]);
  });
});
