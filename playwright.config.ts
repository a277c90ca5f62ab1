import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './test/support/browser.ts';
import { BARE_HOST_URL, HOST_PORTS, HOST_URL } from './test/support/hosts.ts';

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
    baseURL: HOST_URL,
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

  // Serve the dist/ that `npm run build` made (scripts/serve.ts), as a host that reads
  // _redirects and _headers does, and on the next port as a bare host that reads neither.
  webServer: [
    { command: `npm run preview -- --port ${HOST_PORTS.host}`, url: `${HOST_URL}/` },
    { command: `npm run preview -- --port ${HOST_PORTS.bare} --bare`, url: `${BARE_HOST_URL}/` },
  ].map((server) => ({
    ...server,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
