import { expect, test } from 'vitest';
import { fileOf } from './content-file';

test('fileOf names the entry’s own file, else the fallback, else the id', () => {
  expect(fileOf({ id: 'a', filePath: 'content/fixes/a.mdx' }, 'flow.yaml')).toBe('content/fixes/a.mdx');
  expect(fileOf({ id: 'start' }, 'content/troubleshooter/flow.yaml')).toBe('content/troubleshooter/flow.yaml');
  expect(fileOf({ id: 'a' })).toBe('a');
});
