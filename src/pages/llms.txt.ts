/** /llms.txt (llmstxt.org): what the site is, then every fix and alert with a line each and a link to its plain text. */
import type { APIRoute } from 'astro';
import { getAlerts, getFixesForAlert } from '../data/alerts';
import { getPathFixes, getSafetyNet } from '../data/fixes';
import { claimsExactText } from '#lib/articles/alert-wording.ts';
import { formatLlmsTxt } from '#lib/outputs/llms.ts';
import { alertTextPath, API_ALERTS_PATH, API_FIXES_PATH, FEED_PATH, kbPath, LLMS_FULL_PATH, replyTextPath } from '#lib/links/routes.ts';
import { SITE_NAME, SITE_SUMMARY } from '#lib/site.ts';
import { siteOf } from '#lib/links/site-url.ts';
import { LANGUAGES, localizePath } from '#lib/i18n/languages.ts';
import { getTranslatedLanguages } from '../data/languages';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(path, siteOf(site)).href;
  const [fixes, safetyNet, alerts] = await Promise.all([getPathFixes(), getSafetyNet(), getAlerts()]);
  const link = (fix: (typeof fixes)[number]) => ({
    title: fix.data.title,
    url: url(replyTextPath(fix.data.kbId)),
    note: fix.data.description,
  });
  const alertLinks = await Promise.all(
    alerts.map(async (alert) => ({
      title: alert.data.title,
      url: url(alertTextPath(alert.id)),
      // Only an exact on-screen text is quoted; Apple's descriptions are not its words.
      note: `${claimsExactText(alert.data.wording) ? `The alert “${alert.data.text}”` : alert.data.text.replace(/\.\s*$/, '')}. Try ${(await getFixesForAlert(alert)).map((fix) => fix.data.title).join(', then ')}.`,
    })),
  );
  // Each other language: its translated fixes in the same order, and its alerts, as plain text in that language.
  const translated = await Promise.all(
    getTranslatedLanguages().map(async (lang) => {
      const [own, ownAlerts] = await Promise.all([getPathFixes(lang), getAlerts(lang)]);
      const published = <T extends { state: string }>(entries: readonly T[]) => entries.filter((entry) => entry.state !== 'untranslated');
      return {
        heading: `In ${LANGUAGES[lang].name} (${lang}): the fixes in the same order, then the alerts`,
        links: [
          ...published(own).map((fix) => ({
            title: fix.data.title,
            url: url(localizePath(replyTextPath(fix.data.kbId), lang)),
            note: fix.data.description,
          })),
          ...published(ownAlerts).map((alert) => ({
            title: alert.data.title,
            url: url(localizePath(alertTextPath(alert.id), lang)),
            note: alert.data.text,
          })),
        ],
      };
    }),
  );
  const text = formatLlmsTxt({
    name: SITE_NAME,
    summary: SITE_SUMMARY,
    details: [
      'Try the fixes in the order listed: quick and safe first. Before any fix that can cost settings or data, make a computer backup (the first section). Each link below is the plain text of a fix (its steps, numbered as on the page) or of an alert page.',
      `Cite a fix by its permanent short link, such as ${url(kbPath(fixes[0]?.data.kbId ?? 'icb-101'))}, and a step by adding #step-N. Those links never break.`,
    ],
    sections: [
      ...(safetyNet ? [{ heading: 'Protect your data first', links: [link(safetyNet)] }] : []),
      { heading: 'Fixes, in the order to try them', links: fixes.map(link) },
      { heading: 'Alerts', links: alertLinks },
      ...translated,
      {
        heading: 'Optional',
        links: [
          { title: 'The whole knowledge base as plain text', url: url(LLMS_FULL_PATH), note: 'every fix and alert in full' },
          { title: 'JSON API: every fix', url: url(API_FIXES_PATH), note: 'steps, risk, iOS versions, sources; JSON Schema beside it' },
          { title: 'JSON API: every alert', url: url(API_ALERTS_PATH), note: 'each alert with its fixes in order' },
          { title: 'Feed of changes', url: url(FEED_PATH), note: 'RSS, one item per fix and alert, dated by review' },
        ],
      },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
