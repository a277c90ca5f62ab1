/**
 * Names that scripts bundled apart must agree on, defined once. The header's
 * boot code (every page), the search code (one file, loaded on intent) and the
 * article's highlighter are separate bundles: a module imported by two of them
 * would be split into a file of its own that every page loads. So the scripts
 * import nothing for them: astro.config.mjs hands them to Vite's `define`,
 * which writes each value into the code in place of its name (declared for
 * TypeScript below). Components, rendered at build time, import them.
 */
export const SCRIPT_CONSTANTS = {
  /** The event the search code sends with its API; the boot code waits for it. */
  __SEARCH_APP_EVENT__: 'search-app',
  /** The search dialog's id (SearchDialog.astro), and the prefix of its parts' ids. */
  __SEARCH_DIALOG_ID__: 'search-dialog',
  /** Where the build writes Pagefind's files. */
  __PAGEFIND_DIR__: '/pagefind/',
  /** The parameter of a result link that names the searched words for the article's highlighter. */
  __HIGHLIGHT_PARAM__: 'highlight',
} as const;

/** The constants as Vite's `define` takes them: each value as JavaScript source. */
export function scriptDefines(): Record<string, string> {
  return Object.fromEntries(Object.entries(SCRIPT_CONSTANTS).map(([name, value]) => [name, JSON.stringify(value)]));
}

type ScriptConstants = typeof SCRIPT_CONSTANTS;

declare global {
  const __SEARCH_APP_EVENT__: ScriptConstants['__SEARCH_APP_EVENT__'];
  const __SEARCH_DIALOG_ID__: ScriptConstants['__SEARCH_DIALOG_ID__'];
  const __PAGEFIND_DIR__: ScriptConstants['__PAGEFIND_DIR__'];
  const __HIGHLIGHT_PARAM__: ScriptConstants['__HIGHLIGHT_PARAM__'];
}
