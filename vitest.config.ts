/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import src/content.config.ts and its schema.
export default getViteConfig({
  // One worker per core, reused across files (each file restores what it mocks or stubs): about a third
  // faster than a fresh worker per file.
  test: { include: ['src/**/*.test.ts', 'test/support/**/*.test.ts'], isolate: false },
});
