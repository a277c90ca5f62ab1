/**
 * /feed.xml and /fr/feed.xml: the feed of changes (RSS 2.0) in each language, one item per fix
 * and alert with a page in that language, dated by its last review.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { alertHref, getPublishedAlerts } from '../../data/alerts';
import { fixHref, getPublishedFixes } from '../../data/fixes';
import { getLanguageParams } from '../../data/languages';
import { feedItems } from '#lib/outputs/feed.ts';
import { languageOf } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { siteOf } from '#lib/links/site-url.ts';

export function getStaticPaths() {
  return getLanguageParams().map((params) => ({ params }));
}

export const GET: APIRoute = async ({ site, params }) => {
  const lang = languageOf(params.lang);
  const t = uiStrings(lang);
  const url = (path: string) => new URL(path, siteOf(site)).href;
  const [fixes, alerts] = await Promise.all([getPublishedFixes(lang), getPublishedAlerts(lang)]);
  return rss({
    title: t.layout.feedTitle(t.layout.siteName),
    description: t.feed.summary,
    site: siteOf(site),
    items: feedItems(
      [
        ...fixes.map((fix) => ({
          kind: 'fix' as const,
          id: fix.data.kbId,
          title: fix.data.title,
          url: url(fixHref(fix)),
          lastReviewed: fix.data.lastReviewed,
          changes: fix.data.changes,
        })),
        ...alerts.map((alert) => ({
          kind: 'alert' as const,
          id: alert.id,
          title: alert.data.title,
          url: url(alertHref(alert)),
          lastReviewed: alert.data.lastReviewed,
        })),
      ],
      lang,
    ),
    customData: `<language>${lang}</language>`,
  });
};
