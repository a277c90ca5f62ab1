/** Articles and alerts as plain text, from one converter (src/lib/reply-text.ts), for every text file the site publishes. */
import { ALERT_WORDING_NOTES, claimsExactText } from '../lib/alert-wording';
import { newestFirst } from '../lib/changes';
import { isoDate } from '../lib/format';
import { alertToPlainText, articleToFullText, articleToReplyText, type ReplySource } from '../lib/reply-text';
import { errorPath, kbPath } from '../lib/routes';
import { getFixesForAlert, type Alert } from './errors';
import type { Fix } from './fixes';

function sourceOf(fix: Fix, site: URL): ReplySource {
  return {
    title: fix.data.title,
    description: fix.data.description,
    body: fix.body ?? '',
    shortUrl: new URL(kbPath(fix.data.kbId), site).href,
    siteUrl: site.origin,
  };
}

/** The reply an agent pastes into a ticket: /kb/<kbId>.txt and "Copy as reply". */
export function replyTextOf(fix: Fix, site: URL): string {
  return articleToReplyText(sourceOf(fix, site));
}

/** The whole article, with its review date and what changed (for llms-full.txt). */
export function fullTextOf(fix: Fix, site: URL): string {
  const changes = newestFirst(fix.data.changes).map(({ date, summary }) => `- ${isoDate(date)}: ${summary}`);
  const meta = [`Last reviewed: ${isoDate(fix.data.lastReviewed)}, checked for iOS ${fix.data.checkedForIos}`, ...(changes.length > 0 ? ['What changed:', ...changes] : [])];
  return `${articleToFullText(sourceOf(fix, site))}${meta.join('\n')}\n`;
}

/** An alert page as plain text: /errors/<slug>.txt. */
export async function alertTextOf(alert: Alert, site: URL): Promise<string> {
  const fixes = await getFixesForAlert(alert);
  return alertToPlainText({
    title: alert.data.title,
    text: alert.data.text,
    exactText: claimsExactText(alert.data.wording),
    textSource: alert.data.textSource,
    wordingNote: ALERT_WORDING_NOTES[alert.data.wording],
    body: alert.body ?? '',
    fixes: fixes.map((fix) => ({ title: fix.data.title, shortUrl: new URL(kbPath(fix.data.kbId), site).href })),
    pageUrl: new URL(errorPath(alert.id), site).href,
    siteUrl: site.origin,
    footer: [`Last reviewed: ${isoDate(alert.data.lastReviewed)}, checked for iOS ${alert.data.checkedForIos}`],
  });
}
