/**
 * Frontmatter of content files: read as src/lib/articles/frontmatter.ts reads
 * it (Astro's own parser), written with `yaml`. Used by
 * the content reader (./content.ts), the build-failure fixtures
 * (test/support/temp-project.ts) and the benchmark's generated site (bench/generate.ts).
 * Erasable TypeScript only: the benchmark runs it under Node's type stripping.
 */
import { stringify } from 'yaml';
import type { Frontmatter } from '#lib/articles/frontmatter.ts';

export { readFrontmatter, type Frontmatter } from '#lib/articles/frontmatter.ts';

/**
 * A content file: `data` as YAML between "---" lines, a blank line, then
 * `body`. Keys whose value is undefined are left out; strings that YAML would
 * read as something else (a number such as "17") are quoted.
 */
export function withFrontmatter(data: Frontmatter, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}
