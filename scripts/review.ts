/**
 * npm run review: every article and alert with its last review, the iOS
 * version it was checked for, and the day its next review falls due (six
 * months later), overdue first. A report: it exits 0 whatever it finds.
 *
 * Reads the frontmatter of content/fixes/*.mdx and content/errors/*.md; the
 * schedule itself is src/lib/review.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatReviewReport, reviewSchedule, type ReviewEntry } from '../src/lib/review.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function entriesIn(folder: string, extension: string, kind: ReviewEntry['kind']): ReviewEntry[] {
  const dir = path.join(ROOT, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => {
      const file = `${folder}/${name}`;
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(path.join(dir, name), 'utf8'))?.[1] ?? '';
      const data = (parseYaml(frontmatter) ?? {}) as { lastReviewed?: unknown; checkedForIos?: string | number };
      const lastReviewed = new Date(`${String(data.lastReviewed)}T00:00:00Z`);
      if (Number.isNaN(lastReviewed.getTime())) throw new Error(`${file}: lastReviewed must be a date such as 2026-11-25`);
      return { kind, file, lastReviewed, checkedForIos: String(data.checkedForIos ?? '(not set)') };
    });
}

const today = new Date();
const entries = [...entriesIn('content/fixes', '.mdx', 'article'), ...entriesIn('content/errors', '.md', 'alert')];
console.log(formatReviewReport(reviewSchedule(entries, today), today));
