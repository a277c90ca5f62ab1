import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './test/support/browser.ts';

// E2E_PORT lets two test runs share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests. `npm test` builds the site first; these tests never build
 * it themselves (except build-failures, which builds throw-away copies).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The machines have 2 cores, shared by fixture builds, browsers and the server.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // A stop for a run that hangs, not a target: README ("Two commands") gives the usual times of
  // the gate tier (`npm test`) and the full tier (`npm run test:full`, tests tagged @full).
  globalTimeout: 30 * 60_000,

  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },

  projects: [
    {
      // Real `astro build`s of fixture content that must fail. Node only, no browser.
      name: 'build-failures',
      testMatch: 'build-failures.spec.ts',
      fullyParallel: true,
      workers: 2,
      timeout: 120_000,
    },
    {
      // The built site in Chromium.
      name: 'site',
      testIgnore: ['build-failures.spec.ts', 'lighthouse.spec.ts'],
      fullyParallel: true,
      use: { browserName: 'chromium', launchOptions: browserLaunchOptions() },
    },
    {
      // Lighthouse (mobile) on the home page and an article: one page at a
      // time, so two audits never compete for the CPU. Node only; Lighthouse
      // starts its own Chromium (scripts/lighthouse.ts).
      name: 'lighthouse',
      testMatch: 'lighthouse.spec.ts',
      workers: 1,
      timeout: 120_000,
    },
  ],

  // Serves the dist/ that `npm run build` made (and dist/404.html for unknown URLs).
  // --ignore-lock: start even if someone's `astro preview` is already running
  // (Astro 7 refuses otherwise), and stay in the foreground (Astro 7 moves
  // itself to the background when it thinks an AI agent runs it), so
  // Playwright owns this server and stops it at the end.
  webServer: {
    command: `npm run preview -- --port ${PORT} --host 127.0.0.1 --ignore-lock`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
