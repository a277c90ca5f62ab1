/** Replaced by their values at build time (Vite `define`, from src/lib/search/script-constants.ts). */
type ScriptConstants = typeof import('../lib/search/script-constants').SCRIPT_CONSTANTS;

declare const __SEARCH_APP_EVENT__: ScriptConstants['__SEARCH_APP_EVENT__'];
declare const __SEARCH_DIALOG_ID__: ScriptConstants['__SEARCH_DIALOG_ID__'];
declare const __PAGEFIND_DIR__: ScriptConstants['__PAGEFIND_DIR__'];
declare const __HIGHLIGHT_PARAM__: ScriptConstants['__HIGHLIGHT_PARAM__'];
