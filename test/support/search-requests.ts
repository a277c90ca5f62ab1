/**
 * The bytes a page loads while a browser test or the benchmark watches it:
 * every finished request, each file's size as a host would send it
 * gzip-compressed (Pagefind's index files and WebAssembly are compressed
 * already, so they count as they are), by kind. Erasable TypeScript only: the
 * benchmark runs it under Node's type stripping.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { formatKiB } from './stats.ts';

interface LoadedFile {
  /** URL path and query, as requested. */
  url: string;
  /** Bytes on the wire from this server (body as sent, compressed when it compressed it, plus headers). */
  transferred: number;
  /** The file's size gzip-compressed (-9), or as it is when it is gzip data already. */
  gzip: number;
  /** What the file is, for the breakdown. */
  kind: string;
}

/** What a search request is: our code, Pagefind's script, WebAssembly, index, fragment… */
function kindOf(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return 'search code (our JS)';
  if (urlPath === '/search-vocabulary.json') return 'speller vocabulary';
  if (urlPath === '/search-manifest.json') return 'search manifest';
  if (urlPath === '/pagefind/pagefind.js') return 'pagefind.js';
  if (urlPath === '/pagefind/pagefind-worker.js') return 'pagefind-worker.js';
  if (urlPath.startsWith('/pagefind/wasm.')) return 'WebAssembly';
  if (urlPath === '/pagefind/pagefind-entry.json') return 'pagefind-entry.json';
  if (urlPath.endsWith('.pf_meta')) return 'index metadata (.pf_meta)';
  if (urlPath.startsWith('/pagefind/index/')) return 'index chunks';
  if (urlPath.startsWith('/pagefind/fragment/')) return 'result fragments';
  if (urlPath.startsWith('/pagefind/filter/')) return 'filter chunks';
  return 'other';
}

/** The gzip size of a built file, from dist/. */
function gzipSizeOf(distDir: string, urlPath: string): number | undefined {
  let relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.join(distDir, relative);
  if (!file.startsWith(path.resolve(distDir)) || !existsSync(file)) return undefined;
  const data = readFileSync(file);
  const isGzip = data[0] === 0x1f && data[1] === 0x8b;
  return isGzip ? data.length : gzipSync(data, { level: 9 }).length;
}

/** Records every finished request of a page from now on. */
export function recordRequests(page: Page): { stop(): Request[] } {
  const seen: Request[] = [];
  // The browser fetches the favicon when it likes; it is not search's.
  const onFinished = (request: Request) => {
    if (!new URL(request.url()).pathname.startsWith('/favicon')) seen.push(request);
  };
  page.on('requestfinished', onFinished);
  return {
    stop() {
      page.off('requestfinished', onFinished);
      return seen;
    },
  };
}

export interface BytesReport {
  files: LoadedFile[];
  totalGzip: number;
  totalTransferred: number;
  /** Gzip bytes by kind, largest first. */
  byKind: { kind: string; files: number; gzip: number }[];
}

export async function bytesReport(requests: readonly Request[], distDir: string): Promise<BytesReport> {
  const files: LoadedFile[] = [];
  for (const request of requests) {
    const url = new URL(request.url());
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    const gzip = gzipSizeOf(distDir, url.pathname) ?? sizes.responseBodySize;
    files.push({
      url: url.pathname + url.search,
      transferred: sizes.responseBodySize + sizes.responseHeadersSize,
      gzip,
      kind: kindOf(url.pathname),
    });
  }
  const byKind = new Map<string, { kind: string; files: number; gzip: number }>();
  for (const file of files) {
    const entry = byKind.get(file.kind) ?? { kind: file.kind, files: 0, gzip: 0 };
    entry.files++;
    entry.gzip += file.gzip;
    byKind.set(file.kind, entry);
  }
  return {
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    totalTransferred: files.reduce((sum, f) => sum + f.transferred, 0),
    byKind: [...byKind.values()].sort((a, b) => b.gzip - a.gzip),
  };
}

export function formatBytesReport(report: BytesReport): string {
  const kb = formatKiB;
  return [
    `total ${kb(report.totalGzip)} gzip (${report.files.length} requests; ${kb(report.totalTransferred)} transferred by the local host, headers included)`,
    ...report.byKind.map((k) => `  ${k.kind.padEnd(28)} ${String(k.files).padStart(2)} file(s) ${kb(k.gzip).padStart(9)}`),
  ].join('\n');
}
