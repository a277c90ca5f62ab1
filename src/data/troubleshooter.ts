/**
 * The one way pages get the troubleshooter: the questions of
 * content/troubleshooter/flow.yaml, checked against the flow rules (a broken
 * flow stops the build), walked into one static page per question and per
 * recommended fix, each with the answers that led to it.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Vocabulary } from '#lib/settings/settings-vocabulary.ts';
import { questionPath, resultPath } from '#lib/links/routes.ts';
import { distinctTitles, FLOW_FILE, walkFlow, type Step } from '#lib/troubleshooter/troubleshooter.ts';
import { assertValidFlow } from '#lib/troubleshooter/troubleshooter-rules.ts';
import { COVERED_IOS } from '#lib/settings/ios-version.ts';
import { assertNoSettingsPath, renderSettingsText, type SettingsText } from '#lib/settings/settings-text.ts';
import { getAlerts } from './alerts';
import { getFixes, getNextFix, getSafetyNet, type Fix } from './fixes';
import { getVocabulary } from './settings';
import { needsSafetyNet } from '#lib/articles/taxonomy.ts';
import { defined } from '#lib/defined.ts';
import { DEFAULT_LANGUAGE, localizePath, type Language } from '#lib/i18n/languages.ts';
import { uiStrings } from '#lib/i18n/ui-strings.ts';
import { questionVersion, splitTranslationId, translatedFlowFile, type TranslationState } from '#lib/i18n/translations.ts';

type Question = CollectionEntry<'troubleshooter'>;
type Answer = Question['data']['answers'][number];

/** One answer given on the way, as the trail shows it: with a link back to its question. */
export interface TrailStep {
  question: string;
  answer: string;
  /** The question's page, to change the answer. */
  href: string;
}

interface Page {
  path: string;
  /** The <title>, without the site name. Unique across the troubleshooter. */
  title: string;
  /** The meta description. Unique: it names the answers given. */
  description: string;
  /** The answers given before this page, in order. */
  trail: TrailStep[];
  /** In a translation: "outdated" when the English words of its question changed after it was translated. */
  state: TranslationState | 'original';
}

export interface QuestionPage extends Page {
  question: Question;
  /** 1 for the start question. */
  number: number;
  /** The help line as HTML, its Settings paths drawn as taps (see src/lib/settings/settings-text.ts). */
  help: SettingsText | undefined;
  answers: { id: string; label: string; href: string }[];
}

export interface ResultPage extends Page {
  question: Question;
  answer: Answer;
  /** Why the fix fits these answers, from the flow. */
  why: string;
  fix: Fix;
  /** The fix after it on the troubleshooting path, if any. */
  next: Fix | undefined;
  /** The computer-backup article, when the fix can cost settings or data or has backupFirst: shown above the recommendation. */
  safetyNet: Fix | undefined;
}

export interface Troubleshooter {
  start: QuestionPage;
  /** Every question page, the start first. */
  questions: QuestionPage[];
  results: ResultPage[];
}

/**
 * The questions with the words of `lang` (content/<lang>/troubleshooter/flow.yaml)
 * in place of the English ones; the structure stays the English flow's. Every
 * question and answer needs its words: a missing or unknown one stops the build.
 */
async function questionsIn(lang: Language): Promise<{ questions: Question[]; outdated: ReadonlySet<string> }> {
  const questions = await getCollection('troubleshooter');
  if (lang === DEFAULT_LANGUAGE) return { questions, outdated: new Set() };
  const file = translatedFlowFile(lang);
  const words = new Map(
    (await getCollection('troubleshooterTranslations'))
      .filter((entry) => splitTranslationId(entry.id).lang === lang)
      .map((entry) => [entry.data.id, entry.data]),
  );
  const problems: string[] = [];
  // Questions whose English words changed after they were translated (translatedFrom).
  const outdated = new Set<string>();
  for (const id of words.keys()) {
    if (!questions.some((question) => question.id === id))
      problems.push(`question "${id}" is not a question of ${FLOW_FILE}: remove it, or use the English id`);
  }
  const localized = questions.map((question): Question => {
    const own = words.get(question.id);
    if (!own) {
      problems.push(`question "${question.id}" of ${FLOW_FILE} has no words here: add it, with the same id`);
      return question;
    }
    for (const id of own.answers.map((answer) => answer.id)) {
      if (!question.data.answers.some((answer) => answer.id === id))
        problems.push(`question "${question.id}": answer "${id}" is not one of the English question's answers`);
    }
    const answers = question.data.answers.map((answer) => {
      const mine = own.answers.find((candidate) => candidate.id === answer.id);
      if (!mine) {
        problems.push(`question "${question.id}": answer "${answer.id}" has no label here`);
        return answer;
      }
      if ((answer.why === undefined) !== (mine.why === undefined)) {
        problems.push(
          `question "${question.id}", answer "${answer.id}": give why exactly where the English answer has one (it leads to a ${answer.fix ? 'result' : 'question'})`,
        );
      }
      return { ...answer, label: mine.label, why: mine.why };
    });
    if ((question.data.help === undefined) !== (own.help === undefined))
      problems.push(`question "${question.id}": give help exactly where the English question has it`);
    if ((question.data.link === undefined) !== (own.link === undefined))
      problems.push(`question "${question.id}": give link.text exactly where the English question has a link`);
    const link = question.data.link && own.link ? { ...question.data.link, text: own.link.text } : question.data.link;
    if (own.translatedFrom !== questionVersion(question.data)) outdated.add(question.id);
    return { ...question, filePath: file, data: { ...question.data, question: own.question, help: own.help, link, answers } };
  });
  if (problems.length > 0) {
    throw new AstroError(
      `${file} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
      `It holds the words of every question of ${FLOW_FILE}, by the same ids.`,
    );
  }
  return { questions: localized, outdated };
}

/** A question's help line, resolved for every iOS version the site covers; its other texts may not hold a path. */
function helpOf(question: Question, vocabulary: Vocabulary, lang: Language): SettingsText | undefined {
  const where = `${question.filePath ?? FLOW_FILE}, question "${question.id}"`;
  const roots = ['Settings', ...vocabulary.root.labels.map((label) => label.text)];
  assertNoSettingsPath(question.data.question, `${where}, question`, roots);
  for (const answer of question.data.answers) {
    assertNoSettingsPath(answer.label, `${where}, answer "${answer.id}" label`, roots);
    if (answer.why) assertNoSettingsPath(answer.why, `${where}, answer "${answer.id}" why`, roots);
  }
  const { help } = question.data;
  return help ? renderSettingsText(help, vocabulary, COVERED_IOS, `${where}, help`, 'summary', lang) : undefined;
}

async function build(lang: Language): Promise<Troubleshooter> {
  const words = uiStrings(lang).troubleshooterPages;
  const [{ questions, outdated }, fixes, alerts, net, vocabulary] = await Promise.all([
    questionsIn(lang),
    getFixes(lang),
    getAlerts(lang),
    getSafetyNet(lang),
    getVocabulary(lang),
  ]);
  const stateOf = (id: string) => (lang === DEFAULT_LANGUAGE ? 'original' : outdated.has(id) ? 'outdated' : 'current');
  const questionHref = (question: Question) => localizePath(questionPath(question), lang);
  const resultHref = (questionId: string, answerId: string) => localizePath(resultPath(questionId, answerId), lang);
  const trailOf = (steps: readonly Step<Question>[]): TrailStep[] =>
    steps.map(({ question, answer }) => ({ question: question.data.question, answer: answer.label, href: questionHref(question) }));
  assertValidFlow(
    questions,
    fixes.map((fix) => ({ id: fix.id, risk: fix.data.risk, unsafeOnManagedIphone: fix.data.unsafeOnManagedIphone })),
    alerts.map((alert) => ({ id: alert.id, fixes: alert.data.fixes.map(({ id }) => id) })),
  );
  const walk = walkFlow(questions);
  const fixById = new Map(fixes.map((fix) => [fix.id, fix]));
  const questionById = new Map(questions.map((question) => [question.id, question]));
  // assertValidFlow checked that an answer without fix has a next that names a question.
  const answerHref = (question: Question, answer: Answer) =>
    answer.fix
      ? resultHref(question.id, answer.id)
      : questionHref(defined(questionById.get(answer.next ?? ''), `the next question of ${question.id}/${answer.id}`));
  const fixOf = (fixId: string) => defined(fixById.get(fixId), `fix "${fixId}"`);
  const labels = (steps: readonly Step<Question>[]) => steps.map((step) => step.answer.label);

  const titles = distinctTitles([
    ...walk.questions.map((stop) => ({ base: words.questionTitle(stop.question.data.question), trail: labels(stop.trail) })),
    ...walk.results.map((stop) => ({ base: words.resultTitle(fixOf(stop.fixId).data.title), trail: labels(stop.trail) })),
  ]);

  const questionPages = walk.questions.map((stop, i): QuestionPage => {
    const { question, trail } = stop;
    const text = question.data.question;
    return {
      question,
      state: stateOf(question.id),
      number: trail.length + 1,
      help: helpOf(question, vocabulary, lang),
      path: questionHref(question),
      title: defined(titles[i], `the title of question ${question.id}`),
      description: trail.length === 0 ? words.startDescription(text) : words.questionDescription(trail.length + 1, text, labels(trail)),
      trail: trailOf(trail),
      answers: question.data.answers.map((answer) => ({ id: answer.id, label: answer.label, href: answerHref(question, answer) })),
    };
  });

  const resultPages = await Promise.all(
    walk.results.map(async (stop, i): Promise<ResultPage> => {
      const fix = fixOf(stop.fixId);
      return {
        question: stop.question,
        state: stateOf(stop.question.id),
        answer: stop.answer,
        why: stop.answer.why ?? '',
        fix,
        next: await getNextFix(fix.id, lang),
        safetyNet: needsSafetyNet(fix.data) ? net : undefined,
        path: resultHref(stop.question.id, stop.answer.id),
        title: defined(titles[walk.questions.length + i], `the title of result ${stop.question.id}/${stop.answer.id}`),
        description: words.resultDescription(fix.data.title, labels(stop.trail)),
        trail: trailOf(stop.trail),
      };
    }),
  );

  return { start: defined(questionPages[0], "the troubleshooter's start question"), questions: questionPages, results: resultPages };
}

const checked = new Map<Language, Promise<Troubleshooter>>();

/** Every troubleshooter page in `lang`. Fails the build if the flow breaks a rule, or a translation lacks words. */
export function getTroubleshooter(lang: Language = DEFAULT_LANGUAGE): Promise<Troubleshooter> {
  let troubleshooter = checked.get(lang);
  if (!troubleshooter) {
    troubleshooter = build(lang);
    checked.set(lang, troubleshooter);
  }
  return troubleshooter;
}
