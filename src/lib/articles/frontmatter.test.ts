import { expect, test } from 'vitest';
import { readFrontmatter } from './frontmatter';

test('reads the YAML between the --- lines as the build does (an unquoted date is a date) and returns the body after it', () => {
  const { data, body } = readFrontmatter('---\ntitle: "17"\nlastReviewed: 2026-11-25\n---\n\n## Steps\n');
  expect(data).toEqual({ title: '17', lastReviewed: new Date('2026-11-25T00:00:00Z') });
  expect(body.trim()).toBe('## Steps');
});

test('a file without frontmatter has empty data and all of its text as the body', () => {
  expect(readFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n' });
});
