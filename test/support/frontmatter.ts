/**
 * Frontmatter of content files: read with Astro's own parser (so dates, quoting
 * and the rest mean what they mean to the build), written with `yaml`. Used by
 * the content reader (./content.ts), the build-failure fixtures
 * (test/support/temp-project.ts) and the benchmark's generated site (bench/generate.ts).
 * Erasable TypeScript only: the benchmark runs it under Node's type stripping.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { stringify } from 'yaml';

export type Frontmatter = Record<string, unknown>;

/** A content file's frontmatter (empty when it has none) and the body after it. */
export function readFrontmatter(text: string): { data: Frontmatter; body: string } {
  const { frontmatter, content } = parseFrontmatter(text);
  return { data: frontmatter, body: content };
}

/**
 * A content file: `data` as YAML between "---" lines, a blank line, then
 * `body`. Keys whose value is undefined are left out; strings that YAML would
 * read as something else (a number such as "17") are quoted.
 */
export function withFrontmatter(data: Frontmatter, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}
