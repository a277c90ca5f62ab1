/**
 * The alert pages' data: every alert, with each fix it names checked to
 * exist, and its Settings paths against the vocabulary; and, derived from
 * the alerts' own lists, the alerts each fix addresses.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { alertsByFix, byTitle, findUnknownFixes } from '#lib/articles/alert-links.ts';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import { getFixes, type Fix } from './fixes';
import { getResolvedBody } from './settings';

export type Alert = CollectionEntry<'alerts'>;

let checkedAlerts: Promise<Alert[]> | undefined;
let alertsOfFix: Promise<Map<string, Alert[]>> | undefined;

/**
 * Every alert, by title. Fails the build if an alert names a fix that does not
 * exist, or if a Settings path of an alert does not resolve (Astro only logs
 * an error for either, and would publish the page anyway).
 */
export function getAlerts(): Promise<Alert[]> {
  checkedAlerts ??= Promise.all([getCollection('alerts'), getFixes()]).then(async ([alerts, fixes]) => {
    const problems = findUnknownFixes(
      alerts,
      fixes.map((fix) => fix.id),
    );
    if (problems.length > 0) {
      throw new AstroError(
        `Alerts name ${problems.length} fix(es) that do not exist:\n- ${problems.join('\n- ')}`,
        "An alert's fixes are file names in content/fixes/: correct the name, or remove the entry.",
      );
    }
    await Promise.all(alerts.map((alert) => getResolvedBody(alert, COVERED_IOS)));
    return alerts.sort(byTitle);
  });
  return checkedAlerts;
}

/** The fixes an alert names, in the order the alert lists them. */
export async function getFixesForAlert(alert: Alert): Promise<Fix[]> {
  const fixes = await getFixes();
  return alert.data.fixes.flatMap(({ id }) => fixes.filter((fix) => fix.id === id));
}

/** The alerts that name a fix, those it is most for first (alertsByFix). */
export async function getAlertsForFix(fix: Fix): Promise<Alert[]> {
  alertsOfFix ??= getAlerts().then(alertsByFix);
  return (await alertsOfFix).get(fix.id) ?? [];
}
