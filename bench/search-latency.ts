/**
 * The benchmark's search measurements in a real browser (bench/search-bench.ts):
 *
 * - warm latency: from the last keystroke of a query typed into the search
 *   dialog to its first result painted (the next animation frame after it is in
 *   the DOM), per query, with Pagefind loaded;
 * - cold first search: a fresh browser profile on a throttled phone profile, from
 *   pressing the header's search box to the first result painted, with the
 *   bytes it loads (test/support/search-requests.ts).
 *
 * The dialog's selectors and the request recorder are in test/support/, which
 * the browser tests share. Runs under Node's type stripping: erasable
 * TypeScript only.
 */
import type { Page } from '@playwright/test';
import { clearDialog, DIALOG, HEADER_INPUT, openDialog } from '../test/support/search-dialog.ts';
import { bytesReport, recordRequests, type BytesReport } from '../test/support/search-requests.ts';
import { median, percentile } from '../test/support/stats.ts';

/**
 * Lighthouse's mobile profile as DevTools applies it (its "mobileSlow4G"
 * preset): 562.5 ms request latency, 1474.56 kbit/s down (1.6 Mbit/s × 0.9),
 * 675 kbit/s up, and a CPU 4× slower. shared/peers measures Starlight with the
 * same numbers.
 */
export const THROTTLED_MOBILE = {
  latencyMs: 562.5,
  downloadBytesPerSecond: (1474.56 * 1024) / 8,
  uploadBytesPerSecond: (675 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

export type ThrottleProfile = typeof THROTTLED_MOBILE;

// ---------------------------------------------------------------------------
// Warm latency

/**
 * Starts watching for the first result of `query` in the dialog's listbox (or,
 * for a query that finds nothing, its finished state), and records the time of
 * the last `input` event anywhere (a keystroke). The listbox need not exist yet.
 * Read the result with `readProbe`.
 */
async function startProbe(page: Page, query: string): Promise<void> {
  await page.evaluate(
    ({ query, listbox }) => {
      const probe = { lastInput: NaN, firstResult: NaN, painted: NaN, found: false };
      const onInput = (event: Event) => {
        if (event.isTrusted) probe.lastInput = performance.now();
      };
      document.addEventListener('input', onInput, true);
      (window as unknown as { __searchProbe: Promise<typeof probe> }).__searchProbe = new Promise((resolve) => {
        const check = () => {
          const list = document.querySelector<HTMLElement>(listbox);
          if (list?.dataset.query !== query) return;
          const found = list.querySelector('[role="option"]') !== null;
          if (!found && list.dataset.state !== 'done') return;
          observer.disconnect();
          document.removeEventListener('input', onInput, true);
          probe.found = found;
          probe.firstResult = performance.now();
          // On screen: the frame after the result is in the DOM.
          requestAnimationFrame(() => {
            probe.painted = performance.now();
            resolve(probe);
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-query', 'data-state'],
        });
      });
    },
    { query, listbox: DIALOG.listbox },
  );
}

async function readProbe(page: Page, timeout: number) {
  return page.evaluate(
    (timeout) =>
      Promise.race([
        (window as unknown as { __searchProbe: Promise<{ lastInput: number; firstResult: number; painted: number; found: boolean }> })
          .__searchProbe,
        new Promise<never>((_, reject) =>
          setTimeout(() => {
            reject(new Error('no result in time'));
          }, timeout),
        ),
      ]),
    timeout,
  );
}

interface LatencySample {
  query: string;
  /** Last keystroke to first result painted, ms. */
  ms: number;
  /** False when the query found nothing (then: to the "no results" state). */
  found: boolean;
}

/** Types a query into the open dialog, key by key, and times it. */
async function timeQuery(page: Page, query: string, keyDelayMs = 20): Promise<LatencySample> {
  await clearDialog(page);
  await startProbe(page, query);
  await page.locator(DIALOG.input).pressSequentially(query, { delay: keyDelayMs });
  const probe = await readProbe(page, 20_000);
  return { query, ms: probe.painted - probe.lastInput, found: probe.found };
}

export interface WarmLatency {
  /** Each query typed once with the engine loaded (its index chunks and fragments may still load). */
  firstTime: LatencySample[];
  /** The same queries again: everything cached. */
  repeated: LatencySample[];
  medianMs: number;
  p90Ms: number;
  repeatedMedianMs: number;
  repeatedP90Ms: number;
  keyDelayMs: number;
}

/**
 * Warm latency over a query set: opens the dialog on `path`, runs one warm-up
 * search (Pagefind and its WebAssembly loaded), then times every query twice.
 */
export async function measureWarmLatency(
  page: Page,
  baseUrl: string,
  queries: readonly string[],
  path = '/',
  keyDelayMs = 20,
): Promise<WarmLatency> {
  await page.goto(new URL(path, baseUrl).href);
  await openDialog(page);
  await timeQuery(page, 'backup', keyDelayMs);
  const firstTime: LatencySample[] = [];
  for (const query of queries) firstTime.push(await timeQuery(page, query, keyDelayMs));
  const repeated: LatencySample[] = [];
  for (const query of queries) repeated.push(await timeQuery(page, query, keyDelayMs));
  const ms = (samples: LatencySample[]) => samples.map((s) => s.ms);
  return {
    firstTime,
    repeated,
    medianMs: median(ms(firstTime)),
    p90Ms: percentile(ms(firstTime), 90),
    repeatedMedianMs: median(ms(repeated)),
    repeatedP90Ms: percentile(ms(repeated), 90),
    keyDelayMs,
  };
}

// ---------------------------------------------------------------------------
// Cold first search

export interface ColdSearch {
  query: string;
  typing: 'paste' | number;
  opener: Opener;
  profile: ThrottleProfile | null;
  /** The press on the header's search box (or Ctrl+K) to the dialog painted with the caret in its input, ms. */
  openMs: number;
  /** Press on the header's search box (or Ctrl+K) to the first result painted, ms. */
  fromIntentMs: number;
  /** Last keystroke to the first result painted, ms. */
  fromLastKeyMs: number;
  found: boolean;
  bytes: BytesReport;
}

/** How the reader opens search: a press on the header's box, or Ctrl+K. */
export type Opener = 'click' | 'shortcut';

/**
 * Starts watching for the dialog to be open with the caret in its input; read
 * the time (the frame after it) from window.__openedAt.
 */
async function startOpenProbe(page: Page): Promise<void> {
  await page.evaluate(
    ({ dialog, input }) => {
      const state = window as unknown as { __openedAt?: number };
      const onFocus = () => {
        const field = document.querySelector(input);
        if (!document.querySelector<HTMLDialogElement>(dialog)?.open || document.activeElement !== field) return;
        document.removeEventListener('focusin', onFocus, true);
        requestAnimationFrame(() => (state.__openedAt = performance.now()));
      };
      document.addEventListener('focusin', onFocus, true);
    },
    { dialog: DIALOG.dialog, input: DIALOG.input },
  );
}

/**
 * A first search in a fresh page (use a new browser context: nothing cached):
 * loads `path`, throttles (when a profile is given), then presses the header's
 * search box (or Ctrl+K) and enters the query straight away. Times the dialog's
 * opening, and the first result from the press and from the last keystroke
 * (or the paste).
 */
export async function measureColdSearch(
  page: Page,
  options: {
    baseUrl: string;
    distDir: string;
    query: string;
    path?: string;
    profile?: ThrottleProfile | null;
    /**
     * How the query goes in: 'paste' (one input event, as a pasted alert text:
     * the same work every run) or a pause between keystrokes in ms (~150 is a
     * person typing; each pause longer than the debounce runs a search).
     */
    typing?: 'paste' | number;
    opener?: Opener;
  },
): Promise<ColdSearch> {
  const { baseUrl, distDir, query, path: pagePath = '/', profile = null, typing = 'paste', opener = 'click' } = options;
  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'load' });
  const cdp = profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp && profile) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBytesPerSecond,
      uploadThroughput: profile.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  }
  try {
    await page.evaluate(() => {
      const state = window as unknown as { __intentAt?: number };
      const intent = () => (state.__intentAt ??= performance.now());
      document.addEventListener('pointerdown', intent, { capture: true, once: true });
      document.addEventListener('keydown', intent, { capture: true, once: true });
    });
    await startOpenProbe(page);
    await startProbe(page, query);
    const recorder = recordRequests(page);
    if (opener === 'click') {
      await page.locator(HEADER_INPUT).click();
    } else {
      await page.keyboard.press('Control+k');
    }
    if (typing === 'paste') await page.keyboard.insertText(query);
    else await page.keyboard.type(query, { delay: typing });
    const probe = await readProbe(page, 60_000);
    // Best effort: a page that keeps a connection open never goes idle, and the result is in already.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const { intentAt, openedAt } = await page.evaluate(() => {
      const state = window as unknown as { __intentAt: number; __openedAt?: number };
      return { intentAt: state.__intentAt, openedAt: state.__openedAt ?? NaN };
    });
    return {
      query,
      typing,
      opener,
      profile,
      openMs: openedAt - intentAt,
      fromIntentMs: probe.painted - intentAt,
      fromLastKeyMs: probe.painted - probe.lastInput,
      found: probe.found,
      bytes: await bytesReport(recorder.stop(), distDir),
    };
  } finally {
    if (cdp) {
      // Best effort: the page may be closed already, and then there is nothing to undo.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
      await cdp
        .send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
        .catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    }
  }
}
