/**
 * The boot code (on every page) must not share a module with the search code,
 * or the bundler would split that module into a file every page loads. So a
 * few names are written twice; this keeps the copies equal.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PAGEFIND_URL } from '../pagefind';
import { SEARCH_APP_EVENT } from './app';
import { PAGEFIND_DIR } from './preload';

test('the boot code preloads the files the search code asks for', () => {
  expect(PAGEFIND_URL).toBe(`${PAGEFIND_DIR}pagefind.js`);
});

test('the boot code listens for the event the search code sends', () => {
  const boot = readFileSync(new URL('./boot.ts', import.meta.url), 'utf8');
  expect(boot).toContain(`const SEARCH_APP_EVENT = '${SEARCH_APP_EVENT}';`);
});
