/**
 * The built site as the after-build check (./site-check.ts) reads it: every
 * HTML page in the output, parsed once, with its links, its element ids and,
 * for a redirect page, its target; and every other file, by URL path.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pageFacts } from '#lib/links/built-html.ts';
import type { BuiltPage } from '#lib/links/link-check.ts';
import type { BuiltSite } from '#lib/links/url-ledger.ts';

export interface ReadPage extends BuiltPage {
  /** A redirect page's target, from its <meta http-equiv="refresh">. */
  redirectTo?: string | undefined;
}

/** "fixes/a/index.html" → "/fixes/a/"; "404.html" → "/404.html"; "kb/icb-101.txt" → "/kb/icb-101.txt". */
function urlPathOf(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every HTML page in `outDir`, parsed, and every page and file by URL path
 * (with its element ids and, for a redirect page, its target) for the ledger.
 */
export async function readBuiltSite(outDir: string): Promise<{ pages: ReadPage[]; urls: BuiltSite }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file): Promise<ReadPage> => ({ path: urlPathOf(file), ...pageFacts(await readFile(join(outDir, file), 'utf8')) })),
  );
  const otherFiles = files.filter((file) => !file.endsWith('.html')).map(urlPathOf);
  const urls: BuiltSite = new Map([
    ...pages.map((page) => [page.path, { ids: page.ids, redirectTo: page.redirectTo }] as const),
    ...otherFiles.map((file) => [file, { ids: new Set<string>() }] as const),
  ]);
  return { pages, urls };
}
