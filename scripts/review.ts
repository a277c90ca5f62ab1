/**
 * npm run review: every article and alert with its last review, the iOS
 * version it was checked for, and the day its next review falls due (six
 * months later). First the pages a new iOS release may have made wrong: those
 * that name a Settings label the vocabulary says changed after the version
 * they were checked for, then those checked for a version older than
 * CURRENT_IOS (src/lib/settings/ios-version.ts); then the rest, overdue first.
 * Before all of them, the translations whose English page changed since they
 * were made (src/lib/i18n/translations.ts). A report: it exits 0 whatever it finds.
 *
 * Reads content/fixes/*.mdx, content/alerts/*.md, their translations in
 * content/<language>/ and the Settings vocabulary, without a build; the
 * schedule itself is src/lib/articles/review.ts.
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
const { readFrontmatter } = await import('#lib/articles/frontmatter.ts');
const { TRANSLATED_LANGUAGES } = await import('#lib/i18n/languages.ts');
const { formatQuestionReport, formatTranslationReport, questionVersion, translatedFlowFile, TRANSLATED_KINDS, translationState } =
  await import('#lib/i18n/translations.ts');
const { parse: parseYaml } = await import('yaml');

type Kind = Parameters<typeof reviewEntryOf>[0];

const vocabulary = loadVocabularyFile(ROOT);

function entriesIn(folder: string, extension: string, kind: Kind) {
  const dir = path.join(ROOT, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => reviewEntryOf(kind, `${folder}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8'), vocabulary, COVERED_IOS));
}

/** Every translation beside the version of its English page it was made from and the English page's version now. */
function translationRows() {
  const version = (data: Record<string, unknown>) => ({
    lastReviewed: new Date(String(data.lastReviewed instanceof Date ? data.lastReviewed.toISOString() : data.lastReviewed)),
    changes: Array.isArray(data.changes) ? data.changes.length : Number(data.changes ?? 0),
  });
  return TRANSLATED_LANGUAGES.flatMap((lang) =>
    TRANSLATED_KINDS.flatMap((kind) => {
      const dir = path.join(ROOT, 'content', lang, kind);
      if (!fs.existsSync(dir)) return [];
      return fs.readdirSync(dir).flatMap((name) => {
        const english = path.join('content', kind, name);
        if (!fs.existsSync(path.join(ROOT, english))) return [];
        const translatedFrom = version(
          readFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8')).data.translatedFrom as Record<string, unknown>,
        );
        const englishVersion = version(readFrontmatter(fs.readFileSync(path.join(ROOT, english), 'utf8')).data);
        const state = translationState(englishVersion, translatedFrom);
        return [{ file: path.join('content', lang, kind, name), english, state, translatedFrom, englishVersion }];
      });
    }),
  );
}

/** Every translated troubleshooter question beside the version of the English words it was made from and their version now. */
function questionRows() {
  type Words = Parameters<typeof questionVersion>[0] & { id: string; translatedFrom?: string };
  const english = new Map(
    (parseYaml(fs.readFileSync(path.join(ROOT, 'content/troubleshooter/flow.yaml'), 'utf8')) as Words[]).map((q) => [q.id, q]),
  );
  return TRANSLATED_LANGUAGES.flatMap((lang) => {
    const file = translatedFlowFile(lang);
    if (!fs.existsSync(path.join(ROOT, file))) return [];
    return (parseYaml(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Words[]).flatMap((question) => {
      const original = english.get(question.id);
      return original ? [{ file, id: question.id, translatedFrom: question.translatedFrom ?? '', english: questionVersion(original) }] : [];
    });
  });
}

console.log(`${formatTranslationReport(translationRows())}\n${formatQuestionReport(questionRows())}\n`);

const today = new Date();
const entries = [...entriesIn('content/fixes', '.mdx', 'article'), ...entriesIn('content/alerts', '.md', 'alert')];
console.log(formatReviewReport(reviewSchedule(entries, today, CURRENT_IOS), today, CURRENT_IOS));
