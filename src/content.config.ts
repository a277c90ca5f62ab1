import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { ALERT_WORDINGS, claimsExactText, TRANSLATED_ALERT_WORDINGS } from '#lib/articles/alert-wording.ts';
import { findChangeDateProblems } from '#lib/articles/changes.ts';
import { isAtOrAfter } from '#lib/settings/ios-version.ts';
import { KB_ID } from '#lib/links/kb-id.ts';
import { SLUG } from '#lib/links/routes.ts';
import { iosVersion, SETTINGS_VOCABULARY_FILE, settingsEntrySchema } from '#lib/settings/settings-vocabulary.ts';
import { hasAppleSource } from '#lib/articles/sources.ts';
import { ARTICLE_ROLES, CATEGORIES, RISKS } from '#lib/articles/taxonomy.ts';
import { FLOW_FILE, GATES } from '#lib/troubleshooter/troubleshooter.ts';
import { TRANSLATED_LANGUAGES } from '#lib/i18n/languages.ts';
import { translatedFlowFile, translationId } from '#lib/i18n/translations.ts';

/** YAML gives a Date for 2026-11-25 and a string for "2026-11-25"; both must name a real day. */
const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z
    .date({ error: 'must be a date such as 2026-11-25' })
    .refine((date) => !Number.isNaN(date.getTime()), 'must be a date such as 2026-11-25'),
);

/** A page the facts come from. */
const source = z
  .object({
    title: z.string().min(3),
    url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
  })
  .strict();

/** The sources of a page: at least one, and at least one of them Apple's own. */
const sources = z
  .array(source)
  .min(1, 'must list at least one source')
  // An empty list already fails min(1): report it once.
  .refine((list) => list.length === 0 || hasAppleSource(list), {
    error: 'must include at least one source on apple.com or support.apple.com: third-party pages may add detail, never stand alone',
  });

/**
 * The day the page was last checked against its listed sources. It is not a
 * claim that anyone tried the steps on a device.
 */
const lastReviewed = calendarDate;

/** The iOS version the sources describe and the page was checked against, such as "26". */
const checkedForIos = iosVersion;

/** The page title and <h1>. Search results cut longer titles. */
const title = z.string().min(5).max(70, 'must be at most 70 characters');

/** The one-line summary; also the search-engine snippet. */
const description = z
  .string()
  .min(50, 'must be 50 to 160 characters (it is the search-engine snippet)')
  .max(160, 'must be 50 to 160 characters (it is the search-engine snippet)');

/**
 * Other words readers use for this fix or problem ("Apple ID", "log out"),
 * shown as "Also known as" and weighted in search. Only honest names: a
 * word that names something else (such as "factory reset") belongs in the body.
 */
const aliases = z.array(z.string().min(2)).optional();

/**
 * Which version of its English page a translation was made from: the English
 * page's lastReviewed and how many `changes` entries it had. When the English
 * page gets a later lastReviewed or a new change, the translation is outdated:
 * it says so, links to the English page, and npm run review lists it first.
 */
const translatedFrom = z
  .object({
    lastReviewed: calendarDate,
    changes: z.number().int('must be a whole number').min(0, "must be 0 or more: the number of entries in the English page's changes"),
  })
  .strict();

const slug = z.string().regex(SLUG, 'must be a slug: lower-case words joined by hyphens, such as "check-icloud-storage"');

const fixes = defineCollection({
  // One article per file; the file name is the slug in /fixes/<slug>/.
  loader: glob({ pattern: '*.mdx', base: './content/fixes' }),
  schema: z
    .object({
      title,
      description,
      /** Permanent short ID, "icb-" and 3 to 5 digits. Never reused or changed. */
      kbId: z.string().regex(KB_ID, 'must be "icb-" followed by 3 to 5 digits, such as "icb-104"'),
      /**
       * "fix" (the default): a step on the troubleshooting path, with an order.
       * "safety-net": the computer backup that every risky fix links to before
       * its first step; not on the path, so it has no order. One article at most.
       */
      role: z.enum(ARTICLE_ROLES).default('fix'),
      /** Position on the troubleshooting path: 1 is tried first. Unique. Required for a fix, left out for the safety net. */
      order: z.number().int('must be a whole number').positive('must be 1 or more').optional(),
      /** The kind of cause the fix deals with. */
      category: z.enum(CATEGORIES),
      /** The iOS versions whose Settings paths the steps describe. */
      appliesTo: z
        .object({
          from: iosVersion,
          /** Leave out while the steps still hold for the current iOS. */
          to: iosVersion.optional(),
        })
        .strict()
        .refine(({ from, to }) => to === undefined || isAtOrAfter(to, from), {
          error: 'to must be the same as or later than from',
          path: ['to'],
        }),
      /** Roughly how long the fix takes, in minutes. */
      minutes: z.number().int('must be a whole number').min(1).max(240),
      /**
       * What the reader could lose: nothing, settings, or data. On the path,
       * every fix with risk none comes before any fix with risk settings or
       * data ("safest first"), except the last resort.
       */
      risk: z.enum(RISKS),
      /**
       * true when a computer backup comes first even though the fix's risk is
       * none, such as Update iOS before a major upgrade. Like a risky fix, the
       * article then links to the safety net before its first numbered step,
       * and its troubleshooter result pages show the safety net.
       */
      backupFirst: z.boolean().default(false),
      /**
       * true when the fix should not be tried on a work or school (managed)
       * iPhone, such as signing out. risk: settings implies it. The
       * troubleshooter recommends such a fix only after a question with
       * gate: unmanaged, answered with an answer that passes it.
       */
      unsafeOnManagedIphone: z.boolean().default(false),
      /**
       * true on the fix to try when nothing else helped (contacting Apple): one
       * article at most, with the highest order. It alone may have risk none
       * after risky fixes.
       */
      lastResort: z.boolean().default(false),
      /**
       * The day every step was last checked against the sources listed below
       * (not tried on a device). Shown as "Last reviewed"; due again six months
       * later (npm run review).
       */
      lastReviewed,
      /** The iOS version the steps were checked for: the newest one the sources describe, such as "26". */
      checkedForIos,
      aliases,
      /**
       * Slugs this article had before it was renamed. Each keeps redirecting
       * here, so links already pasted into tickets never break. Never remove one.
       */
      formerSlugs: z.array(slug).default([]),
      /** Other fixes worth reading next to this one, by file name. */
      related: z.array(reference('fixes')).default([]),
      /** Where the facts come from, shown at the foot of the article. At least one must be Apple's own page. */
      sources,
      /**
       * What changed, one dated line each, newest or oldest first: shown as "What
       * changed" at the foot of the article and in the feed. Dated no later than
       * lastReviewed, and never in the future. When a step is removed, oldSteps
       * says where each old step number now points ({ 9: 8 }), so a pasted link
       * to #step-9 still lands on a step; the published-URL ledger requires it.
       */
      changes: z
        .array(
          z
            .object({
              date: calendarDate,
              summary: z.string().min(10).max(200, 'must be one line: at most 200 characters'),
              oldSteps: z.record(z.string().regex(/^[1-9]\d*$/, 'must be an old step number'), z.number().int().positive()).optional(),
            })
            .strict(),
        )
        .default([]),
    })
    // A misspelt field name is an error, not silently dropped data.
    .strict()
    .superRefine(({ role, order, changes, lastReviewed, backupFirst, lastResort }, ctx) => {
      for (const { index, message } of findChangeDateProblems(changes, lastReviewed, new Date())) {
        ctx.addIssue({ code: 'custom', path: ['changes', index, 'date'], message });
      }
      if (role === 'fix' && order === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['order'],
          message:
            'is required for a fix: its place on the troubleshooting path (1 is tried first). Only the safety net (role: safety-net) has none',
        });
      }
      if (role === 'safety-net' && order !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['order'],
          message: 'must be left out with role: safety-net: the safety net is not a step on the path, every risky fix links to it instead',
        });
      }
      if (role === 'safety-net' && backupFirst) {
        ctx.addIssue({
          code: 'custom',
          path: ['backupFirst'],
          message: 'must be left out with role: safety-net: the safety net is the computer backup itself',
        });
      }
      if (role === 'safety-net' && lastResort) {
        ctx.addIssue({
          code: 'custom',
          path: ['lastResort'],
          message:
            'must be left out with role: safety-net: the last resort is the last fix on the path, and the safety net is not on the path',
        });
      }
    }),
});

/** A question or answer id in the troubleshooter: part of a page's URL. */
const flowId = z.string().regex(SLUG, 'must be lower-case words joined by hyphens, such as "storage-full" (it is part of the URL)');

/** One answer: a link to the next question, or to a result page that recommends a fix. */
const troubleshooterAnswer = z
  .object({
    /** Unique within its question. A fix's result page is /troubleshoot/<question id>/<answer id>/. */
    id: flowId,
    /** The words readers pick, as the link text. */
    label: z.string().min(2).max(120, 'must be at most 120 characters'),
    /** The id of the question this answer leads to. Give either next or fix. */
    next: flowId.optional(),
    /** The fix this answer recommends, by file name in content/fixes/. */
    fix: reference('fixes').optional(),
    /** With fix: one or two sentences on the result page saying why this fix fits these answers. */
    why: z.string().min(20).max(300, 'must be at most 300 characters').optional(),
    /**
     * The alert this answer reports, by file name in content/alerts/. An alert
     * names its cause, so a fix it lists first needs no rule-out question before it.
     */
    alert: reference('alerts').optional(),
    /**
     * On an answer of a question with gate: true when this answer passes the
     * gate (the reader has a copy; the iPhone is not managed). Leave it out on
     * the answers that fail it: they may lead only to fixes with risk none and
     * without unsafeOnManagedIphone.
     */
    passesGate: z.boolean().optional(),
  })
  .strict()
  .superRefine((answer, ctx) => {
    if (answer.next === undefined && answer.fix === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['next'],
        message: 'needs next (the id of the question it leads to) or fix (the file name of the fix it recommends)',
      });
    }
    if (answer.next !== undefined && answer.fix !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['fix'], message: 'give either next or fix, not both: an answer leads to one place' });
    }
    if (answer.fix !== undefined && answer.why === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['why'],
        message: 'is required with fix: say why this fix fits these answers (the result page shows it)',
      });
    }
    if (answer.fix === undefined && answer.why !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['why'], message: 'goes with fix only: an answer with next has no result page to show it on' });
    }
  });

const troubleshooter = defineCollection({
  // The guided troubleshooter at /troubleshoot/: one entry per question, all in one file.
  // How the questions fit together (a tree with one start, every path ending at a fix)
  // is checked by src/lib/troubleshooter/troubleshooter.ts before any page is built.
  loader: file(FLOW_FILE),
  schema: z
    .object({
      /** The question's URL is /troubleshoot/<id>/; the start question's is /troubleshoot/. */
      id: flowId,
      /** true on exactly one question: the first one readers see. */
      start: z.boolean().default(false),
      /** The question, as the page's <h1>. */
      question: z.string().min(5).max(100, 'must be at most 100 characters (it is the page heading)'),
      /** Optional hint under the question: where to look to answer it. */
      help: z.string().min(10).max(300, 'must be at most 300 characters').optional(),
      /**
       * The no-risk fix whose cause this question checks, by file name: an
       * answer that moves on has ruled that cause out. A result that recommends
       * a fix with risk settings or data must come after such a question.
       */
      rulesOut: reference('fixes').optional(),
      /**
       * What the question checks before a risky fix. "copy": whether the reader
       * has kept a copy of their data (a current backup, or a computer to make
       * one). "unmanaged": it rules out a work or school (managed) iPhone. Its
       * answers that pass are marked passesGate: true; it needs at least one
       * that passes and one that fails. A result that recommends a fix with risk
       * settings or data must come after a passing answer of a copy gate; with
       * risk settings or unsafeOnManagedIphone, also of an unmanaged gate.
       */
      gate: z.enum(GATES).optional(),
      /** Optional link that helps answer it, such as Apple's System Status page. */
      link: z
        .object({
          text: z.string().min(2).max(60),
          url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
        })
        .strict()
        .optional(),
      /** The answers, as links, in the order shown. */
      answers: z
        .array(troubleshooterAnswer)
        .min(2, 'needs at least 2 answers')
        .max(7, 'must have at most 7 answers: more are hard to choose from'),
      /**
       * Ids this question had before it was renamed. /troubleshoot/<old id>/ and
       * its result pages keep redirecting here. Never remove one.
       */
      formerSlugs: z.array(flowId).default([]),
    })
    .strict(),
});

/**
 * glob(), with the Settings vocabulary in every entry's digest. Astro keeps a
 * Markdown entry's rendered HTML until its file changes; the HTML holds the
 * tap paths drawn from the vocabulary, so a change there must re-render it
 * too. (MDX is compiled at build time and needs nothing of the kind.)
 */
function globWithVocabulary(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) => {
      const vocabulary = fs.readFileSync(new URL(SETTINGS_VOCABULARY_FILE, context.config.root), 'utf8');
      return loader.load({
        ...context,
        generateDigest: (data) => context.generateDigest(`${vocabulary}\n${typeof data === 'string' ? data : JSON.stringify(data)}`),
      });
    },
  };
}

/** An alert's text presented as the exact words on the screen needs the page that quotes them. */
function requireTextSource(
  { wording, textSource }: { wording: (typeof TRANSLATED_ALERT_WORDINGS)[number]; textSource?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (claimsExactText(wording) && textSource === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['textSource'],
      message:
        `is required with wording: ${wording}, which presents text as the exact words on the screen: ` +
        "give the title and https:// URL of a page that quotes them (in the page's language), or use wording: apple-described",
    });
  }
}

const alerts = defineCollection({
  // One alert per file; the file name is the slug in /errors/<slug>/. The body says what it means.
  loader: globWithVocabulary({ pattern: '*.md', base: './content/alerts' }),
  schema: z
    .object({
      /** A short name for the alert, used as the page title. */
      title: z.string().min(5).max(70, 'must be at most 70 characters'),
      /**
       * With wording "reported": the exact text on the screen, shown as a quotation.
       * With wording "apple-described": what the alert says, in our words, never shown as a quotation.
       */
      text: z.string().min(5),
      /** Whose words `text` is: "reported" (exact, from textSource) or "apple-described" (Apple lists it without the exact words). */
      wording: z.enum(ALERT_WORDINGS),
      /** The page that quotes the exact text. Required with wording "reported". */
      textSource: source.optional(),
      /**
       * The fixes to try for this alert, in order, by file name in content/fixes/. The only link
       * between alerts and fixes: a fix's page lists the alerts that name it (src/lib/articles/alert-links.ts).
       */
      fixes: z.array(reference('fixes')).min(1, 'must name at least one fix'),
      /** The day the page was last checked against its sources (not on a device). */
      lastReviewed,
      /** The iOS version the page's advice was checked for, such as "26". */
      checkedForIos,
      /** Where the facts come from, shown at the foot of the page. At least one must be Apple's own page. */
      sources,
      /** File names this alert had before it was renamed: /errors/<old name>/ keeps redirecting here. Never remove one. */
      formerSlugs: z.array(slug).default([]),
    })
    .strict()
    .superRefine(requireTextSource),
});

/** The glob ID of content/fr/fixes/check-icloud-storage.mdx: "fr/check-icloud-storage". */
function translatedId({ entry }: { entry: string }): string {
  const [lang = '', , file = ''] = entry.split('/');
  return translationId(lang, file.replace(/\.mdx?$/, ''));
}

const fixTranslations = defineCollection({
  // content/<language>/fixes/<slug>.mdx: an article in another language, same file name as the
  // English one. Only the words are here; everything else (kbId, order, risk, sources) is the English page's.
  loader: glob({ pattern: '[a-z][a-z]/fixes/*.mdx', base: './content', generateId: translatedId }),
  schema: z.object({ title, description, aliases, translatedFrom }).strict(),
});

const alertTranslations = defineCollection({
  // content/<language>/alerts/<slug>.md: an alert page in another language; its fixes and sources are the English page's.
  loader: globWithVocabulary({ pattern: '[a-z][a-z]/alerts/*.md', base: './content', generateId: translatedId }),
  schema: z
    .object({
      title,
      /** As in English: exact words only with wording "reported" and a textSource that shows them in this language. */
      text: z.string().min(5),
      /** "described": a description of an alert whose exact words the English page quotes, but which are not known in this language. */
      wording: z.enum(TRANSLATED_ALERT_WORDINGS),
      textSource: source.optional(),
      translatedFrom,
    })
    .strict()
    .superRefine(requireTextSource),
});

/** The words of one troubleshooter question in another language; its structure is the English flow's. */
const translatedAnswer = z
  .object({
    id: flowId,
    label: z.string().min(2).max(120, 'must be at most 120 characters'),
    why: z.string().min(20).max(300, 'must be at most 300 characters').optional(),
  })
  .strict();

const troubleshooterTranslations = defineCollection({
  // content/<language>/troubleshooter/flow.yaml: a list with one item per English question, same ids.
  loader: {
    name: 'translated-flow',
    load: async (context) => {
      const { store, config } = context;
      store.clear();
      for (const lang of TRANSLATED_LANGUAGES) {
        const file = new URL(translatedFlowFile(lang), config.root);
        if (!fs.existsSync(file)) continue;
        const items: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
        if (!Array.isArray(items)) throw new Error(`${translatedFlowFile(lang)} must be a YAML list of questions`);
        for (const item of items as Record<string, unknown>[]) {
          const id = translationId(lang, String(item.id));
          store.set({ id, data: await context.parseData({ id, data: item }), filePath: translatedFlowFile(lang) });
        }
      }
    },
  },
  schema: z
    .object({
      id: flowId,
      /** The version of the English question's words it was translated from (questionVersion in src/lib/i18n/translations.ts; npm run review gives it). */
      translatedFrom: z.string().regex(/^[0-9a-f]{8}$/, 'must be the 8 hex digits npm run review gives for the English question'),
      question: z.string().min(5).max(100, 'must be at most 100 characters (it is the page heading)'),
      help: z.string().min(10).max(300, 'must be at most 300 characters').optional(),
      link: z
        .object({ text: z.string().min(2).max(60) })
        .strict()
        .optional(),
      answers: z.array(translatedAnswer).min(2),
    })
    .strict(),
});

const settings = defineCollection({
  // The Settings screens and controls the site names, all in one file: each
  // with the screen it is reached from and its labels by iOS version. Every
  // bold "Settings > …" path in content/ is resolved against it at build time
  // (src/integrations/markdown/settings-paths.ts), and /settings-paths/ lists them.
  // src/lib/settings/settings-vocabulary.ts documents every field.
  loader: file(SETTINGS_VOCABULARY_FILE),
  schema: settingsEntrySchema,
});

export const collections = { fixes, alerts, troubleshooter, settings, fixTranslations, alertTranslations, troubleshooterTranslations };
