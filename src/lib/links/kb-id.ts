/**
 * A kbId in a URL path, for the 404 page's rescue of short links typed another
 * way. Re-exported by routes.ts (the URL shapes); a module of its own so the
 * 404 page's script shares no module with the search code (the bundler would
 * put a shared module into a file of its own, which the search code would then
 * fetch after itself).
 */
/** A kbId: "icb-" and 3 to 5 digits, such as icb-104. The one place the shape is written. */
export const KB_ID_PATTERN = 'icb-\\d{3,5}';
// Pure and built by concatenation, so a bundle that uses neither (the search code, through
// routes.ts) drops this module whole: the 404 page's script must be the only one to load it.
/** A whole string that is a kbId. */
export const KB_ID = /* @__PURE__ */ new RegExp('^' + KB_ID_PATTERN + '$');
const KB_ID_IN_TEXT = /* @__PURE__ */ new RegExp(KB_ID_PATTERN + '(?!\\d)', 'i');

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

/** What the 404 page does with the ID an address names: go to the article (`href`), or say no article has it. */
interface ShortLinkRescue {
  kbId: string;
  /** The article's address; none when no article has the ID. */
  href?: string;
}

/**
 * The 404 page's rescue for an address: undefined when it names no ID; else
 * the ID, with the article's address when `hrefOf` (the page's list of
 * articles by ID) knows it.
 */
export function shortLinkRescue(path: string, hrefOf: (kbId: string) => string | undefined): ShortLinkRescue | undefined {
  const kbId = kbIdInPath(path);
  if (!kbId) return undefined;
  const href = hrefOf(kbId);
  return href ? { kbId, href } : { kbId };
}
