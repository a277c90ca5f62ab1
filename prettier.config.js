// @ts-check
/** Formatting for code and config: TypeScript, JavaScript, Astro, CSS, JSON, YAML. Prose is written by hand (.prettierignore). */
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
