/**
 * Frontmatter written into content files, with `yaml` (src/lib/articles/
 * frontmatter.ts reads it). Used by the build-failure fixtures
 * (test/support/temp-project.ts) and the benchmark's generated site
 * (bench/generate.ts).
 * Erasable TypeScript only: the benchmark runs it under Node's type stripping.
 */
import { stringify } from 'yaml';
import type { Frontmatter } from '#lib/articles/frontmatter.ts';

/**
 * A content file: `data` as YAML between "---" lines, a blank line, then
 * `body`. Keys whose value is undefined are left out; strings that YAML would
 * read as something else (a number such as "17") are quoted.
 */
export function withFrontmatter(data: Frontmatter, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}
