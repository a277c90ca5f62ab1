/**
 * The alert pages' data: every alert, checked against the fixes in both
 * directions (an alert's fixes list it, and a fix's alerts list it).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findOneWayLinks } from '../lib/error-links';
import { getFixes, type Fix } from './fixes';

export type Alert = CollectionEntry<'errors'>;

let checkedAlerts: Promise<Alert[]> | undefined;

/** Every alert, by title. Fails the build if an alert and a fix disagree. */
export function getAlerts(): Promise<Alert[]> {
  checkedAlerts ??= Promise.all([getCollection('errors'), getFixes()]).then(([alerts, fixes]) => {
    const problems = findOneWayLinks(alerts, fixes);
    if (problems.length > 0) {
      throw new Error(`Alerts and fixes disagree in ${problems.length} place(s):\n- ${problems.join('\n- ')}`);
    }
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
