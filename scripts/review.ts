/**
 * npm run review: every article and alert with its last review, the iOS
 * version it was checked for, and the day its next review falls due (six
 * months later). First the pages a new iOS release may have made wrong: those
 * that name a Settings label the vocabulary says changed after the version
 * they were checked for, then those checked for a version older than
 * CURRENT_IOS (src/lib/settings/ios-version.ts); then the rest, overdue first. A
 * report: it exits 0 whatever it finds.
 *
 * Reads content/fixes/*.mdx, content/alerts/*.md and the Settings vocabulary,
 * without a build; the schedule itself is src/lib/articles/review.ts.
 *
 * Runs under Node's type stripping: erasable TypeScript only.
 */
import fs from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = pathToFileURL(path.join(ROOT, 'src')).href;

// The modules of src/ import each other without a file extension, as Vite
// allows; Node's loader needs it. Only for imports made from src/.
registerHooks({
  resolve(specifier, context, nextResolve) {
    const fromSrc = context.parentURL?.startsWith(`${SRC}/`) === true;
    const bare = /^\.\.?\//.test(specifier) && path.extname(specifier) === '';
    return nextResolve(fromSrc && bare ? `${specifier}.ts` : specifier, context);
  },
});

// Imported after the hook is in place (static imports would run before it).
const { COVERED_IOS, CURRENT_IOS } = await import('#lib/settings/ios-version.ts');
const { formatReviewReport, reviewEntryOf, reviewSchedule } = await import('#lib/articles/review.ts');
const { loadVocabularyFile } = await import('#lib/settings/settings-vocabulary.ts');

type Kind = Parameters<typeof reviewEntryOf>[0];

const vocabulary = loadVocabularyFile(ROOT);

function entriesIn(folder: string, extension: string, kind: Kind) {
  const dir = path.join(ROOT, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => reviewEntryOf(kind, `${folder}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'), vocabulary, COVERED_IOS));
}

const today = new Date();
const entries = [...entriesIn('content/fixes', '.mdx', 'article'), ...entriesIn('content/alerts', '.md', 'alert')];
console.log(formatReviewReport(reviewSchedule(entries, today, CURRENT_IOS), today, CURRENT_IOS));
