/** Articles and alerts as plain text, from one converter (src/lib/outputs/reply-text.ts), for every text file the site publishes. */
import { ALERT_WORDING_NOTES, claimsExactText } from '#lib/articles/alert-wording.ts';
import { newestFirst } from '#lib/articles/changes.ts';
import { isoDate } from '#lib/format.ts';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import { alertToPlainText, articleToFullText, articleToReplyText, safetyNetPathsOf, type ReplySource } from '#lib/outputs/reply-text.ts';
import { alertPath, kbPath } from '#lib/links/routes.ts';
import { needsSafetyNet } from '#lib/articles/taxonomy.ts';
import { getFixesForAlert, type Alert } from './alerts';
import { getSafetyNet, type Fix } from './fixes';
import { getResolvedBody } from './settings';

/** The article for the converter: its body with the Settings paths resolved, as on the page, and the safety net's paths. */
async function sourceOf(fix: Fix, site: URL): Promise<ReplySource> {
  return {
    title: fix.data.title,
    description: fix.data.description,
    tree: (await getResolvedBody(fix, fix.data.appliesTo)).tree,
    shortUrl: new URL(kbPath(fix.data.kbId), site).href,
    siteUrl: site.origin,
    safetyNetPaths: safetyNetPathsOf(await getSafetyNet()),
  };
}

/** The reply an agent pastes into a ticket: /kb/<kbId>.txt and "Copy as reply". */
export async function replyTextOf(fix: Fix, site: URL): Promise<string> {
  return articleToReplyText(await sourceOf(fix, site));
}

/** The whole article, with its review date and what changed (for llms-full.txt). */
export async function fullTextOf(fix: Fix, site: URL): Promise<string> {
  const changes = newestFirst(fix.data.changes).map(({ date, summary }) => `- ${isoDate(date)}: ${summary}`);
  const meta = [
    `Last reviewed: ${isoDate(fix.data.lastReviewed)}, checked for iOS ${fix.data.checkedForIos}`,
    ...(changes.length > 0 ? ['What changed:', ...changes] : []),
  ];
  return `${articleToFullText(await sourceOf(fix, site))}${meta.join('\n')}\n`;
}

/** An alert page as plain text: /errors/<slug>.txt. */
export async function alertTextOf(alert: Alert, site: URL): Promise<string> {
  const [fixes, net] = await Promise.all([getFixesForAlert(alert), getSafetyNet()]);
  const copyFirstUrl = net && new URL(kbPath(net.data.kbId), site).href;
  return alertToPlainText({
    title: alert.data.title,
    text: alert.data.text,
    exactText: claimsExactText(alert.data.wording),
    textSource: alert.data.textSource,
    wordingNote: ALERT_WORDING_NOTES[alert.data.wording],
    tree: (await getResolvedBody(alert, COVERED_IOS)).tree,
    fixes: fixes.map((fix) => ({
      title: fix.data.title,
      shortUrl: new URL(kbPath(fix.data.kbId), site).href,
      copyFirstUrl: needsSafetyNet(fix.data) ? copyFirstUrl : undefined,
    })),
    pageUrl: new URL(alertPath(alert.id), site).href,
    siteUrl: site.origin,
    footer: [`Last reviewed: ${isoDate(alert.data.lastReviewed)}, checked for iOS ${alert.data.checkedForIos}`],
  });
}
