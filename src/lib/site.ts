/** Facts about the site itself, used by every page shell. */
export const SITE_NAME = 'iCloud Backup Help';
/** The name where a format limits its length (OpenSearch: 16 characters). */
export const SITE_SHORT_NAME = 'iCloud Backup';
/** What the site is, in one line: the llms.txt summary and the feed's description. */
export const SITE_SUMMARY =
  "A troubleshooting knowledge base for one problem: an iPhone that won't back up to iCloud. One article per fix, in the order to try them, each with numbered steps and exact Settings paths.";

/** "Page title | Site name", or the site name alone for the home page; the site name in the page's language. */
export function pageTitle(title: string | undefined, siteName: string): string {
  return title ? `${title} | ${siteName}` : siteName;
}
