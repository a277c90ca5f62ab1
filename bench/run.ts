/**
 * Scale benchmark: builds a throw-away copy of the site holding N generated
 * articles with the real configuration and build steps, and reports time,
 * output sizes and memory. It measures; it never fails on a figure. It exits
 * non-zero only when the build itself fails (or on a bad flag).
 *
 *   npm run bench                  # 1000 articles
 *   npm run bench -- --n 50
 *
 * Prints a table and writes bench/results.json. KEEP_TEMP_PROJECT=1 keeps the
 * temporary copy (and its dist/) for a look afterwards.
 *
 * To add a figure (search latency, say), add a Measurement to MEASUREMENTS:
 * it gets the context (the temp site and its dist/) and the results so far,
 * returns its part of the results, and says how to show it in the table.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createTempSite, listFiles, REAL_MODULES, removeTempSite, ROOT, runIn, stripAnsi } from '../test/support/temp-site.ts';
import { DEFAULT_SEED, generateSite, MAX_ARTICLES, type GeneratedArticle } from './generate.ts';
import { isMemoryPollingSupported, watchMemory, type MemoryPeak } from './process-memory.ts';
import { searchLatency } from './search-bench.ts';
import { defined } from '../src/lib/defined.ts';
import { formatKiB, median } from '../test/support/stats.ts';

const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
const GNU_TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------
// The measurement framework

interface BenchContext {
  n: number;
  seed: number;
  articles: GeneratedArticle[];
  /** The temporary copy of the site, once created. */
  dir?: string;
  /** Its dist/, once built. */
  dist?: string;
}

type Results = Record<string, unknown>;
type Row = [label: string, value: string];

interface Measurement<T> {
  /** Its key in results.json. */
  key: string;
  /** Its heading in the table. */
  title: string;
  measure(ctx: BenchContext, results: Results): Promise<T>;
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

// ---------------------------------------------------------------------------
// Formatting

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return formatKiB(n);
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

async function sizeOf(file: string): Promise<number> {
  return (await fs.stat(file)).size;
}

// ---------------------------------------------------------------------------
// Running the build steps

/** A step's result without its output. */
function withoutOutput(step: StepResult): Omit<StepResult, 'output'> {
  const rest: Partial<StepResult> = { ...step };
  delete rest.output;
  return rest as Omit<StepResult, 'output'>;
}

interface StepResult {
  name: string;
  command: string;
  exitCode: number | null;
  ms: number;
  memory?: MemoryPeak;
  /** From getrusage via GNU time: max RSS of the largest single process (exact), and CPU time of the whole tree. */
  gnuTime?: { maxRssBytes: number; userSeconds: number; systemSeconds: number };
  /** Lines of its output that say WARN or warning. */
  warnings: number;
  output: string;
}

/**
 * The steps of package.json's "build" script, e.g.
 * "astro build && pagefind --site dist" → [["astro", "build"], ["pagefind", "--site", "dist"]].
 * Only plain commands joined by && are understood.
 */
function buildCommands(script: string): string[][] {
  return script.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    if (words.some((w) => !/^[\w@./:=,+-]+$/.test(w))) {
      throw new Error(`bench: cannot run the build script ${JSON.stringify(script)}: only plain commands joined by && are supported`);
    }
    return words;
  });
}

function stepName(words: readonly string[]): string {
  const [program = '', second] = words;
  return second && !second.startsWith('-') ? `${program} ${second}` : program;
}

function countWarnings(output: string): number {
  return output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line)).length;
}

async function runStep(dir: string, words: readonly string[]): Promise<StepResult> {
  const [command, ...args] = words as [string, ...string[]];
  const timeFile = path.join(dir, `.bench-time-${process.pid}`);
  const useTime = existsSync(GNU_TIME);
  let stop: (() => MemoryPeak) | undefined;
  const { code, output, ms } = await runIn(
    dir,
    useTime ? GNU_TIME : command,
    useTime ? ['-f', '%M %U %S', '-o', timeFile, command, ...args] : args,
    {
      onSpawn: (child) => (stop = isMemoryPollingSupported() && child.pid ? watchMemory(child.pid, { ignore: ['time'] }) : undefined),
      // The generated site has no published-URL ledger yet: the build records one, as `npm run ledger` does.
      env: { URL_LEDGER: 'update' },
    },
  );
  const memory = stop?.();
  let gnuTime: StepResult['gnuTime'];
  if (useTime) {
    // The last line; GNU time puts "Command exited with non-zero status" before it.
    const last = existsSync(timeFile) ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '') : '';
    const [kb, user, system] = last.split(' ').map(Number);
    if (kb !== undefined && user !== undefined && system !== undefined && [kb, user, system].every((v) => Number.isFinite(v))) {
      gnuTime = { maxRssBytes: kb * 1024, userSeconds: user, systemSeconds: system };
    }
    await fs.rm(timeFile, { force: true });
  }
  const text = stripAnsi(output);
  return {
    name: stepName(words),
    command: words.join(' '),
    exitCode: code,
    ms: Math.round(ms),
    memory,
    gnuTime,
    warnings: countWarnings(text),
    output: text,
  };
}

// ---------------------------------------------------------------------------
// The measurements, in order. Each adds one part to the results.

interface ContentResult {
  articles: number;
  seed: number;
  contentBytes: number;
  generateMs: number;
  copySiteMs: number;
}

const content: Measurement<ContentResult> = {
  key: 'content',
  title: 'Generated content',
  async measure(ctx) {
    let started = performance.now();
    const site = generateSite(ctx.n, ctx.seed);
    ctx.articles = site.articles;
    const generateMs = performance.now() - started;
    started = performance.now();
    const files = [...site.articles, ...site.supportFiles];
    ctx.dir = await createTempSite(Object.fromEntries(files.map((a) => [a.file, a.text])), 'kb-bench-');
    const copySiteMs = performance.now() - started;
    const contentBytes = ctx.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
    return {
      articles: ctx.articles.length,
      seed: ctx.seed,
      contentBytes,
      generateMs: Math.round(generateMs),
      copySiteMs: Math.round(copySiteMs),
    };
  },
  rows: (r) => [
    ['articles (content/fixes/*.mdx)', count(r.articles)],
    ['MDX total', bytes(r.contentBytes)],
    ['generate + write temp site', `${seconds(r.generateMs)} + ${seconds(r.copySiteMs)}`],
  ],
};

interface BuildResult {
  script: string;
  steps: Omit<StepResult, 'output'>[];
  totalMs: number;
  astroBuildMs?: number;
  pagesBuilt: number;
  /** Pages built per second of the whole `astro build` wall time. */
  pagesPerSecond?: number;
  /** Astro's own timing lines ("[vite] ✓ built in 25.51s", "N page(s) built in X"…), timestamps removed. */
  astroReported?: string[];
  /** The search index's line (src/integrations/search-index.ts, Pagefind inside `astro build`): pages, chunks, chunk size. */
  pagefindReported?: string[];
}

const build: Measurement<BuildResult> = {
  key: 'build',
  title: 'Build (package.json "build" script, run step by step)',
  async measure(ctx) {
    const dir = defined(ctx.dir, 'the generated site (the generate step runs first)');
    const pkg = JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    const script = pkg.scripts?.build;
    if (!script) throw new Error('bench: package.json has no "build" script');

    const steps: StepResult[] = [];
    for (const words of buildCommands(script)) {
      process.stdout.write(`  running ${words.join(' ')} …`);
      const step = await runStep(dir, words);
      process.stdout.write(` ${seconds(step.ms)}\n`);
      steps.push(step);
      if (step.exitCode !== 0) {
        throw new BuildFailed(`"${step.command}" failed (exit ${step.exitCode}) after ${seconds(step.ms)}`, step.output);
      }
    }

    ctx.dist = path.join(dir, 'dist');
    const pagesBuilt = (await listFiles(ctx.dist)).filter((f) => f.endsWith('.html')).length;
    const astro = steps.find((s) => s.name === 'astro build');
    const lines = (pattern: RegExp) =>
      astro?.output
        .split('\n')
        .filter((line) => pattern.test(line))
        .map((line) => line.replace(/^\d\d:\d\d:\d\d\s+/, '').trim());
    const astroReported = lines(/\[(types|build|vite)\].*(Generated|built in|Completed in)/);
    const pagefindReported = lines(/\[search-index\]/);
    return {
      script,
      // The outputs are long; the results file keeps the figures only.
      steps: steps.map((step) => withoutOutput(step)),
      totalMs: steps.reduce((sum, s) => sum + s.ms, 0),
      astroBuildMs: astro?.ms,
      pagesBuilt,
      pagesPerSecond: astro ? Number((pagesBuilt / (astro.ms / 1000)).toFixed(2)) : undefined,
      astroReported,
      pagefindReported,
    };
  },
  rows(r) {
    const rows: Row[] = [];
    for (const s of r.steps) {
      rows.push([`${s.name}: wall time`, seconds(s.ms)]);
      if (s.memory) {
        rows.push([`${s.name}: peak RSS, process tree (sampled sum)`, bytes(s.memory.peakTreeRssBytes)]);
        for (const p of s.memory.processes) rows.push([`${s.name}: peak RSS of ${p.command} (VmHWM)`, bytes(p.peakBytes)]);
      }
      if (s.gnuTime) {
        rows.push([`${s.name}: max RSS, largest process (GNU time)`, bytes(s.gnuTime.maxRssBytes)]);
        rows.push([
          `${s.name}: CPU time, user + system`,
          `${s.gnuTime.userSeconds.toFixed(2)} s + ${s.gnuTime.systemSeconds.toFixed(2)} s`,
        ]);
      }
      if (s.warnings) rows.push([`${s.name}: warnings in its output`, count(s.warnings)]);
    }
    rows.push(['total build time', seconds(r.totalMs)]);
    rows.push(['HTML pages built', count(r.pagesBuilt)]);
    if (r.pagesPerSecond !== undefined) rows.push(['pages per second (astro build wall time)', r.pagesPerSecond.toFixed(1)]);
    for (const line of r.astroReported ?? []) rows.push(['astro says', line]);
    if (r.pagefindReported) rows.push(['pagefind says', r.pagefindReported.join(', ')]);
    return rows;
  },
};

interface PageSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

interface PagesResult {
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
  gzipLevel: number;
}

const GZIP_LEVEL = 6;

const pages: Measurement<PagesResult> = {
  key: 'pages',
  title: 'HTML output (dist/)',
  async measure(ctx) {
    const dist = defined(ctx.dist, "the generated site's dist/ (the build step runs first)");
    const files = await listFiles(dist);
    const html: PageSize[] = [];
    let distBytesWithoutPagefind = 0;
    for (const file of files) {
      if (file.startsWith('pagefind/')) continue;
      const data = await fs.readFile(path.join(dist, file));
      distBytesWithoutPagefind += data.length;
      if (file.endsWith('.html')) {
        html.push({ path: file, bytes: data.length, gzipBytes: gzipSync(data, { level: GZIP_LEVEL }).length });
      }
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
      gzipLevel: GZIP_LEVEL,
    };
  },
  rows: (r) => [
    ['article pages (fixes/*/index.html)', count(r.articlePages)],
    ['median article page, raw', `${bytes(r.medianArticleBytes)} (${count(r.medianArticleBytes)} B)`],
    [`median article page, gzip -${r.gzipLevel}`, `${bytes(r.medianArticleGzipBytes)} (${count(r.medianArticleGzipBytes)} B)`],
    ['smallest / largest article page', `${bytes(r.minArticleBytes)} / ${bytes(r.maxArticleBytes)}`],
    ...r.largestPages.map((p): Row => [`large page: ${p.path}`, `${bytes(p.bytes)} (gzip ${bytes(p.gzipBytes)})`]),
    ['all HTML', bytes(r.htmlBytes)],
    ['dist/ without pagefind/', bytes(r.distBytesWithoutPagefind)],
  ],
};

interface PagefindResult {
  files: number;
  bytes: number;
  fragmentFiles: number;
  fragmentBytes: number;
  indexFiles: number;
  indexBytes: number;
  filterFiles: number;
  otherFiles: number;
  otherBytes: number;
  /** From pagefind-entry.json. */
  pageCount?: number;
}

const pagefindIndex: Measurement<PagefindResult> = {
  key: 'pagefind',
  title: 'Pagefind index (dist/pagefind/)',
  async measure(ctx) {
    const dir = path.join(defined(ctx.dist, "the generated site's dist/ (the build step runs first)"), 'pagefind');
    const files = await listFiles(dir);
    const r: PagefindResult = {
      files: files.length,
      bytes: 0,
      fragmentFiles: 0,
      fragmentBytes: 0,
      indexFiles: 0,
      indexBytes: 0,
      filterFiles: 0,
      otherFiles: 0,
      otherBytes: 0,
    };
    for (const file of files) {
      const size = await sizeOf(path.join(dir, file));
      r.bytes += size;
      if (file.startsWith('fragment/')) {
        r.fragmentFiles++;
        r.fragmentBytes += size;
      } else if (file.startsWith('index/')) {
        r.indexFiles++;
        r.indexBytes += size;
      } else if (file.startsWith('filter/')) {
        r.filterFiles++;
        r.otherBytes += size;
      } else {
        r.otherFiles++;
        r.otherBytes += size;
      }
    }
    try {
      const entry = JSON.parse(await fs.readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages?: Record<string, { page_count?: number }>;
      };
      r.pageCount = Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
    } catch {
      // No entry file: leave the page count out.
    }
    return r;
  },
  rows: (r) => [
    ['files / total size', `${count(r.files)} / ${bytes(r.bytes)}`],
    ['fragment files (fragment/*.pf_fragment)', `${count(r.fragmentFiles)} / ${bytes(r.fragmentBytes)}`],
    ['index chunks (index/*.pf_index)', `${count(r.indexFiles)} / ${bytes(r.indexBytes)}`],
    ['filter files, other files (JS, wasm, meta)', `${count(r.filterFiles)}, ${count(r.otherFiles)} (together ${bytes(r.otherBytes)})`],
    ...(r.pageCount !== undefined ? [['pages in the index (pagefind-entry.json)', count(r.pageCount)] as Row] : []),
  ],
};

/** Run in this order; a later one can use what an earlier one put in the context. */
const MEASUREMENTS: Measurement<unknown>[] = [content, build, pages, pagefindIndex, searchLatency];

// ---------------------------------------------------------------------------

function packageVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(REAL_MODULES, name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

function tryExec(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function loadAverage(): number[] {
  return os.loadavg().map((l) => Number(l.toFixed(2)));
}

function environment(n: number, seed: number) {
  const cpus = os.cpus();
  const status = tryExec('git', ['status', '--porcelain']);
  return {
    n,
    seed,
    date: new Date().toISOString(),
    node: process.version,
    buildNode: tryExec(path.join(REAL_MODULES, '.bin', 'node'), ['--version']),
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    cpuCount: cpus.length,
    availableParallelism: os.availableParallelism(),
    cpuModel: cpus.at(0)?.model,
    totalMemoryBytes: os.totalmem(),
    /** 1, 5 and 15 minute load averages at the start (and, added later, the end): other work on the machine skews wall times. */
    loadAverageStart: loadAverage(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    gitCommit: tryExec('git', ['rev-parse', '--short', 'HEAD']),
    /** Uncommitted files in the real project when the bench ran (its src/ and config were copied as they were). */
    gitUncommittedFiles: status === undefined ? undefined : status.split('\n').filter(Boolean).length,
    memoryMethod: [
      isMemoryPollingSupported()
        ? 'polling /proc/<pid>/status (VmRSS summed over the process tree; VmHWM per process) every 50 ms'
        : undefined,
      existsSync(GNU_TIME) ? 'GNU time %M (getrusage max RSS of the largest single process)' : undefined,
    ].filter(Boolean),
  };
}

const MAX_LABEL = 52;

function printTable(sections: { title: string; rows: Row[] }[]): void {
  const fit = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);
  const width = Math.max(...sections.flatMap((s) => s.rows.map(([label]) => fit(label).length)));
  for (const { title, rows } of sections) {
    console.log(`\n${title}`);
    console.log('-'.repeat(Math.max(title.length, width + 20)));
    for (const [label, value] of rows) console.log(`  ${fit(label).padEnd(width)}  ${value}`);
  }
  console.log();
}

const USAGE = `Usage: npm run bench [-- --n <count>]

Builds a temporary copy of the site with <count> generated articles (default 1000,
at most ${MAX_ARTICLES}) and reports build time, page and search-index sizes, and
peak memory. Writes bench/results.json. KEEP_TEMP_PROJECT=1 keeps the copy.`;

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
  const ctx: BenchContext = { n, seed: DEFAULT_SEED, articles: [] };
  const meta = environment(n, DEFAULT_SEED);
  const results: Results = { meta };
  const sections: { title: string; rows: Row[] }[] = [];
  console.log(`Benchmark: ${n} generated articles, Node ${process.version}, ${os.cpus().length} CPUs`);
  try {
    for (const m of MEASUREMENTS) {
      const result = await m.measure(ctx, results);
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

  results.meta = { ...meta, loadAverageEnd: loadAverage() };
  sections.push({
    title: 'Machine',
    rows: [
      ['n, date', `${n}, ${meta.date}`],
      ['Node (bench / build)', `${meta.node} / ${meta.buildNode ?? '?'}`],
      ['astro, pagefind', `${meta.astro ?? '?'}, ${meta.pagefind ?? '?'}`],
      ['CPUs', `${meta.cpuCount} × ${meta.cpuModel ?? '?'}`],
      ['memory', bytes(meta.totalMemoryBytes)],
      ['load average 1/5/15 min, start → end', `${meta.loadAverageStart.join(' ')} → ${loadAverage().join(' ')}`],
      ['memory method', meta.memoryMethod.join('; ')],
    ],
  });
  printTable(sections);
  await fs.writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
  return 0;
}

process.exitCode = await main();
