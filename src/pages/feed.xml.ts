/** /feed.xml: the feed of changes (RSS 2.0), one item per fix and alert, dated by its last review. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAlerts } from '../data/alerts';
import { getFixes } from '../data/fixes';
import { feedItems } from '#lib/outputs/feed.ts';
import { alertPath, fixPath } from '#lib/links/routes.ts';
import { SITE_NAME, SITE_SUMMARY } from '#lib/site.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(path, siteOf(site)).href;
  const [fixes, alerts] = await Promise.all([getFixes(), getAlerts()]);
  return rss({
    title: `${SITE_NAME}: what changed`,
    description: SITE_SUMMARY,
    site: siteOf(site),
    items: feedItems([
      ...fixes.map((fix) => ({
        kind: 'fix' as const,
        id: fix.data.kbId,
        title: fix.data.title,
        url: url(fixPath(fix.id)),
        lastReviewed: fix.data.lastReviewed,
        changes: fix.data.changes,
      })),
      ...alerts.map((alert) => ({
        kind: 'alert' as const,
        id: alert.id,
        title: alert.data.title,
        url: url(alertPath(alert.id)),
        lastReviewed: alert.data.lastReviewed,
      })),
    ]),
    customData: '<language>en</language>',
  });
};
