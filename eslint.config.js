// @ts-check
/**
 * Lint: typescript-eslint with type information for TypeScript and the
 * config files, eslint-plugin-astro for components (their frontmatter gets
 * the rules that need no types: the TypeScript service does not read .astro
 * files). Formatting is Prettier's (prettier.config.js), not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/', 'public/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Every promise is awaited, returned or marked with `void`: a forgotten one hides a failure.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // `const { order: _o, ...rest } = valid` is how a test drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Template literals with numbers are how messages are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Browser code: the article script, the search code.
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...astro.configs['flat/recommended'],
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Client scripts inside components run in the browser.
    files: ['**/*.astro/*.ts', '*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
