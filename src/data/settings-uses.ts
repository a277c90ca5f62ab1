/**
 * Every Settings path the site uses (articles, alerts, troubleshooter help),
 * each once, with the pages that use it: the data of /settings-paths/.
 */
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import type { Mention } from '#lib/settings/settings-mentions.ts';
import { parsePath, pathText, resolvePath, type ResolvedStep } from '#lib/settings/settings-paths.ts';
import type { SettingsEntry } from '#lib/settings/settings-vocabulary.ts';
import { alertHref, getAlerts } from './alerts';
import { fixHref, getFixes } from './fixes';
import { getResolvedBody, getVocabulary } from './settings';
import { DEFAULT_LANGUAGE, type Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { getTroubleshooter } from './troubleshooter';

interface PageRef {
  title: string;
  href: string;
}

export interface PathUse {
  /** Where the path ends. */
  entry: SettingsEntry;
  /** The path as plain text, as it is written: "Settings > [your name] > iCloud". */
  text: string;
  /** Its steps on the versions the site covers, with their notes. */
  steps: ResolvedStep[];
  /** The pages that name it, as a path or as a control near one, in path order. */
  pages: PageRef[];
}

/** Every Settings path and control the pages in `lang` name, each once, with the pages that name it. */
export async function getSettingsPathUses(lang: Language = DEFAULT_LANGUAGE): Promise<PathUse[]> {
  const [words, fixes, alerts, troubleshooter] = await Promise.all([
    getVocabulary(lang),
    getFixes(lang).then((all) => all.filter((fix) => fix.state !== 'untranslated')),
    getAlerts(lang).then((all) => all.filter((alert) => alert.state !== 'untranslated')),
    getTroubleshooter(lang),
  ]);
  const { settingsPaths: ui } = uiStrings(lang);
  const uses = new Map<string, PageRef[]>();
  const use = (mentions: readonly Mention[], page: PageRef) => {
    for (const mention of mentions) {
      const pages = uses.get(mention.entry.id) ?? [];
      if (!pages.some((known) => known.href === page.href)) pages.push(page);
      uses.set(mention.entry.id, pages);
    }
  };
  for (const fix of fixes)
    use((await getResolvedBody(fix.page, fix.data.appliesTo, lang)).mentions, { title: fix.data.title, href: fixHref(fix) });
  for (const alert of alerts) {
    use((await getResolvedBody(alert.page, COVERED_IOS, lang)).mentions, { title: ui.alertPage(alert.data.title), href: alertHref(alert) });
  }
  for (const question of troubleshooter.questions) {
    if (question.help) use(question.help.mentions, { title: ui.questionPage(question.question.data.question), href: question.path });
  }
  // What the account row is called is said once on the page, like on an article.
  const subtitlesShown = new Set<string>();
  return words.entries.flatMap((entry) => {
    const pages = uses.get(entry.id);
    if (!pages) return [];
    const text = pathText(words, entry, COVERED_IOS);
    const resolution = resolvePath(parsePath(text), words, { range: COVERED_IOS, lang, subtitlesShown });
    return resolution.ok ? [{ entry, text, steps: resolution.steps, pages }] : [];
  });
}
