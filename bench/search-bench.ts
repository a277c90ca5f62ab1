/**
 * The benchmark's search step (bench/run.ts MEASUREMENTS): search latency in
 * Chromium on the generated site and on the real site's dist/, each served
 * as `npm start` serves it (src/lib/static-host/):
 *
 * - open: from the press on the header's search box (or Ctrl+K) to the dialog
 *   painted with the caret in its input, throttled like Lighthouse's phone
 *   (562.5 ms latency, 1474.56 kbit/s, CPU 4×) and unthrottled;
 * - first result: a fresh browser profile, from the press to the first result
 *   painted, with the first query pasted at once (COLD_RUNS runs, median and
 *   range), throttled and unthrottled; and typed at a person's pace, throttled
 *   (then from the last keystroke);
 * - the bytes the first search loads: the first query pasted, unthrottled (the
 *   same requests every run), each file gzip-compressed, by kind and by file;
 * - warm: last keystroke to first result painted, median and p90 over the
 *   query set (test/search-eval/queries.json, or SEARCH_EVAL_QUERIES),
 *   each query typed once with Pagefind loaded, then all again (all cached).
 *
 * Wall times depend on what else the machine does: they are reported, never
 * judged. The real site is measured only when `npm run build` has made its dist/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startStaticHost } from '#lib/static-host/server.ts';
import { ROOT } from '../test/support/temp-site.ts';
import { chromiumExecutablePath, SYSTEM_CHROMIUM_ARGS } from '../test/support/browser.ts';
import { EVAL_QUERIES_FILE, readEvalFile } from '../test/support/search-eval.ts';
import { formatBytesReport, type BytesReport } from '../test/support/search-requests.ts';
import { formatKiB, median } from '../test/support/stats.ts';
import { defined } from '#lib/defined.ts';
import { measureColdSearch, measureWarmLatency, THROTTLED_MOBILE, type Opener, type WarmLatency } from './search-latency.ts';

/** A person typing: about 7 keys a second. */
const TYPING_DELAY_MS = 150;
/** Cold first searches per setting: the median and the range are reported. */
const COLD_RUNS = 3;

/** The shared query set; throws, saying where to put it, when it is missing or empty. */
function loadQueries(): { source: string; queries: string[] } {
  const { queries } = readEvalFile(EVAL_QUERIES_FILE) as { queries?: { q: string }[] };
  if (!queries || queries.length === 0) throw new Error(`${EVAL_QUERIES_FILE} lists no queries`);
  return { source: EVAL_QUERIES_FILE, queries: queries.map((q) => q.q) };
}

interface ColdFigures {
  query: string;
  typing: 'paste' | number;
  opener: Opener;
  openMs: number;
  fromIntentMs: number;
  fromLastKeyMs: number;
  bytes: BytesReport;
}

/** The same cold search run several times: each run, and the medians. */
interface ColdSeries {
  runs: ColdFigures[];
  openMedianMs: number;
  fromIntentMedianMs: number;
}

interface SiteSearchResult {
  site: string;
  dist: string;
  skipped?: string;
  warm?: Omit<WarmLatency, 'firstTime' | 'repeated'> & { samples: { query: string; ms: number; repeatedMs: number; found: boolean }[] };
  coldThrottled?: ColdSeries;
  /** Opened with Ctrl+K instead of a press on the box. */
  coldThrottledShortcut?: ColdFigures;
  /** The same, typed at a person's pace: loading overlaps the typing. */
  coldThrottledTyping?: ColdFigures;
  coldUnthrottled?: ColdSeries;
}

export interface SearchLatencyResult {
  querySource: string;
  queries: number;
  profile: typeof THROTTLED_MOBILE;
  sites: SiteSearchResult[];
}

function launch(): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  const system = executablePath === '/usr/bin/chromium';
  return chromium.launch(system ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
}

async function measureSite(site: string, dir: string, queries: readonly string[]): Promise<SiteSearchResult> {
  const dist = path.join(dir, 'dist');
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
    return { site, dist, skipped: `${dist} has no search index: run \`npm run build\` first` };
  }
  process.stdout.write(`  search latency: ${site} …`);
  const started = performance.now();
  const preview = await startStaticHost({ dir: dist, port: 0, host: '127.0.0.1' });
  const browser = await launch();
  try {
    const cold = async (
      profile: typeof THROTTLED_MOBILE | null,
      typing: 'paste' | number = 'paste',
      opener: Opener = 'click',
    ): Promise<ColdFigures> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const result = await measureColdSearch(page, {
          baseUrl: preview.url,
          distDir: dist,
          query: defined(queries[0], 'a query to time'),
          profile,
          typing,
          opener,
        });
        return {
          query: result.query,
          typing,
          opener,
          openMs: Math.round(result.openMs),
          fromIntentMs: Math.round(result.fromIntentMs),
          fromLastKeyMs: Math.round(result.fromLastKeyMs),
          bytes: result.bytes,
        };
      } finally {
        await context.close();
      }
    };
    const series = async (profile: typeof THROTTLED_MOBILE | null): Promise<ColdSeries> => {
      const runs: ColdFigures[] = [];
      for (let i = 0; i < COLD_RUNS; i++) runs.push(await cold(profile));
      return { runs, openMedianMs: median(runs.map((r) => r.openMs)), fromIntentMedianMs: median(runs.map((r) => r.fromIntentMs)) };
    };
    const coldThrottled = await series(THROTTLED_MOBILE);
    const coldThrottledShortcut = await cold(THROTTLED_MOBILE, 'paste', 'shortcut');
    const coldThrottledTyping = await cold(THROTTLED_MOBILE, TYPING_DELAY_MS);
    const coldUnthrottled = await series(null);

    const context = await browser.newContext();
    const page = await context.newPage();
    const warm = await measureWarmLatency(page, preview.url, queries);
    await context.close();
    const { firstTime, repeated, ...figures } = warm;
    process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return {
      site,
      dist,
      warm: {
        ...figures,
        samples: firstTime.map((s, i) => ({
          query: s.query,
          ms: Math.round(s.ms),
          repeatedMs: Math.round(defined(repeated[i], `the repeated run of ${s.query}`).ms),
          found: s.found,
        })),
      },
      coldThrottled,
      coldThrottledShortcut,
      coldThrottledTyping,
      coldUnthrottled,
    };
  } finally {
    await browser.close();
    await preview.close();
  }
}

const ms = (n: number) => `${Math.round(n)} ms`;

export const searchLatency = {
  key: 'search',
  title: 'Search (Chromium, local static host; warm = last keystroke → first result painted)',
  async measure(ctx: { dir?: string }): Promise<SearchLatencyResult> {
    const { source, queries } = loadQueries();
    const sites: SiteSearchResult[] = [];
    if (ctx.dir) sites.push(await measureSite('generated site', ctx.dir, queries));
    sites.push(await measureSite('real site (dist/)', ROOT, queries));
    return { querySource: source, queries: queries.length, profile: THROTTLED_MOBILE, sites };
  },
  rows(r: SearchLatencyResult): [string, string][] {
    const rows: [string, string][] = [['queries', `${r.queries} from ${r.querySource}`]];
    const range = (values: number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
    const each = (s: ColdSeries, key: 'openMs' | 'fromIntentMs') =>
      `${ms(median(s.runs.map((run) => run[key])))} (${range(s.runs.map((run) => run[key]))}, ${s.runs.length} runs)`;
    for (const site of r.sites) {
      if (site.skipped) {
        rows.push([site.site, `skipped: ${site.skipped}`]);
        continue;
      }
      const { warm, coldThrottled, coldThrottledShortcut, coldThrottledTyping, coldUnthrottled } = site;
      if (coldThrottled) {
        rows.push([`${site.site}: throttled: press → dialog open`, each(coldThrottled, 'openMs')]);
        if (coldThrottledShortcut) rows.push([`${site.site}: throttled: Ctrl+K → dialog open`, ms(coldThrottledShortcut.openMs)]);
        rows.push([
          `${site.site}: throttled: press → first result`,
          `${each(coldThrottled, 'fromIntentMs')} ("${coldThrottled.runs[0]?.query}" pasted)`,
        ]);
      }
      if (coldThrottledTyping) {
        rows.push([
          `${site.site}: throttled, typed at ${coldThrottledTyping.typing} ms/key`,
          `last key → result ${ms(coldThrottledTyping.fromLastKeyMs)} (press → result ${ms(coldThrottledTyping.fromIntentMs)})`,
        ]);
      }
      if (coldUnthrottled) {
        rows.push([`${site.site}: unthrottled: press → dialog open`, each(coldUnthrottled, 'openMs')]);
        rows.push([`${site.site}: unthrottled: press → first result`, each(coldUnthrottled, 'fromIntentMs')]);
      }
      if (warm) {
        const empty = warm.samples.filter((s) => !s.found).length;
        rows.push([
          `${site.site}: warm median / p90`,
          `${ms(warm.medianMs)} / ${ms(warm.p90Ms)}${empty ? ` (${empty} queries found nothing)` : ''}`,
        ]);
        rows.push([`${site.site}: warm, repeated query, median / p90`, `${ms(warm.repeatedMedianMs)} / ${ms(warm.repeatedP90Ms)}`]);
      }
      const bytes = coldUnthrottled?.runs[0]?.bytes;
      if (bytes) {
        rows.push([`${site.site}: first search loads (pasted, gzip)`, formatBytesReport(bytes).split('\n')[0] ?? '']);
        for (const kind of bytes.byKind) rows.push([`  ${kind.kind}`, `${kind.files} × → ${formatKiB(kind.gzip)}`]);
        for (const file of bytes.files) rows.push([`    ${file.url.replace(/\?ts=\d+$/, '?ts=…')}`, formatKiB(file.gzip)]);
        if (coldThrottledTyping) {
          rows.push([
            `${site.site}: loaded when typed at ${coldThrottledTyping.typing} ms/key`,
            formatBytesReport(coldThrottledTyping.bytes).split('\n')[0] ?? '',
          ]);
        }
      }
    }
    return rows;
  },
};
