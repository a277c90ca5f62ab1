/**
 * Lighthouse audits of the built site, in mobile mode (Lighthouse's default
 * mobile emulation and simulated throttling).
 *
 *   npm run build && npm run lighthouse
 *
 * serves dist/ as `npm start` does (src/lib/static-host/) on a free local port, audits the home page
 * and one article in the Chromium the browser tests use (test/support/browser.ts),
 * writes HTML and JSON reports to reports/lighthouse/, and prints the scores.
 *
 * `runLighthouse` is the reusable part: e2e/lighthouse.spec.ts calls it
 * against the Playwright web server and asserts the scores.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { chromiumExecutablePath, SYSTEM_CHROMIUM_ARGS } from '../test/support/browser.ts';
import { startStaticHost } from '#lib/static-host/server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The pages `npm run lighthouse` and the e2e test audit. */
export const DEFAULT_PATHS = ['/', '/fixes/check-icloud-storage/', '/fr/fixes/check-icloud-storage/'];

export interface FailedAudit {
  category: Category;
  id: string;
  title: string;
  /** 0–1; what the audit scored. */
  score: number;
  /** Its weight in the category score; 0 means it does not lower the score. */
  weight: number;
  /** displayValue, explanation and the first few offending items, on one line. */
  summary: string;
}

export interface PageResult {
  path: string;
  url: string;
  /** 0–100 per category; null if Lighthouse could not score it (e.g. a page error). */
  scores: Record<Category, number | null>;
  /** Audits below a full score, in every category (performance included). */
  failedAudits: FailedAudit[];
  /** Lighthouse's top-level runtime error, if the page could not be audited properly. */
  runtimeError?: string;
  reports: { html: string; json: string };
}

export interface RunOptions {
  /** Where the site is served, e.g. http://127.0.0.1:4321 */
  baseUrl: string;
  paths?: string[];
  /** Reports go to <outDir>/<page>.html and .json (page: "home" or the path, dashed). */
  outDir: string;
}

/** Audits each path in turn in one headless Chromium, then closes it. */
export async function runLighthouse({ baseUrl, paths = DEFAULT_PATHS, outDir }: RunOptions): Promise<PageResult[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutablePath(),
    // chrome-launcher adds its own quiet defaults (no extensions, no sync, …).
    chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const results: PageResult[] = [];
    for (const pagePath of paths) {
      const url = new URL(pagePath, baseUrl).href;
      const flags: Flags = {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      };
      const run = await lighthouse(url, flags);
      if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
      const [html, json] = run.report as string[];
      if (html === undefined || json === undefined) throw new Error(`Lighthouse returned no HTML and JSON report for ${url}`);
      const name = reportName(pagePath);
      const reports = { html: path.join(outDir, `${name}.html`), json: path.join(outDir, `${name}.json`) };
      fs.writeFileSync(reports.html, html);
      fs.writeFileSync(reports.json, json);
      results.push({
        path: pagePath,
        url,
        scores: scoresOf(run.lhr),
        failedAudits: failedAuditsOf(run.lhr),
        runtimeError: run.lhr.runtimeError ? `${run.lhr.runtimeError.code}: ${run.lhr.runtimeError.message}` : undefined,
        reports,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** "home" for /, else the path with dashes: fixes-check-icloud-storage. */
export function reportName(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9._-]+/g, '-') || 'home';
}

function scoresOf(lhr: Result): Record<Category, number | null> {
  const scores = {} as Record<Category, number | null>;
  // A category that was not run is missing, whatever the types say.
  const categories: Partial<Result['categories']> = lhr.categories;
  for (const id of CATEGORIES) {
    const score = categories[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  return scores;
}

function failedAuditsOf(lhr: Result): FailedAudit[] {
  const failed: FailedAudit[] = [];
  const categories: Partial<Result['categories']> = lhr.categories;
  const audits: Partial<Result['audits']> = lhr.audits;
  for (const category of CATEGORIES) {
    for (const ref of categories[category]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (audit?.score == null || audit.score >= 1) continue;
      if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      failed.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        summary: summarize(audit),
      });
    }
  }
  return failed;
}

type AuditResult = Result['audits'][string];

/** A one-line account of why an audit failed. */
function summarize(audit: AuditResult): string {
  const parts: string[] = [];
  if (audit.displayValue) parts.push(audit.displayValue);
  if (audit.explanation) parts.push(audit.explanation);
  if (audit.errorMessage) parts.push(`error: ${audit.errorMessage}`);
  const items = detailItems(audit.details);
  if (items.length > 0) {
    const shown = items.slice(0, 3).map(describeItem).filter(Boolean);
    const more = items.length > 3 ? ` (+${items.length - 3} more)` : '';
    parts.push(`${items.length} item(s)${shown.length > 0 ? `: ${shown.join(' | ')}` : ''}${more}`);
  }
  return parts.join('; ').replace(/\s+/g, ' ').trim();
}

function detailItems(details: unknown): unknown[] {
  if (!details || typeof details !== 'object') return [];
  const { type, items } = details as { type?: string; items?: unknown[] };
  if (!Array.isArray(items)) return [];
  // A "list" holds sub-tables; flatten them.
  if (type === 'list') return items.flatMap((item) => detailItems(item));
  return items;
}

function describeItem(item: unknown): string {
  if (!item || typeof item !== 'object') return String(item);
  const it = item as Record<string, unknown>;
  interface Node {
    type?: string;
    snippet?: string;
    selector?: string;
    url?: string;
  }
  const source = it.source as Node | undefined;
  const node = (it.node as Node | undefined) ?? (source?.type === 'node' ? source : undefined);
  if (node?.snippet || node?.selector) {
    return truncate([node.selector, node.snippet].filter(Boolean).join(' '));
  }
  // Console errors and the like: the message, then where it came from.
  const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
  const text = [it.description, it.label, it.value].find(isText);
  const location = it.sourceLocation as { url?: string } | undefined;
  const url = [it.url, source?.url, location?.url].find(isText);
  if (text || url) return truncate([text, url && `(${url})`].filter(Boolean).join(' '));
  const json = JSON.stringify(item);
  return json === '{}' ? '' : truncate(json);
}

function truncate(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The scores as a small text table, one row per page. */
export function formatScoreTable(results: PageResult[]): string {
  const header = ['page', ...CATEGORIES];
  const rows = results.map((r) => [r.path, ...CATEGORIES.map((c) => String(r.scores[c] ?? '–'))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One line per failed audit: "[category] id — title (score): summary". */
export function formatFailedAudits(audits: FailedAudit[]): string {
  return audits
    .map((a) => {
      const weight = a.weight === 0 ? ', weight 0' : '';
      const summary = a.summary ? `: ${a.summary}` : '';
      return `  [${a.category}] ${a.id} — ${a.title} (score ${a.score}${weight})${summary}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------
// CLI: npm run lighthouse

async function main(): Promise<number> {
  const root = path.resolve(import.meta.dirname, '..');
  if (!fs.existsSync(path.join(root, 'dist', 'index.html'))) {
    console.error('dist/ is missing or has no index.html: run `npm run build` first.');
    return 1;
  }
  const started = Date.now();
  const server = await startStaticHost({ dir: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
  const baseUrl = server.url.replace(/\/$/, '');
  // Ctrl-C or a kill still stops Chromium (the server ends with this process).
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      chromeLauncher.killAll();
      process.exit(code);
    });
  }

  try {
    const outDir = path.join(root, 'reports', 'lighthouse');
    console.log(`Lighthouse (mobile) on ${baseUrl}: ${DEFAULT_PATHS.join(', ')}`);
    const results = await runLighthouse({ baseUrl, paths: DEFAULT_PATHS, outDir });

    console.log(`\n${formatScoreTable(results)}\n`);
    for (const result of results) {
      if (result.runtimeError) console.log(`${result.path}: Lighthouse runtime error ${result.runtimeError}`);
      const failed = result.failedAudits;
      if (failed.length > 0) console.log(`${result.path} — audits below a full score:\n${formatFailedAudits(failed)}\n`);
    }
    console.log(
      `Reports: ${path.relative(process.cwd(), outDir) || '.'}/ (${results.map((r) => path.basename(r.reports.html)).join(', ')}, and .json)`,
    );
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await server.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
