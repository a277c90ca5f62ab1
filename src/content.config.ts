import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CATEGORIES, RISKS } from './lib/taxonomy';

const iosVersion = z
  .string()
  .regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, 'must be an iOS version such as "17" or "17.4"');

/** YAML gives a Date for 2026-11-25 and a string for "2026-11-25"; both must name a real day. */
const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z
    .date({ error: 'must be a date such as 2026-11-25' })
    .refine((date) => !Number.isNaN(date.getTime()), 'must be a date such as 2026-11-25'),
);

/** Dotted version numbers compare part by part: 17.4 comes before 17.10. */
function versionParts(version: string): number[] {
  return version.split('.').map(Number);
}

function isAtOrAfter(later: string, earlier: string): boolean {
  const [a, b] = [versionParts(later), versionParts(earlier)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

const fixes = defineCollection({
  // One article per file; the file name is the slug in /fixes/<slug>/.
  loader: glob({ pattern: '*.mdx', base: './content/fixes' }),
  schema: z.object({
    /** The page title and <h1>. Search results cut longer titles. */
    title: z.string().min(5).max(70, 'must be at most 70 characters'),
    /** The one-line summary; also the search-engine snippet. */
    description: z
      .string()
      .min(50, 'must be 50 to 160 characters (it is the search-engine snippet)')
      .max(160, 'must be 50 to 160 characters (it is the search-engine snippet)'),
    /** Permanent short ID, "icb-" and 3 to 5 digits. Never reused or changed. */
    kbId: z.string().regex(/^icb-\d{3,5}$/, 'must be "icb-" followed by 3 to 5 digits, such as "icb-104"'),
    /** Position on the troubleshooting path: 1 is tried first. Unique. */
    order: z.number().int('must be a whole number').positive('must be 1 or more'),
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
    /** What the reader could lose: nothing, settings, or data. */
    risk: z.enum(RISKS),
    /** The day a person last checked every step against a real iPhone. */
    lastReviewed: calendarDate,
    /** The exact alert texts this fix addresses, as the iPhone shows them. */
    errorMessages: z.array(z.string().min(5)).optional(),
    /** Other fixes worth reading next to this one, by file name. */
    related: z.array(reference('fixes')).default([]),
    /** Where the facts come from, shown at the foot of the article. */
    sources: z
      .array(
        z.object({
          title: z.string().min(3),
          url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
        })
        .strict(),
      )
      .min(1, 'must list at least one source'),
  })
    // A misspelt field name is an error, not silently dropped data.
    .strict(),
});

export const collections = { fixes };
