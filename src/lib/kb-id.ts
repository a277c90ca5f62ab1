/**
 * A kbId in a URL path, for the 404 page's rescue of short links typed another
 * way. Re-exported by routes.ts (the URL shapes); a module of its own so the
 * 404 page's script shares no module with the search code (the bundler would
 * put a shared module into a file of its own, which the search code would then
 * fetch after itself).
 */
const KB_ID_IN_TEXT = /icb-\d{3,5}(?!\d)/i;

/**
 * The kbId a mistyped or re-cased address names, lower-cased: /KB/ICB-102,
 * /kb/icb-102 (no slash), /ICB-102/… Any path that holds one counts, so the
 * 404 page can send the reader on. Undefined if the path names none.
 */
export function kbIdInPath(path: string): string | undefined {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed %-escape: read the path as written.
  }
  return KB_ID_IN_TEXT.exec(decoded)?.[0].toLowerCase();
}
