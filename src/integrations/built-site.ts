/**
 * The built site as the after-build checks read it: every HTML page in the
 * output, parsed once and shared (the link check and the URL ledger both
 * use it), with its links, its element ids and, for a redirect page, its
 * target; and every other file, by URL path.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pageFacts } from '../lib/built-html';
import type { BuiltPage } from '../lib/link-check';
import type { BuiltSite } from '../lib/url-ledger';

interface ReadPage extends BuiltPage {
  /** A redirect page's target, from its <meta http-equiv="refresh">. */
  redirectTo?: string | undefined;
}

/** "fixes/a/index.html" → "/fixes/a/"; "404.html" → "/404.html"; "kb/icb-101.txt" → "/kb/icb-101.txt". */
function urlPathOf(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const cache = new Map<string, Promise<{ pages: ReadPage[]; files: string[] }>>();

async function read(outDir: string): Promise<{ pages: ReadPage[]; files: string[] }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => {
        const page: ReadPage = { path: urlPathOf(file), ...pageFacts(await readFile(join(outDir, file), 'utf8')) };
        return page;
      }),
  );
  return { pages, files: files.filter((file) => !file.endsWith('.html')).map(urlPathOf) };
}

function readOnce(outDir: string) {
  let result = cache.get(outDir);
  if (!result) {
    result = read(outDir);
    cache.set(outDir, result);
  }
  return result;
}

/** Every HTML page in `outDir`, parsed (once per build, however many checks ask). */
export async function readBuiltPages(outDir: string): Promise<ReadPage[]> {
  return (await readOnce(outDir)).pages;
}

/** Every page and file in `outDir`, by URL path, for the ledger. */
export async function readBuiltSite(outDir: string): Promise<BuiltSite> {
  const { pages, files } = await readOnce(outDir);
  return new Map([
    ...pages.map((page) => [page.path, { ids: page.ids, redirectTo: page.redirectTo }] as const),
    ...files.map((file) => [file, { ids: new Set<string>() }] as const),
  ]);
}
