/**
 * Whether a built page asks search engines not to index it (the 404 page,
 * redirect pages). Such pages stay out of the sitemap. Reads the built file,
 * so the page itself is the one source of that decision.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasNoindex } from '#lib/links/built-html.ts';

export function isNoindexPage(outDir: URL, pageUrl: string): boolean {
  const path = new URL(pageUrl).pathname;
  const file = new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, outDir);
  try {
    return hasNoindex(readFileSync(fileURLToPath(file), 'utf8'));
  } catch {
    return false;
  }
}
