/**
 * The alert pages' data: every alert, checked against the fixes in both
 * directions (an alert's fixes list it, and a fix's alerts list it), and its
 * Settings paths against the vocabulary.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findOneWayLinks } from '../lib/articles/alert-links';
import { COVERED_IOS } from '../lib/settings/ios-version';
import { getFixes, type Fix } from './fixes';
import { getResolvedBody } from './settings';

export type Alert = CollectionEntry<'alerts'>;

let checkedAlerts: Promise<Alert[]> | undefined;

/**
 * Every alert, by title. Fails the build if an alert and a fix disagree, or
 * if a Settings path of an alert does not resolve (Astro only logs an error
 * while rendering a Markdown entry, and would publish the page without its body).
 */
export function getAlerts(): Promise<Alert[]> {
  checkedAlerts ??= Promise.all([getCollection('alerts'), getFixes()]).then(async ([alerts, fixes]) => {
    const problems = findOneWayLinks(alerts, fixes);
    if (problems.length > 0) {
      throw new AstroError(
        `Alerts and fixes disagree in ${problems.length} place(s):\n- ${problems.join('\n- ')}`,
        "An alert's fixes list each fix, and each of those fixes lists the alert in its errors: add the missing side, or remove both.",
      );
    }
    await Promise.all(alerts.map((alert) => getResolvedBody(alert, COVERED_IOS)));
    return alerts.sort((a, b) => a.data.title.localeCompare(b.data.title));
  });
  return checkedAlerts;
}

/** The fixes an alert names, in the order the alert lists them. */
export async function getFixesForAlert(alert: Alert): Promise<Fix[]> {
  const fixes = await getFixes();
  return alert.data.fixes.flatMap(({ id }) => fixes.filter((fix) => fix.id === id));
}

/** The alerts a fix names, in the order the fix lists them. */
export async function getAlertsForFix(fix: Fix): Promise<Alert[]> {
  const alerts = await getAlerts();
  return fix.data.errors.flatMap(({ id }) => alerts.filter((alert) => alert.id === id));
}
