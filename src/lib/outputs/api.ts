/**
 * The JSON API for the tools agents use (/api/v1/): its contract as zod
 * schemas, published beside the files as JSON Schema (/api/v1/<name>.schema.json),
 * and the functions that turn articles and alerts into its entries.
 *
 * Version 1 only ever gains fields, each added to its schema in the same
 * change; a field that changes meaning or goes would be /api/v2/. Every URL in
 * it is absolute, on SITE_URL.
 */
import { z } from 'astro/zod';
import { ALERT_WORDINGS, claimsExactText, TRANSLATED_ALERT_WORDINGS } from '#lib/articles/alert-wording.ts';
import { localizePath, TRANSLATED_LANGUAGES, type Language } from '#lib/i18n/languages.ts';
import { newestFirst } from '#lib/articles/changes.ts';
import { isoDate } from '#lib/format.ts';
import type { Root } from 'mdast';
import { articleSteps } from './reply-text';
import {
  alertTextPath,
  API_ALERTS_PATH,
  API_FIX_FOLDER,
  API_FIXES_PATH,
  apiFixPath,
  apiSchemaPath,
  alertPath,
  fixPath,
  kbPath,
  replyTextPath,
  SLUG,
  stepLinkPath,
  type ApiSchemaName,
} from '#lib/links/routes.ts';
import { ARTICLE_ROLES, CATEGORIES, RISKS } from '#lib/articles/taxonomy.ts';
import { KB_ID } from '#lib/links/kb-id.ts';

const API_VERSION = 1;

const absoluteUrl = z.url({ protocol: /^https?$/ });
const day = z.iso.date().describe('A calendar day, YYYY-MM-DD.');
const kbId = z.string().regex(KB_ID).describe('The permanent ID of an article: never changed, never reused.');
const slug = z.string().regex(SLUG);
const source = z.object({ title: z.string(), url: absoluteUrl }).strict();
const lastReviewed = day.describe('The day the page was last checked against the listed sources (not tried on a device).');
const checkedForIos = z.string().describe('The iOS version the page was checked for, such as "26".');

const header = {
  $schema: absoluteUrl.describe('The JSON Schema of this file.'),
  version: z.literal(API_VERSION).describe('The API version: 1 only ever gains fields.'),
};

const language = z.enum(TRANSLATED_LANGUAGES as [Language, ...Language[]]).describe('The language, as in <html lang>: "fr".');
const translationState = z
  .enum(['current', 'outdated'])
  .describe('"outdated" when the English page changed after the translation was made: the English one is then the reference.');

const step = z
  .object({
    number: z.number().int().positive().describe('As on the page: steps are numbered through the article.'),
    url: absoluteUrl.describe('The permanent link to the step: the short link and #step-<number>.'),
    text: z.string().describe('The step as plain text, Settings paths included; nested points on their own lines.'),
    warnings: z
      .array(z.string())
      .describe(
        'The warnings to give the reader before this step, each as plain text: the paragraph that links to the safety net (the computer backup to make before a risky fix), and every quote or paragraph that opens in bold, from after the previous numbered list (or the start of the article) up to this step. Given on the first step of each numbered list; empty on the others.',
      ),
  })
  .strict();

const translatedFix = z
  .object({
    lang: language,
    state: translationState,
    title: z.string(),
    summary: z.string(),
    url: absoluteUrl.describe('The translated page, /<lang>/fixes/<slug>/.'),
    shortUrl: absoluteUrl.describe('Its permanent short link, /<lang>/kb/<kbId>/.'),
    replyTextUrl: absoluteUrl.describe('It as a plain-text reply in that language, /<lang>/kb/<kbId>.txt.'),
    steps: z.array(step).min(1).describe('The same steps, numbered as in English, in that language.'),
    aliases: z.array(z.string()).describe('Other words readers use for it in that language.'),
  })
  .strict();

const fixEntry = z
  .object({
    kbId,
    slug: slug.describe("The article's file name, the last part of its URL. Can change (old ones redirect); use kbId to refer to it."),
    title: z.string(),
    summary: z.string().describe('One sentence: what the fix does and when to try it.'),
    url: absoluteUrl.describe("The article's canonical page."),
    shortUrl: absoluteUrl.describe('The permanent short link, /kb/<kbId>/: paste this into tickets.'),
    replyTextUrl: absoluteUrl.describe('The article as a plain-text reply, /kb/<kbId>.txt.'),
    apiUrl: absoluteUrl.describe("This entry's own file, /api/v1/fixes/<slug>.json."),
    role: z
      .enum(ARTICLE_ROLES)
      .describe(
        '"fix": a step on the troubleshooting path. "safety-net": the computer backup to make before any risky fix; not on the path.',
      ),
    order: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Its place on the troubleshooting path: 1 is tried first. Absent for the safety net.'),
    category: z.enum(CATEGORIES),
    risk: z.enum(RISKS).describe('What a reader could lose: none, settings, or data.'),
    minutes: z.number().int().positive().describe('Roughly how long it takes.'),
    appliesTo: z
      .object({ from: z.string(), to: z.string().optional().describe('Absent while the steps hold for the current iOS.') })
      .strict()
      .describe('The iOS versions the steps describe.'),
    lastReviewed,
    checkedForIos,
    steps: z.array(step).min(1),
    alerts: z
      .array(z.object({ slug, title: z.string(), url: absoluteUrl }).strict())
      .describe(
        'The alerts this fix addresses, those it is most for first: the alerts that list it sooner among their fixes to try, then those that list fewer fixes, then by title.',
      ),
    aliases: z.array(z.string()).describe('Other words readers use for this fix or problem.'),
    sources: z.array(source).min(1).describe('Where the facts come from.'),
    changes: z.array(z.object({ date: day, summary: z.string() }).strict()).describe('What changed, newest first.'),
    translations: z
      .array(translatedFix)
      .describe('The article in other languages, where it is translated. Added in version 1: absent from older files.'),
  })
  .strict();

export type FixEntry = z.infer<typeof fixEntry>;

const fixesFile = z
  .object({
    ...header,
    site: absoluteUrl.describe("The site's home page."),
    fixes: z.array(fixEntry).describe('Every fix, in the order to try them, then the safety net.'),
  })
  .strict()
  .meta({ title: 'iCloud Backup Help: every fix', description: '/api/v1/fixes.json' });

const fixFile = z
  .union([
    z.object({ ...header, fix: fixEntry }).strict(),
    z
      .object({
        ...header,
        gone: z
          .object({ replacement: absoluteUrl.describe('Where to go instead.'), note: z.string().describe('Why the article went.') })
          .strict()
          .describe('The article was removed on purpose; its links lead to the replacement.'),
      })
      .strict(),
  ])
  .meta({ title: 'iCloud Backup Help: one fix', description: '/api/v1/fixes/<slug>.json' });

const alertEntry = z
  .object({
    slug,
    title: z.string(),
    text: z.string().describe('The exact on-screen text when exactText is true; otherwise a description of the alert, not to be quoted.'),
    wording: z
      .enum(ALERT_WORDINGS)
      .describe('Whose words `text` is: "reported" (the exact text, quoted by textSource) or "apple-described".'),
    exactText: z.boolean().describe('Whether `text` is the exact words on the screen, which may be quoted.'),
    textSource: source.optional().describe('The page that quotes the exact text.'),
    url: absoluteUrl.describe("The alert's page."),
    textUrl: absoluteUrl.describe('The page as plain text, /errors/<slug>.txt.'),
    fixes: z
      .array(z.object({ kbId, slug, title: z.string(), url: absoluteUrl, apiUrl: absoluteUrl }).strict())
      .min(1)
      .describe('The fixes to try for it, in order.'),
    lastReviewed,
    checkedForIos,
    sources: z.array(source).min(1).describe('Where the facts come from.'),
    translations: z
      .array(
        z
          .object({
            lang: language,
            state: translationState,
            title: z.string(),
            text: z.string(),
            wording: z
              .enum(TRANSLATED_ALERT_WORDINGS)
              .describe(
                'As `wording`, plus "described": a description in that language of an alert whose exact words are known only in English.',
              ),
            exactText: z.boolean(),
            url: absoluteUrl.describe('The translated page, /<lang>/errors/<slug>/.'),
            textUrl: absoluteUrl.describe('It as plain text, /<lang>/errors/<slug>.txt.'),
          })
          .strict(),
      )
      .describe('The alert page in other languages, where it is translated.'),
  })
  .strict();

export type AlertEntry = z.infer<typeof alertEntry>;

const alertsFile = z
  .object({
    ...header,
    site: absoluteUrl,
    alerts: z.array(alertEntry).describe('Every alert, by title.'),
  })
  .strict()
  .meta({ title: 'iCloud Backup Help: every alert', description: '/api/v1/alerts.json' });

const SCHEMAS = { fixes: fixesFile, fix: fixFile, alerts: alertsFile } satisfies Record<ApiSchemaName, z.ZodType>;

/** The JSON Schema published at /api/v1/<name>.schema.json, with its own address as $id. */
export function jsonSchemaOf(name: ApiSchemaName, site: URL | string): Record<string, unknown> {
  return { ...z.toJSONSchema(SCHEMAS[name], { io: 'output' }), $id: new URL(apiSchemaPath(name), site).href };
}

/** Which schema describes a file of the API, by its path; undefined for a path outside it. */
export function schemaNameOf(path: string): ApiSchemaName | undefined {
  if (path === API_FIXES_PATH) return 'fixes';
  if (path === API_ALERTS_PATH) return 'alerts';
  const file = path.startsWith(API_FIX_FOLDER) ? path.slice(API_FIX_FOLDER.length) : '';
  if (/^[^/]+\.json$/.test(file)) return 'fix';
  return undefined;
}

// ---- Entries ---------------------------------------------------------------------

/** An article as the builders need it (a fixes collection entry fits). */
interface ArticleInput {
  id: string;
  /** The body as a Markdown tree, its Settings paths resolved (src/data/settings.ts). */
  tree: Root;
  /** The paths that reach the safety net (safetyNetPathsOf in src/lib/outputs/reply-text.ts): a block linking to one is a warning. */
  safetyNetPaths: readonly string[];
  data: {
    kbId: string;
    title: string;
    description: string;
    role: FixEntry['role'];
    order?: number | undefined;
    category: FixEntry['category'];
    risk: FixEntry['risk'];
    minutes: number;
    appliesTo: { from: string; to?: string | undefined };
    lastReviewed: Date;
    checkedForIos: string;
    aliases?: readonly string[] | undefined;
    sources: readonly { title: string; url: string }[];
    changes: readonly { date: Date; summary: string }[];
  };
}

/** A translation of an article, as the builders need it. */
export interface TranslatedArticleInput {
  lang: Language;
  state: 'current' | 'outdated';
  tree: Root;
  safetyNetPaths: readonly string[];
  data: { title: string; description: string; aliases?: readonly string[] | undefined };
}

interface AlertInput {
  id: string;
  data: {
    title: string;
    text: string;
    wording: AlertEntry['translations'][number]['wording'];
    textSource?: { title: string; url: string } | undefined;
    lastReviewed: Date;
    checkedForIos: string;
    sources: readonly { title: string; url: string }[];
  };
}

const absolute = (path: string, site: URL) => new URL(path, site).href;

/** One article's entry; `alerts` are the alerts it addresses. */
function stepsOf(tree: Root, safetyNetPaths: readonly string[], kbId: string, site: URL, lang?: Language) {
  return articleSteps(tree, site.origin, safetyNetPaths).map(({ number, text, warnings }) => ({
    number,
    url: absolute(lang ? localizePath(stepLinkPath(kbId, number), lang) : stepLinkPath(kbId, number), site),
    text,
    warnings,
  }));
}

/** One article's entry; `alerts` are the alerts it addresses, `translations` its pages in other languages. */
export function fixEntryOf(
  article: ArticleInput,
  alerts: readonly AlertInput[],
  site: URL,
  translations: readonly TranslatedArticleInput[] = [],
): FixEntry {
  const { data } = article;
  return {
    kbId: data.kbId,
    slug: article.id,
    title: data.title,
    summary: data.description,
    url: absolute(fixPath(article.id), site),
    shortUrl: absolute(kbPath(data.kbId), site),
    replyTextUrl: absolute(replyTextPath(data.kbId), site),
    apiUrl: absolute(apiFixPath(article.id), site),
    role: data.role,
    ...(data.order === undefined ? {} : { order: data.order }),
    category: data.category,
    risk: data.risk,
    minutes: data.minutes,
    appliesTo: data.appliesTo.to === undefined ? { from: data.appliesTo.from } : { from: data.appliesTo.from, to: data.appliesTo.to },
    lastReviewed: isoDate(data.lastReviewed),
    checkedForIos: data.checkedForIos,
    steps: stepsOf(article.tree, article.safetyNetPaths, data.kbId, site),
    alerts: alerts.map((alert) => ({ slug: alert.id, title: alert.data.title, url: absolute(alertPath(alert.id), site) })),
    aliases: [...(data.aliases ?? [])],
    sources: data.sources.map(({ title, url }) => ({ title, url })),
    changes: newestFirst(data.changes).map(({ date, summary }) => ({ date: isoDate(date), summary })),
    translations: translations.map((translation) => ({
      lang: translation.lang,
      state: translation.state,
      title: translation.data.title,
      summary: translation.data.description,
      url: absolute(localizePath(fixPath(article.id), translation.lang), site),
      shortUrl: absolute(localizePath(kbPath(data.kbId), translation.lang), site),
      replyTextUrl: absolute(localizePath(replyTextPath(data.kbId), translation.lang), site),
      steps: stepsOf(translation.tree, translation.safetyNetPaths, data.kbId, site, translation.lang),
      aliases: [...(translation.data.aliases ?? [])],
    })),
  };
}

/** One alert's entry; `fixes` are the fixes to try for it, in order. */
export function alertEntryOf(
  alert: AlertInput,
  fixes: readonly Pick<ArticleInput, 'id' | 'data'>[],
  site: URL,
  translations: readonly (AlertInput & { lang: Language; state: 'current' | 'outdated' })[] = [],
): AlertEntry {
  const { wording } = alert.data;
  // Only a translation can describe an alert whose words are known in another language.
  if (wording === 'described') throw new Error(`alert "${alert.id}": wording "described" is for translations only`);
  return {
    slug: alert.id,
    title: alert.data.title,
    text: alert.data.text,
    wording,
    exactText: claimsExactText(alert.data.wording),
    ...(alert.data.textSource ? { textSource: { title: alert.data.textSource.title, url: alert.data.textSource.url } } : {}),
    url: absolute(alertPath(alert.id), site),
    textUrl: absolute(alertTextPath(alert.id), site),
    fixes: fixes.map((fix) => ({
      kbId: fix.data.kbId,
      slug: fix.id,
      title: fix.data.title,
      url: absolute(fixPath(fix.id), site),
      apiUrl: absolute(apiFixPath(fix.id), site),
    })),
    lastReviewed: isoDate(alert.data.lastReviewed),
    checkedForIos: alert.data.checkedForIos,
    sources: alert.data.sources.map(({ title, url }) => ({ title, url })),
    translations: translations.map((translation) => ({
      lang: translation.lang,
      state: translation.state,
      title: translation.data.title,
      text: translation.data.text,
      wording: translation.data.wording,
      exactText: claimsExactText(translation.data.wording),
      url: absolute(localizePath(alertPath(alert.id), translation.lang), site),
      textUrl: absolute(localizePath(alertTextPath(alert.id), translation.lang), site),
    })),
  };
}

export function fixesFileOf(entries: readonly FixEntry[], site: URL): z.infer<typeof fixesFile> {
  return { $schema: absolute(apiSchemaPath('fixes'), site), version: API_VERSION, site: absolute('/', site), fixes: [...entries] };
}

export function fixFileOf(entry: FixEntry, site: URL): z.infer<typeof fixFile> {
  return { $schema: absolute(apiSchemaPath('fix'), site), version: API_VERSION, fix: entry };
}

export function alertsFileOf(entries: readonly AlertEntry[], site: URL): z.infer<typeof alertsFile> {
  return { $schema: absolute(apiSchemaPath('alerts'), site), version: API_VERSION, site: absolute('/', site), alerts: [...entries] };
}

/**
 * A file the published-URL ledger marks gone, in its own type: a plain-text
 * note for a reply, a "gone" file of the fix schema for an API file.
 */
export function goneFileBody(path: string, replacementUrl: string, note: string): { body: string; contentType: string } {
  if (path.endsWith('.json')) {
    const site = new URL(replacementUrl);
    const body: z.infer<typeof fixFile> = {
      $schema: absolute(apiSchemaPath('fix'), site),
      version: API_VERSION,
      gone: { replacement: replacementUrl, note },
    };
    return { body: `${JSON.stringify(body, null, 2)}\n`, contentType: 'application/json' };
  }
  return { body: `This article was removed. ${note}\nSee instead: ${replacementUrl}\n`, contentType: 'text/plain; charset=utf-8' };
}

/** JSON as the API serves it: two-space indented, one trailing newline. */
export function apiJson(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
