/**
 * Every redirect the site publishes, from one place: short links, former
 * slugs of articles, alerts and troubleshooter questions, and the URLs the
 * published-URL ledger marks gone. Checked before any page is built: a
 * redirect from a URL that is also a live page or file, or the source of
 * another redirect, stops the build naming both files.
 */
import { AstroError } from 'astro/errors';
import { getCollection } from 'astro:content';
import {
  alertRedirects,
  articleRedirects,
  findRedirectCollisions,
  questionRedirects,
  shortLinkVariants,
  type LiveUrl,
  type Redirect,
  type RedirectSource,
} from '#lib/links/redirects.ts';
import { alertTextPath, apiFixPath, alertPath, fixPath, kbPath, replyTextPath } from '#lib/links/routes.ts';
import { SITE_NAME } from '#lib/site.ts';
import { questionIdPath } from '#lib/links/routes.ts';
import { goneRedirects, LEDGER_FILE } from '#lib/links/url-ledger.ts';
import { readLedgerFile } from '#lib/links/url-ledger-file.ts';
import { getAlerts } from './alerts';
import { fixHref, getFixes } from './fixes';
import { getTroubleshooter } from './troubleshooter';
import { DEFAULT_LANGUAGE, localizePath, type Language } from '#lib/i18n/languages.ts';
import { getTranslatedLanguages } from './languages';

export interface SiteRedirect extends RedirectSource {
  /** The title of the page it leads to, for the redirect page. */
  title: string;
  /** For a URL the ledger marks gone: why it went. */
  goneNote?: string | undefined;
}

export interface Redirects {
  /** Every redirect, with a static page (a path ending in "/") or a small file (a .txt or .json that went). */
  all: SiteRedirect[];
  /** The rules of dist/_redirects: every redirect, and the case and slash variants of each short link. */
  rules: Redirect[];
}

async function build(): Promise<Redirects> {
  const [fixes, alerts, troubleshooter, questions, ledger] = await Promise.all([
    getFixes(),
    getAlerts(),
    getTroubleshooter(),
    getCollection('troubleshooter'),
    readLedgerFile(),
  ]);

  const titles = new Map<string, string>([
    ...fixes.map((fix) => [fixPath(fix.id), fix.data.title] as const),
    ...alerts.map((alert) => [alertPath(alert.id), alert.data.title] as const),
    ...troubleshooter.questions.map((page) => [page.path, page.question.data.question] as const),
    ...troubleshooter.results.map((page) => [page.path, page.title] as const),
  ]);
  const gone = goneRedirects(ledger ?? []).map((redirect) => ({
    ...redirect,
    origin: `${LEDGER_FILE}: gone entry ${redirect.from}`,
    goneNote: redirect.note,
  }));
  const sources: (RedirectSource & { goneNote?: string })[] = [
    ...articleRedirects(fixes),
    ...alertRedirects(alerts),
    ...questionRedirects(questions),
    ...gone,
  ];

  const live: LiveUrl[] = [
    ...fixes.flatMap((fix) => {
      const origin = fix.filePath ?? `content/fixes/${fix.id}.mdx`;
      return [fixPath(fix.id), replyTextPath(fix.data.kbId), apiFixPath(fix.id)].map((path) => ({ path, origin }));
    }),
    ...alerts.flatMap((alert) => {
      const origin = alert.filePath ?? `content/alerts/${alert.id}.md`;
      return [alertPath(alert.id), alertTextPath(alert.id)].map((path) => ({ path, origin }));
    }),
    ...[...troubleshooter.questions, ...troubleshooter.results].map((page) => ({
      path: page.path,
      origin: `content/troubleshooter/flow.yaml: question "${page.question.id}"`,
    })),
    // The start question is at /troubleshoot/, but its id is still its own: no other question may take it as a former id.
    ...troubleshooter.questions
      .filter((page) => page.question.data.start)
      .map((page) => ({
        path: questionIdPath(page.question.id),
        origin: `content/troubleshooter/flow.yaml: question "${page.question.id}" (the start question)`,
      })),
  ];
  const problems = findRedirectCollisions(sources, live);
  if (problems.length > 0) {
    throw new AstroError(
      `${problems.length} published URL(s) would lead to two things:\n- ${problems.join('\n- ')}`,
      'A URL leads to one page for good: choose another former slug or id, and never reuse an old one.',
    );
  }

  const translated = await Promise.all(getTranslatedLanguages().map(translatedRedirects));
  for (const language of translated) for (const [path, title] of language.titles) titles.set(path, title);
  const all = [...sources, ...translated.flatMap((language) => language.sources)].map((source) => ({
    ...source,
    title: titles.get(source.to) ?? SITE_NAME,
  }));
  const variants = [
    ...fixes.flatMap((fix) => shortLinkVariants(fix.data.kbId, fixPath(fix.id))),
    ...translated.flatMap((language) => language.variants),
  ];
  // Former slugs of an article and the like have a static page each; a gone .txt or .json has a small file.
  return { all, rules: [...all.map(({ from, to }) => ({ from, to })), ...variants] };
}

/**
 * The same redirects in another language, for the pages it has: /fr/kb/icb-102/
 * to /fr/fixes/…/, and the former slugs and ids under /fr/. The English ones
 * are already checked for clashes, and these only add the language's prefix.
 */
async function translatedRedirects(lang: Language) {
  const [fixes, alerts, troubleshooter] = await Promise.all([getFixes(lang), getAlerts(lang), getTroubleshooter(lang)]);
  const published = <T extends { state: string }>(entries: readonly T[]) => entries.filter((entry) => entry.state !== 'untranslated');
  const inLanguage = (redirect: RedirectSource) => ({
    ...redirect,
    from: localizePath(redirect.from, lang),
    to: localizePath(redirect.to, lang),
  });
  const questions = await getCollection('troubleshooter');
  return {
    sources: [...articleRedirects(published(fixes)), ...alertRedirects(published(alerts)), ...questionRedirects(questions)].map(inLanguage),
    titles: new Map<string, string>([
      ...published(fixes).map((fix) => [localizePath(fixPath(fix.id), lang), fix.data.title] as const),
      ...published(alerts).map((alert) => [localizePath(alertPath(alert.id), lang), alert.data.title] as const),
      ...troubleshooter.questions.map((page) => [page.path, page.question.data.question] as const),
      ...troubleshooter.results.map((page) => [page.path, page.title] as const),
    ]),
    variants: published(fixes).flatMap((fix) =>
      shortLinkVariants(fix.data.kbId, fixPath(fix.id)).map(({ from, to }) => ({
        from: localizePath(from, lang),
        to: localizePath(to, lang),
      })),
    ),
  };
}

let checked: Promise<Redirects> | undefined;

/** Every redirect. Fails the build if two things claim one URL. */
export function getRedirects(): Promise<Redirects> {
  checked ??= build();
  return checked;
}

/** Whether a redirect is a page (its URL ends in "/") rather than a file. */
export function isPageRedirect(redirect: Redirect): boolean {
  return redirect.from.endsWith('/');
}

/** The short links of the live articles, for the 404 page: kbId → article. */
export async function getShortLinks(
  lang: Language = DEFAULT_LANGUAGE,
): Promise<{ kbId: string; href: string; title: string; shortLink: string }[]> {
  const fixes = await getFixes(lang);
  return fixes
    .map((fix) => ({
      kbId: fix.data.kbId,
      href: fixHref(fix),
      title: fix.data.title,
      shortLink: localizePath(kbPath(fix.data.kbId), lang),
    }))
    .sort((a, b) => a.kbId.localeCompare(b.kbId, 'en', { numeric: true }));
}
