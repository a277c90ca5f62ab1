/** The JSON API's entries, from the checked articles and alerts (see src/lib/api.ts for the contract). */
import { alertEntryOf, fixEntryOf, type AlertEntry, type FixEntry } from '../lib/api';
import { getAlerts, getAlertsForFix, getFixesForAlert } from './errors';
import { getFixes } from './fixes';

/** Every fix's entry, in path order. */
export async function getFixEntries(site: URL): Promise<FixEntry[]> {
  const fixes = await getFixes();
  return Promise.all(fixes.map(async (fix) => fixEntryOf(fix, await getAlertsForFix(fix), site)));
}

/** Every alert's entry, by title. */
export async function getAlertEntries(site: URL): Promise<AlertEntry[]> {
  const alerts = await getAlerts();
  return Promise.all(alerts.map(async (alert) => alertEntryOf(alert, await getFixesForAlert(alert), site)));
}
