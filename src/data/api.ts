/**
 * The JSON API's entries, from the checked articles and alerts (see
 * src/lib/outputs/api.ts for the contract). Each list is made once per build and
 * site: every /api/v1/fixes/<slug>.json takes its entry from it.
 */
import { alertEntryOf, fixEntryOf, type AlertEntry, type FixEntry } from '#lib/outputs/api.ts';
import { safetyNetPathsOf } from '#lib/outputs/reply-text.ts';
import { getAlerts, getAlertsForFix, getFixesForAlert } from './alerts';
import { getFixes, getSafetyNet, type Fix } from './fixes';
import { getTranslatedLanguages } from './languages';
import { getResolvedBody } from './settings';

/**
 * An article as the API takes it: its body resolved, so steps read as on the
 * page, and the safety net's paths, so the paragraph linking to it is a warning.
 */
async function articleInput(fix: Fix) {
  return {
    id: fix.id,
    data: fix.data,
    tree: (await getResolvedBody(fix.page, fix.data.appliesTo, fix.lang)).tree,
    safetyNetPaths: safetyNetPathsOf(await getSafetyNet(fix.lang), fix.lang),
  };
}

/** A page in another language that is published there (translated, current or outdated). */
function isTranslation<T extends { state: string }>(entry: T | undefined): entry is T & { state: 'current' | 'outdated' } {
  return entry?.state === 'current' || entry?.state === 'outdated';
}

const fixEntries = new Map<string, Promise<FixEntry[]>>();
const alertEntries = new Map<string, Promise<AlertEntry[]>>();

/** Every fix's entry, in path order. */
export function getFixEntries(site: URL): Promise<FixEntry[]> {
  let entries = fixEntries.get(site.href);
  if (!entries) {
    entries = getFixes().then((fixes) =>
      Promise.all(
        fixes.map(async (fix) => {
          const translations = (
            await Promise.all(getTranslatedLanguages().map(async (lang) => (await getFixes(lang)).find(({ id }) => id === fix.id)))
          ).filter(isTranslation);
          const inputs = await Promise.all(
            translations.map(async (translation) => ({
              ...(await articleInput(translation)),
              lang: translation.lang,
              state: translation.state,
            })),
          );
          return fixEntryOf(await articleInput(fix), await getAlertsForFix(fix), site, inputs);
        }),
      ),
    );
    fixEntries.set(site.href, entries);
  }
  return entries;
}

/** Every alert's entry, by title. */
export function getAlertEntries(site: URL): Promise<AlertEntry[]> {
  let entries = alertEntries.get(site.href);
  if (!entries) {
    entries = getAlerts().then((alerts) =>
      Promise.all(
        alerts.map(async (alert) => {
          const translations = (
            await Promise.all(getTranslatedLanguages().map(async (lang) => (await getAlerts(lang)).find(({ id }) => id === alert.id)))
          ).filter(isTranslation);
          return alertEntryOf(alert, await getFixesForAlert(alert), site, translations);
        }),
      ),
    );
    alertEntries.set(site.href, entries);
  }
  return entries;
}
