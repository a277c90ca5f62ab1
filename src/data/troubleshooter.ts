/**
 * The one way pages get the troubleshooter: the questions of
 * content/troubleshooter/flow.yaml, checked against the flow rules (a broken
 * flow stops the build), walked into one static page per question and per
 * recommended fix, each with the answers that led to it.
 */
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

function trailOf(steps: readonly Step<Question>[]): TrailStep[] {
  return steps.map(({ question, answer }) => ({
    question: question.data.question,
    answer: answer.label,
    href: questionPath(question),
  }));
}

/** A question's help line, resolved for every iOS version the site covers; its other texts may not hold a path. */
function helpOf(question: Question, vocabulary: Vocabulary): SettingsText | undefined {
  const where = `${question.filePath ?? FLOW_FILE}, question "${question.id}"`;
  assertNoSettingsPath(question.data.question, `${where}, question`);
  for (const answer of question.data.answers) {
    assertNoSettingsPath(answer.label, `${where}, answer "${answer.id}" label`);
    if (answer.why) assertNoSettingsPath(answer.why, `${where}, answer "${answer.id}" why`);
  }
  const { help } = question.data;
  return help ? renderSettingsText(help, vocabulary, COVERED_IOS, `${where}, help`, 'summary') : undefined;
}

async function build(): Promise<Troubleshooter> {
  const [questions, fixes, alerts, net, vocabulary] = await Promise.all([
    getCollection('troubleshooter'),
    getFixes(),
    getAlerts(),
    getSafetyNet(),
    getVocabulary(),
  ]);
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
      ? resultPath(question.id, answer.id)
      : questionPath(defined(questionById.get(answer.next ?? ''), `the next question of ${question.id}/${answer.id}`));
  const fixOf = (fixId: string) => defined(fixById.get(fixId), `fix "${fixId}"`);
  const labels = (steps: readonly Step<Question>[]) => steps.map((step) => step.answer.label);

  const titles = distinctTitles([
    ...walk.questions.map((stop) => ({ base: `Troubleshooter: ${stop.question.data.question}`, trail: labels(stop.trail) })),
    ...walk.results.map((stop) => ({ base: `Recommended fix: ${fixOf(stop.fixId).data.title}`, trail: labels(stop.trail) })),
  ]);

  const questionPages = walk.questions.map((stop, i): QuestionPage => {
    const { question, trail } = stop;
    const text = question.data.question;
    return {
      question,
      number: trail.length + 1,
      help: helpOf(question, vocabulary),
      path: questionPath(question),
      title: defined(titles[i], `the title of question ${question.id}`),
      description:
        trail.length === 0
          ? `iPhone won't back up to iCloud? Answer a few questions, one at a time, and get the fix that fits. First question: ${text}`
          : `Question ${trail.length + 1} of the iCloud Backup troubleshooter: ${text} Your answers so far: ${labels(trail).join('; ')}.`,
      trail: trailOf(trail),
      answers: question.data.answers.map((answer) => ({ id: answer.id, label: answer.label, href: answerHref(question, answer) })),
    };
  });

  const resultPages = await Promise.all(
    walk.results.map(async (stop, i): Promise<ResultPage> => {
      const fix = fixOf(stop.fixId);
      return {
        question: stop.question,
        answer: stop.answer,
        why: stop.answer.why ?? '',
        fix,
        next: await getNextFix(fix.id),
        safetyNet: needsSafetyNet(fix.data) ? net : undefined,
        path: resultPath(stop.question.id, stop.answer.id),
        title: defined(titles[walk.questions.length + i], `the title of result ${stop.question.id}/${stop.answer.id}`),
        description: `The troubleshooter recommends “${fix.data.title}”. Your answers: ${labels(stop.trail).join('; ')}.`,
        trail: trailOf(stop.trail),
      };
    }),
  );

  return { start: defined(questionPages[0], "the troubleshooter's start question"), questions: questionPages, results: resultPages };
}

let checked: Promise<Troubleshooter> | undefined;

/** Every troubleshooter page. Fails the build if the flow breaks a rule. */
export function getTroubleshooter(): Promise<Troubleshooter> {
  checked ??= build();
  return checked;
}
