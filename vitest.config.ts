/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import src/content.config.ts and its schema.
export default getViteConfig({
  test: { include: ['src/**/*.test.ts', 'test/support/**/*.test.ts'] },
});
