/**
 * A content file's frontmatter, read with Astro's own parser, so dates,
 * quoting and the rest mean what they mean to the build. Every reader of
 * content files outside the build uses it: the review report
 * (./review.ts) and the tests (test/support/).
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export type Frontmatter = Record<string, unknown>;

/** A content file's frontmatter (empty when it has none) and the body after it. */
export function readFrontmatter(text: string): { data: Frontmatter; body: string } {
  const { frontmatter, content } = parseFrontmatter(text);
  return { data: frontmatter, body: content };
}
