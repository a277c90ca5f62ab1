import { expect, test } from 'vitest';
import { dialogTextAction } from './dialog-text';

test('takes text typed in the header box, a trailing space included', () => {
  expect(dialogTextAction('storage', '', true)).toBe('take');
  expect(dialogTextAction('not ', 'not', false)).toBe('take');
});

test('keeps the last search, selected, when opened without text', () => {
  expect(dialogTextAction('', 'storage', true)).toBe('select-last');
  expect(dialogTextAction('  ', 'storage', true)).toBe('select-last');
  expect(dialogTextAction('storage', 'storage', true)).toBe('select-last');
});

test('leaves an open dialog alone when asked again with the text it holds', () => {
  expect(dialogTextAction('storage', 'storage', false)).toBe('keep');
  expect(dialogTextAction('', 'storage', false)).toBe('keep');
});
