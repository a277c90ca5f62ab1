import { defineConfig } from 'vitest/config';

/**
 * The checks that only read the built site (test/dist/): SEO metadata, page
 * weight, CSP and dist/_headers, the search index's text, words run together. They need `npm run build` first and no
 * browser; `npm test` runs them between the build and the browser tests.
 */
export default defineConfig({
  // A check reads every built page in one test: seconds on a quiet machine, many more on a loaded one.
  // The checks only read, so the files share one worker per core (28 s → 10 s at a load average of 6).
  test: { include: ['test/dist/**/*.test.ts'], testTimeout: 60_000, isolate: false },
});
