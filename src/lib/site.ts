/** Facts about the site itself, used by every page shell. */
export const SITE_NAME = 'iCloud Backup Help';
export const SITE_LANG = 'en';

/** "Page title | Site name", or the site name alone for the home page. */
export function pageTitle(title?: string): string {
  return title ? `${title} | ${SITE_NAME}` : SITE_NAME;
}
