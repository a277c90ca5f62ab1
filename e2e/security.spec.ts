/**
 * Security in the browser: the pages run under their Content-Security-Policy
 * without a single violation and call no other origin, with and without
 * dist/_headers applied. What the built files say (each page's CSP covers
 * exactly its own inline code, dist/_headers sets the headers a static host
 * should send) is checked from dist/ in test/dist/security.test.ts.
 */
import type { Page, Request, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDist, sitemapPaths, sitemapSample } from '../test/support/dist';
import { headersFor, parseHeadersFile } from '../src/lib/static-host/headers-file';
import { NOT_FOUND_CONSOLE_LINE, NOT_FOUND_PATH } from '../test/support/site-constants';
import { byTier, type Tier } from '../test/support/tiers';

const SEARCH_WITH_RESULTS = '/search/?q=storage';
const SEARCH_RESULT_LINKS = '#search-results li a';

interface Watch {
  csp: string[];
  workerErrors: string[];
  requests: string[];
}

/** Records CSP violations (console and securitypolicyviolation events), worker errors and every request. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { csp: [], workerErrors: [], requests: [] };
  const isCsp = (text: string) => /content[- ]security[- ]policy/i.test(text);
  page.on('console', (message) => {
    if (isCsp(message.text())) seen.csp.push(`console on ${page.url()}: ${message.text()}`);
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (isCsp(message.text())) seen.csp.push(`worker ${worker.url()} console: ${message.text()}`);
      else if (message.type() === 'error') seen.workerErrors.push(`worker ${worker.url()}: ${message.text()}`);
    });
  });
  // Worker and preload requests too, not only the page's own.
  page.context().on('request', (request: Request) => seen.requests.push(request.url()));
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        log.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}` +
            (e.sample ? ` sample "${e.sample}"` : ''),
        ),
      true,
    );
  });
  return seen;
}

/** The securitypolicyviolation events the current document has seen (they are queued, so let them arrive). */
async function violationEvents(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return [...(window as unknown as { __cspViolations: string[] }).__cspViolations];
  });
}

function offOrigin(requests: string[], origin: string): string[] {
  return [...new Set(requests)].filter((u) => {
    const url = new URL(u);
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  });
}

/** The gate tier's sitemap pages plus the search page with results; the full tier's, the other sitemap pages. */
const pageTiers: Tier<string>[] = byTier(sitemapPaths(), sitemapSample()).map((tier) =>
  tier.tag.length === 0 ? { ...tier, items: [...tier.items, SEARCH_WITH_RESULTS] } : tier,
);

/**
 * Visits the pages, the search page with results last where it is one of them
 * (waiting until Pagefind has run: module import, worker, WebAssembly, index
 * fetches), each answering 200; `check` sees each response. Returns the
 * securitypolicyviolation events, by page.
 */
async function visitPages(
  page: Page,
  paths: readonly string[],
  check: (path: string, response: Response | null) => void = () => undefined,
): Promise<string[]> {
  const events: string[] = [];
  test.setTimeout(30_000 + paths.length * 3_000); // the machine may be busy
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    check(path, response);
    if (path === SEARCH_WITH_RESULTS) {
      await expect(page.locator(SEARCH_RESULT_LINKS).first()).toBeVisible({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
    }
    events.push(...(await violationEvents(page)).map((e) => `${path}: ${e}`));
  }
  return events;
}

/** No CSP message in any console, no securitypolicyviolation event, no error in a worker. */
function expectNoViolations(seen: Watch, events: string[]): void {
  expect.soft(seen.csp, 'CSP messages in the console').toEqual([]);
  expect.soft(events, 'securitypolicyviolation events').toEqual([]);
  expect.soft(seen.workerErrors, 'errors in workers').toEqual([]);
}

/** The test's base URL's origin. */
function originOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('no baseURL: playwright.config.ts sets use.baseURL');
  return new URL(baseURL).origin;
}

for (const { label, tag, items: paths } of pageTiers) {
  test(`${label} of the sitemap pages: no CSP violation, every request to the site itself`, { tag }, async ({ page, baseURL }) => {
    const seen = await watch(page);
    const events = await visitPages(page, paths);
    expectNoViolations(seen, events);
    if (paths.includes(SEARCH_WITH_RESULTS)) {
      expect
        .soft(
          seen.requests.some((u) => u.includes('/pagefind/')),
          'the search loaded Pagefind',
        )
        .toBe(true);
    }
    expect.soft(offOrigin(seen.requests, originOf(baseURL)), 'requests to other origins').toEqual([]);
  });
}

test.describe('the 404 page', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE_LINE] });

  test('no CSP violation, every request to the site itself', async ({ page, baseURL }) => {
    const seen = await watch(page);
    const response = await page.goto(NOT_FOUND_PATH);
    expect(response?.status(), NOT_FOUND_PATH).toBe(404);
    const events = await violationEvents(page);
    expect.soft(seen.csp, 'CSP messages in the console').toEqual([]);
    expect.soft(events, 'securitypolicyviolation events').toEqual([]);
    expect.soft(offOrigin(seen.requests, originOf(baseURL)), 'requests to other origins').toEqual([]);
  });
});

for (const { label, tag, items: paths } of pageTiers) {
  test(
    `with dist/_headers applied as a static host would: no CSP violation on ${label} of the pages`,
    { tag },
    async ({ page, baseURL }) => {
      // Browsers enforce the header policy and the meta policy together; the search (worker, WebAssembly) must survive both.
      const origin = originOf(baseURL);
      const { rules } = parseHeadersFile(readDist('_headers'));
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) return route.continue();
        const response = await route.fetch();
        const headers = { ...response.headers() };
        for (const [name, values] of headersFor(rules, url.pathname)) headers[name] = values.join(', ');
        await route.fulfill({ response, headers });
      });
      const seen = await watch(page);
      const events = await visitPages(page, paths, (path, response) => {
        // The route really added the rules' headers.
        const sent = response?.headers() ?? {};
        for (const [name] of headersFor(rules, new URL(path, origin).pathname)) {
          expect(sent[name], `${path}: ${name} from dist/_headers`).toBeDefined();
        }
      });
      expectNoViolations(seen, events);
    },
  );
}
