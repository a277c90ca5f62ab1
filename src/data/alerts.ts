/**
 * The alert pages' data: every alert, with each fix it names checked to
 * exist, and its Settings paths against the vocabulary; and, derived from
 * the alerts' own lists, the alerts each fix addresses. In a language, a
 * translated alert has its own title, text, wording and body.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { alertsByFix, byTitle, findUnknownFixes } from '#lib/articles/alert-links.ts';
import { translatedWordingProblem as wordingProblem, type AlertWording } from '#lib/articles/alert-wording.ts';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import { DEFAULT_LANGUAGE, localizePath, type Language } from '#lib/i18n/languages.ts';
import { alertPath } from '#lib/links/routes.ts';
import { getFixes, type Fix } from './fixes';
import { getResolvedBody } from './settings';
import { getTranslations, stateOf, versionOf, type PageState, type TranslationEntry } from './translations';
import { getPageLanguages } from './languages';

/** An alert's data; a translation may describe an alert the English page quotes (wording "described"). */
type AlertData = Omit<CollectionEntry<'alerts'>['data'], 'wording'> & { wording: AlertWording };

/** An alert page in one language. */
export type Alert = Omit<CollectionEntry<'alerts'>, 'data'> & {
  readonly data: AlertData;
  readonly lang: Language;
  readonly state: PageState;
  /** The entry whose body the page renders. */
  readonly page: CollectionEntry<'alerts'> | TranslationEntry<'alerts'>;
  /** On a translation that describes an alert quoted in English (wording "described"): the English words and where they are quoted. */
  readonly englishText?: { text: string; textSource?: { title: string; url: string } | undefined };
};

const checkedAlerts = new Map<Language, Promise<Alert[]>>();
const alertsOfFix = new Map<Language, Promise<Map<string, Alert[]>>>();

async function english(): Promise<Alert[]> {
  const [alerts, fixes] = await Promise.all([getCollection('alerts'), getFixes()]);
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
  return alerts.map((alert): Alert => ({ ...alert, lang: DEFAULT_LANGUAGE, state: 'original', page: alert })).sort(byTitle);
}

async function translated(lang: Language): Promise<Alert[]> {
  const originals = await getAlerts();
  const translations = await getTranslations('alerts', lang, new Map(originals.map((alert) => [alert.id, versionOf(alert.data)])));
  const problems = originals.flatMap((alert) => {
    const translation = translations.get(alert.id);
    const problem = translation && wordingProblem(alert.data.wording, translation.data.wording);
    return problem ? [`${translation.filePath ?? translation.id}: wording: ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new AstroError(
      `The ${lang} alerts have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
      'src/lib/articles/alert-wording.ts says what each wording claims.',
    );
  }
  const alerts = originals.map((alert): Alert => {
    const translation = translations.get(alert.id);
    if (!translation) return { ...alert, lang, state: 'untranslated' };
    const { title, text, wording, textSource } = translation.data;
    return {
      ...alert,
      ...(wording === 'described' ? { englishText: { text: alert.data.text, textSource: alert.data.textSource } } : {}),
      data: { ...alert.data, title, text, wording, textSource },
      lang,
      state: stateOf(versionOf(alert.data), translation),
      page: translation,
    };
  });
  await Promise.all(
    alerts.filter((alert) => alert.state !== 'untranslated').map((alert) => getResolvedBody(alert.page, COVERED_IOS, lang)),
  );
  return alerts.sort(byTitle);
}

/**
 * Every alert in `lang`, by title. Fails the build if an alert names a fix that does not
 * exist, or if a Settings path of an alert does not resolve (Astro only logs
 * an error for either, and would publish the page anyway).
 */
export function getAlerts(lang: Language = DEFAULT_LANGUAGE): Promise<Alert[]> {
  let alerts = checkedAlerts.get(lang);
  if (!alerts) {
    alerts = lang === DEFAULT_LANGUAGE ? english() : translated(lang);
    checkedAlerts.set(lang, alerts);
  }
  return alerts;
}

/** The alerts that have a page of their own in `lang`. */
export async function getPublishedAlerts(lang: Language): Promise<Alert[]> {
  return (await getAlerts(lang)).filter((alert) => alert.state !== 'untranslated');
}

/** The languages an alert has a page in. */
export function getAlertLanguages(id: string): Promise<Language[]> {
  return getPageLanguages(id, getAlerts);
}

/** Where a link to the alert goes from a page in its language: the English page while it has no translation. */
export function alertHref(alert: Alert): string {
  return alert.state === 'untranslated' ? alertPath(alert.id) : localizePath(alertPath(alert.id), alert.lang);
}

/** The fixes an alert names, in the order the alert lists them, in the alert's language. */
export async function getFixesForAlert(alert: Alert): Promise<Fix[]> {
  const fixes = await getFixes(alert.lang);
  return alert.data.fixes.flatMap(({ id }) => fixes.filter((fix) => fix.id === id));
}

/** The alerts that name a fix, those it is most for first (alertsByFix), in the fix's language. */
export async function getAlertsForFix(fix: Fix): Promise<Alert[]> {
  let byFix = alertsOfFix.get(fix.lang);
  if (!byFix) {
    byFix = getAlerts(fix.lang).then(alertsByFix);
    alertsOfFix.set(fix.lang, byFix);
  }
  return (await byFix).get(fix.id) ?? [];
}
