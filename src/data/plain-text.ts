/** Articles and alerts as plain text, from one converter (src/lib/outputs/reply-text.ts), for every text file the site publishes. */
import { claimsExactText } from '#lib/articles/alert-wording.ts';
import { newestFirst } from '#lib/articles/changes.ts';
import { isoDate } from '#lib/format.ts';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import { alertToPlainText, articleToFullText, articleToReplyText, safetyNetPathsOf, type ReplySource } from '#lib/outputs/reply-text.ts';
import { alertPath, kbPath } from '#lib/links/routes.ts';
import { localizePath } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { needsSafetyNet } from '#lib/articles/taxonomy.ts';
import { getFixesForAlert, type Alert } from './alerts';
import { getSafetyNet, type Fix } from './fixes';
import { getResolvedBody } from './settings';

/** The article for the converter: its body with the Settings paths resolved, as on the page, and the safety net's paths. */
async function sourceOf(fix: Fix, site: URL): Promise<ReplySource> {
  return {
    title: fix.data.title,
    description: fix.data.description,
    tree: (await getResolvedBody(fix.page, fix.data.appliesTo, fix.lang)).tree,
    shortUrl: new URL(localizePath(kbPath(fix.data.kbId), fix.lang), site).href,
    siteUrl: site.origin,
    safetyNetPaths: safetyNetPathsOf(await getSafetyNet(fix.lang), fix.lang),
    words: uiStrings(fix.lang).plainText,
  };
}

/** The reply an agent pastes into a ticket: /kb/<kbId>.txt and "Copy as reply". */
export async function replyTextOf(fix: Fix, site: URL): Promise<string> {
  return articleToReplyText(await sourceOf(fix, site));
}

/** The whole article, with its review date and what changed (for llms-full.txt). */
export async function fullTextOf(fix: Fix, site: URL): Promise<string> {
  const words = uiStrings(fix.lang).plainText;
  const changes = newestFirst(fix.data.changes).map(({ date, summary }) => `- ${isoDate(date)}: ${summary}`);
  const meta = [
    words.lastReviewed(isoDate(fix.data.lastReviewed), fix.data.checkedForIos),
    ...(changes.length > 0 ? [words.whatChanged, ...changes] : []),
  ];
  return `${articleToFullText(await sourceOf(fix, site))}${meta.join('\n')}\n`;
}

/** An alert page as plain text: /errors/<slug>.txt. */
export async function alertTextOf(alert: Alert, site: URL): Promise<string> {
  const [fixes, net] = await Promise.all([getFixesForAlert(alert), getSafetyNet(alert.lang)]);
  const words = uiStrings(alert.lang);
  const shortUrl = (kbId: string) => new URL(localizePath(kbPath(kbId), alert.lang), site).href;
  const copyFirstUrl = net && shortUrl(net.data.kbId);
  return alertToPlainText({
    title: alert.data.title,
    text: alert.data.text,
    exactText: claimsExactText(alert.data.wording),
    textSource: alert.data.textSource,
    wordingNote: words.alertWordingNotes[alert.data.wording],
    tree: (await getResolvedBody(alert.page, COVERED_IOS, alert.lang)).tree,
    fixes: fixes.map((fix) => ({
      title: fix.data.title,
      shortUrl: shortUrl(fix.data.kbId),
      copyFirstUrl: needsSafetyNet(fix.data) ? copyFirstUrl : undefined,
    })),
    pageUrl: new URL(localizePath(alertPath(alert.id), alert.lang), site).href,
    siteUrl: site.origin,
    footer: [words.plainText.lastReviewed(isoDate(alert.data.lastReviewed), alert.data.checkedForIos)],
    words: words.plainText,
  });
}
