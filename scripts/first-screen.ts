/**
 * How far down the reader's way forward starts on a phone, for every page that has one:
 *
 *   npm run build && npm run first-screen
 *
 * serves dist/ on a free port and, at 390×844 and 320×640, prints in screens
 * where step 1 of every fix starts, where the fix button of every
 * troubleshooter result starts, and where the home page's ways to start are
 * (test/support/first-screen.ts says what is measured). Below 1.00 is on the
 * first screen. It reports; e2e/page-sweep.spec.ts is the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../test/support/browser.ts';
import { FIRST_THING, PHONE_WINDOWS, screensDown } from '../test/support/first-screen.ts';
import { startStaticHost } from '#lib/static-host/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

/** Every built page under `dir` (a dist/ folder), as site paths. */
function pagesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(dist, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${dir}/${path.dirname(file)}/`.replace('/./', '/'))
    .sort();
}

const fixes = pagesUnder('fixes').filter((page) => page !== '/fixes/');
// A result is two levels under /troubleshoot/ (/troubleshoot/<question>/<answer>/); an answer
// that leads to another question is a redirect page there instead.
const isRedirect = (page: string) => fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8').includes('http-equiv="refresh"');
const results = pagesUnder('troubleshoot').filter((page) => page.split('/').length === 5 && !isRedirect(page));
const rows: { page: string; selector: string }[] = [
  { page: '/', selector: FIRST_THING.homeStart },
  { page: '/', selector: FIRST_THING.homeSearch },
  ...fixes.map((page) => ({ page, selector: FIRST_THING.fix })),
  ...results.map((page) => ({ page, selector: FIRST_THING.result })),
];

const server = await startStaticHost({ dir: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
const browser = await chromium.launch(browserLaunchOptions());
const format = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));
try {
  const pages = await Promise.all(PHONE_WINDOWS.map((viewport) => browser.newPage({ viewport })));
  console.log(`| Page | What | ${PHONE_WINDOWS.map(({ width, height }) => `${width}×${height}`).join(' | ')} |`);
  console.log(`|---|---|${PHONE_WINDOWS.map(() => '---:').join('|')}|`);
  const worst = PHONE_WINDOWS.map(() => 0);
  for (const { page: sitePath, selector } of rows) {
    const figures: (number | undefined)[] = [];
    for (const [index, page] of pages.entries()) {
      await page.goto(new URL(sitePath, server.url).href);
      const top = (await screensDown(page, selector))?.top;
      figures.push(top);
      if (top !== undefined) worst[index] = Math.max(worst[index] ?? 0, top);
    }
    console.log(`| ${sitePath} | \`${selector}\` | ${figures.map(format).join(' | ')} |`);
  }
  const windows = PHONE_WINDOWS.map(({ width, height }, index) => `${format(worst[index])} at ${width}×${height}`);
  console.log(`\nThe furthest down: ${windows.join(', ')} (screens).`);
} finally {
  await browser.close();
  await server.close();
}
