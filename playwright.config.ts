import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './e2e/browser';

const PORT = 4321;
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
  // 2 cores on CI; builds and browsers share them.
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // The whole run should take well under this.
  globalTimeout: 5 * 60_000,

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
      testIgnore: 'build-failures.spec.ts',
      fullyParallel: true,
      use: { browserName: 'chromium', launchOptions: browserLaunchOptions() },
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
