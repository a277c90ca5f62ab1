/**
 * Scale benchmark: builds a throw-away copy of the site holding the real
 * content and N copies of its fix articles (bench/generate.ts) with the real
 * configuration, and reports build time, memory, output sizes and search
 * latency. It measures; it never fails on a figure. It exits non-zero only
 * when the build itself fails (or on a bad flag).
 *
 *   npm run bench                  # 1000 copies
 *   npm run bench -- --n 50
 *
 * Prints a table and writes bench/results.json. KEEP_TEMP_PROJECT=1 keeps the
 * temporary copy (and its dist/) for a look afterwards. To add a figure, add a
 * Measurement to MEASUREMENTS: it gets the context (the temp site and its
 * dist/), returns its part of the results, and says how to show it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createTempSite, listFiles, REAL_MODULES, removeTempSite, ROOT, runIn, stripAnsi } from '../test/support/temp-site.ts';
import { generateSite, MAX_ARTICLES } from './generate.ts';
import { isMemoryPollingSupported, watchMemory, type MemoryPeak } from './process-memory.ts';
import { searchLatency } from './search-bench.ts';
import { defined } from '#lib/defined.ts';
import { formatKiB, median } from '../test/support/stats.ts';

const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
const GNU_TIME = '/usr/bin/time';
/** The build the bench runs: package.json's "build" script, which must still be this. */
const BUILD = ['astro', 'build'];

interface BenchContext {
  n: number;
  /** The temporary copy of the site, once created. */
  dir?: string;
  /** Its dist/, once built. */
  dist?: string;
}

type Row = [label: string, value: string];

interface Measurement<T> {
  /** Its key in results.json. */
  key: string;
  /** Its heading in the table. */
  title: string;
  measure(ctx: BenchContext): Promise<T>;
  rows(result: T): Row[];
}

/** The build failed: its output is printed and the bench exits non-zero. */
class BuildFailed extends Error {
  output: string;
  constructor(message: string, output: string) {
    super(message);
    this.output = output;
  }
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return formatKiB(n);
  return `${(n / 1024 ** 2).toFixed(1)} MiB`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const count = (n: number) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------
// The measurements, in order

interface ContentResult {
  articles: number;
  copies: number;
  contentBytes: number;
  generateMs: number;
}

const content: Measurement<ContentResult> = {
  key: 'content',
  title: 'Content (the real content/ and copies of its fix articles)',
  async measure(ctx) {
    const started = performance.now();
    const site = generateSite(ctx.n);
    ctx.dir = await createTempSite(site.files, 'kb-bench-');
    const contentBytes = Object.values(site.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    return { articles: site.articles, copies: site.copies, contentBytes, generateMs: Math.round(performance.now() - started) };
  },
  rows: (r) => [
    ['fix articles (content/fixes/*.mdx), of them copies', `${count(r.articles)}, ${count(r.copies)}`],
    ['content files, total', bytes(r.contentBytes)],
    ['generate + write the temporary site', seconds(r.generateMs)],
  ],
};

interface BuildResult {
  command: string;
  exitCode: number | null;
  ms: number;
  memory?: MemoryPeak;
  /** From getrusage via GNU time: max RSS of the largest single process, and CPU time of the whole tree. */
  gnuTime?: { maxRssBytes: number; userSeconds: number; systemSeconds: number };
  /** Lines of its output that say WARN or warning. */
  warnings: number;
  pagesBuilt: number;
  pagesPerSecond: number;
  /** Astro's own timing lines ("[vite] ✓ built in 25.51s"…), timestamps removed. */
  astroReported: string[];
  /** The search index's line (src/integrations/search-index.ts): pages, chunks, chunk size. */
  pagefindReported: string[];
}

const build: Measurement<BuildResult> = {
  key: 'build',
  title: `Build (${BUILD.join(' ')}, Pagefind included)`,
  async measure(ctx) {
    const dir = defined(ctx.dir, 'the generated site (the content step runs first)');
    const script = (JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
      .build;
    if (script !== BUILD.join(' '))
      throw new Error(`bench: the build script is now ${JSON.stringify(script)}: update BUILD in bench/run.ts`);
    const [command, ...args] = BUILD as [string, ...string[]];
    const timeFile = path.join(dir, '.bench-time');
    const useTime = existsSync(GNU_TIME);
    let stop: (() => MemoryPeak) | undefined;
    process.stdout.write(`  running ${BUILD.join(' ')} …`);
    const run = await runIn(dir, useTime ? GNU_TIME : command, useTime ? ['-f', '%M %U %S', '-o', timeFile, command, ...args] : args, {
      onSpawn: (child) => (stop = isMemoryPollingSupported() && child.pid ? watchMemory(child.pid, { ignore: ['time'] }) : undefined),
      // The generated site has no published-URL ledger yet: the build records one, as `npm run ledger` does.
      env: { URL_LEDGER: 'update' },
    });
    const memory = stop?.();
    process.stdout.write(` ${seconds(run.ms)}\n`);
    const output = stripAnsi(run.output);
    if (run.code !== 0) throw new BuildFailed(`"${BUILD.join(' ')}" failed (exit ${run.code}) after ${seconds(run.ms)}`, output);

    let gnuTime: BuildResult['gnuTime'];
    if (useTime) {
      // The last line; GNU time puts "Command exited with non-zero status" before it.
      const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      if ([kb, user, system].every((v) => Number.isFinite(v))) {
        gnuTime = { maxRssBytes: Number(kb) * 1024, userSeconds: Number(user), systemSeconds: Number(system) };
      }
    }
    ctx.dist = path.join(dir, 'dist');
    const pagesBuilt = (await listFiles(ctx.dist)).filter((f) => f.endsWith('.html')).length;
    const lines = (pattern: RegExp) =>
      output
        .split('\n')
        .filter((line) => pattern.test(line))
        .map((line) => line.replace(/^\d\d:\d\d:\d\d\s+/, '').trim());
    return {
      command: BUILD.join(' '),
      exitCode: run.code,
      ms: Math.round(run.ms),
      memory,
      gnuTime,
      warnings: output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line)).length,
      pagesBuilt,
      pagesPerSecond: Number((pagesBuilt / (run.ms / 1000)).toFixed(2)),
      astroReported: lines(/\[(types|build|vite)\].*(Generated|built in|Completed in)/),
      pagefindReported: lines(/\[search-index/),
    };
  },
  rows(r) {
    const rows: Row[] = [['wall time', seconds(r.ms)]];
    if (r.memory) {
      rows.push(['peak RSS, process tree (sampled sum)', bytes(r.memory.peakTreeRssBytes)]);
      for (const p of r.memory.processes) rows.push([`peak RSS of ${p.command} (VmHWM)`, bytes(p.peakBytes)]);
    }
    if (r.gnuTime) {
      rows.push(['max RSS, largest process (GNU time)', bytes(r.gnuTime.maxRssBytes)]);
      rows.push(['CPU time, user + system', `${r.gnuTime.userSeconds.toFixed(2)} s + ${r.gnuTime.systemSeconds.toFixed(2)} s`]);
    }
    if (r.warnings) rows.push(['warnings in its output', count(r.warnings)]);
    rows.push(['HTML pages built', count(r.pagesBuilt)]);
    rows.push(['pages per second (wall time)', r.pagesPerSecond.toFixed(1)]);
    for (const line of r.astroReported) rows.push(['astro says', line]);
    for (const line of r.pagefindReported) rows.push(['search index says', line]);
    return rows;
  },
};

interface PageSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

interface OutputResult {
  htmlPages: number;
  articlePages: number;
  medianArticleBytes: number;
  medianArticleGzipBytes: number;
  minArticleBytes: number;
  maxArticleBytes: number;
  /** The largest HTML pages: the lists of all articles grow with n. */
  largestPages: PageSize[];
  htmlBytes: number;
  distBytesWithoutPagefind: number;
  /** dist/pagefind/ by folder (fragment/, index/, filter/, and the rest: scripts, WebAssembly, metadata). */
  pagefind: Record<string, { files: number; bytes: number }>;
}

const GZIP_LEVEL = 6;

const output: Measurement<OutputResult> = {
  key: 'output',
  title: 'Output (dist/)',
  async measure(ctx) {
    const dist = defined(ctx.dist, "the generated site's dist/ (the build step runs first)");
    const html: PageSize[] = [];
    const pagefind: OutputResult['pagefind'] = {};
    let distBytesWithoutPagefind = 0;
    for (const file of await listFiles(dist)) {
      const data = await fs.readFile(path.join(dist, file));
      if (file.startsWith('pagefind/')) {
        const folder = /^pagefind\/(fragment|index|filter)\//.exec(file)?.[1] ?? 'other';
        const sum = (pagefind[folder] ??= { files: 0, bytes: 0 });
        sum.files++;
        sum.bytes += data.length;
        continue;
      }
      distBytesWithoutPagefind += data.length;
      if (file.endsWith('.html')) html.push({ path: file, bytes: data.length, gzipBytes: gzipSync(data, { level: GZIP_LEVEL }).length });
    }
    const articles = html.filter((p) => /^fixes\/[^/]+\/index\.html$/.test(p.path));
    const articleBytes = articles.map((p) => p.bytes);
    return {
      htmlPages: html.length,
      articlePages: articles.length,
      medianArticleBytes: Math.round(median(articleBytes)),
      medianArticleGzipBytes: Math.round(median(articles.map((p) => p.gzipBytes))),
      minArticleBytes: Math.min(...articleBytes),
      maxArticleBytes: Math.max(...articleBytes),
      largestPages: [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 3),
      htmlBytes: html.reduce((sum, p) => sum + p.bytes, 0),
      distBytesWithoutPagefind,
      pagefind,
    };
  },
  rows: (r) => [
    ['article pages (fixes/*/index.html)', count(r.articlePages)],
    ['median article page, raw', `${bytes(r.medianArticleBytes)} (${count(r.medianArticleBytes)} B)`],
    [`median article page, gzip -${GZIP_LEVEL}`, `${bytes(r.medianArticleGzipBytes)} (${count(r.medianArticleGzipBytes)} B)`],
    ['smallest / largest article page', `${bytes(r.minArticleBytes)} / ${bytes(r.maxArticleBytes)}`],
    ...r.largestPages.map((p): Row => [`large page: ${p.path}`, `${bytes(p.bytes)} (gzip ${bytes(p.gzipBytes)})`]),
    ['all HTML', bytes(r.htmlBytes)],
    ['dist/ without pagefind/', bytes(r.distBytesWithoutPagefind)],
    ...Object.entries(r.pagefind).map(([folder, { files, bytes: size }]): Row => [
      `pagefind/ ${folder}: files / bytes`,
      `${count(files)} / ${bytes(size)}`,
    ]),
  ],
};

/** Run in this order; a later one can use what an earlier one put in the context. */
const MEASUREMENTS: Measurement<unknown>[] = [content, build, output, searchLatency] as Measurement<unknown>[];

// ---------------------------------------------------------------------------

function tryExec(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function packageVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(REAL_MODULES, name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2));

function machine(n: number) {
  const cpus = os.cpus();
  return {
    n,
    date: new Date().toISOString(),
    node: process.version,
    buildNode: tryExec(path.join(REAL_MODULES, '.bin', 'node'), ['--version']),
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    cpus: `${cpus.length} × ${cpus.at(0)?.model ?? '?'}`,
    memoryBytes: os.totalmem(),
    /** 1, 5 and 15 minute load averages at the start and the end: other work on the machine skews wall times. */
    loadAverageStart: loadAverage(),
    gitCommit: tryExec('git', ['rev-parse', '--short', 'HEAD']),
  };
}

function printTable(sections: { title: string; rows: Row[] }[]): void {
  const MAX_LABEL = 52;
  const fit = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);
  const width = Math.max(...sections.flatMap((s) => s.rows.map(([label]) => fit(label).length)));
  for (const { title, rows } of sections) {
    console.log(`\n${title}\n${'-'.repeat(Math.max(title.length, width + 20))}`);
    for (const [label, value] of rows) console.log(`  ${fit(label).padEnd(width)}  ${value}`);
  }
  console.log();
}

const USAGE = `Usage: npm run bench [-- --n <count>]

Builds a temporary copy of the site with the real content and <count> copies of
its fix articles (default 1000, at most ${MAX_ARTICLES}) and reports build time,
memory, page and search-index sizes, and search latency. Writes bench/results.json.
KEEP_TEMP_PROJECT=1 keeps the copy.`;

function parseFlags(): number {
  try {
    const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const n = Number(values.n);
    if (!Number.isInteger(n) || n < 1 || n > MAX_ARTICLES)
      throw new Error(`--n must be a whole number from 1 to ${MAX_ARTICLES}, not ${JSON.stringify(values.n)}`);
    return n;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const n = parseFlags();
  const ctx: BenchContext = { n };
  const meta = machine(n);
  const results: Record<string, unknown> = { meta };
  const sections: { title: string; rows: Row[] }[] = [];
  console.log(`Benchmark: ${n} copies, Node ${process.version}, ${os.cpus().length} CPUs`);
  try {
    for (const m of MEASUREMENTS) {
      const result = await m.measure(ctx);
      results[m.key] = result;
      sections.push({ title: m.title, rows: m.rows(result) });
    }
  } catch (error) {
    if (error instanceof BuildFailed) {
      console.error(`\nThe build failed: ${error.message}. Its output:\n\n${error.output}`);
      // No stale figures from an earlier run: the file says this run failed.
      await fs.writeFile(RESULTS_FILE, `${JSON.stringify({ ...results, buildFailed: error.message }, null, 2)}\n`);
      return 1;
    }
    throw error;
  } finally {
    if (ctx.dir) await removeTempSite(ctx.dir);
  }
  const loadAverageEnd = loadAverage();
  results.meta = { ...meta, loadAverageEnd };
  sections.push({
    title: 'Machine',
    rows: [
      ['n, date, commit', `${n}, ${meta.date}, ${meta.gitCommit ?? '?'}`],
      ['Node (bench / build)', `${meta.node} / ${meta.buildNode ?? '?'}`],
      ['astro, pagefind', `${meta.astro ?? '?'}, ${meta.pagefind ?? '?'}`],
      ['CPUs, memory', `${meta.cpus}, ${bytes(meta.memoryBytes)}`],
      ['load average 1/5/15 min, start → end', `${meta.loadAverageStart.join(' ')} → ${loadAverageEnd.join(' ')}`],
    ],
  });
  printTable(sections);
  await fs.writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
  return 0;
}

process.exitCode = await main();
