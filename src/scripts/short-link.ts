/**
 * The 404 page's rescue for short links typed another way (/kb/ICB-102,
 * /KB/icb-102/, /icb-102): if the address holds a known kbId, go straight to
 * its article, keeping the #fragment (#step-3). The IDs it knows are the
 * page's own no-JavaScript list of articles by ID.
 */
import { kbIdInPath } from '../lib/kb-id';

export function followShortLink(): void {
  const kbId = kbIdInPath(location.pathname);
  const link = kbId ? document.querySelector<HTMLAnchorElement>(`a[data-kb-id="${kbId}"]`) : null;
  const href = link?.getAttribute('href');
  if (href) location.replace(href + location.hash);
}
