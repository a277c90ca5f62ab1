/** The JSON API's entries, from the checked articles and alerts (see src/lib/api.ts for the contract). */
import { alertEntryOf, fixEntryOf, type AlertEntry, type FixEntry } from '../lib/api';
import { getAlerts, getAlertsForFix, getFixesForAlert } from './errors';
import { getFixes, type Fix } from './fixes';
import { getResolvedBody } from './settings';

/** An article as the API takes it: with its body resolved, so steps read as on the page. */
async function articleInput(fix: Fix) {
  return { id: fix.id, data: fix.data, tree: (await getResolvedBody(fix, fix.data.appliesTo)).tree };
}

/** Every fix's entry, in path order. */
export async function getFixEntries(site: URL): Promise<FixEntry[]> {
  const fixes = await getFixes();
  return Promise.all(fixes.map(async (fix) => fixEntryOf(await articleInput(fix), await getAlertsForFix(fix), site)));
}

/** Every alert's entry, by title. */
export async function getAlertEntries(site: URL): Promise<AlertEntry[]> {
  const alerts = await getAlerts();
  return Promise.all(alerts.map(async (alert) => alertEntryOf(alert, await getFixesForAlert(alert), site)));
}
