/**
 * No built page runs words together around an inline element ("or<a>look up
 * the alert</a>"): Astro 7 drops the line break between a line's last word
 * and an element on the next line unless the template writes {' '}. Every
 * HTML page in dist/, the search dialog's template included; the rule and its
 * exceptions are in test/support/run-together.ts.
 */
import { expect, test } from 'vitest';
import { readHtmlPages } from '../support/dist.ts';
import { runTogethersIn } from '../support/run-together.ts';

test('no page runs words together around a link, a code, a span or another inline element', () => {
  const found = readHtmlPages().flatMap((page) => runTogethersIn(page.document).map((join) => `${page.file}: ${join}`));
  // The same component on many pages is one mistake: each join once, with the first page that has it and how many more.
  const byJoin = new Map<string, string[]>();
  for (const line of found) {
    const join = line.slice(line.indexOf(': ') + 2);
    byJoin.set(join, [...(byJoin.get(join) ?? []), line.slice(0, line.indexOf(': '))]);
  }
  expect([...byJoin].map(([join, files]) => `${files[0] ?? ''}${files.length > 1 ? ` (+${files.length - 1} more)` : ''}: ${join}`)).toEqual([]);
});
