/**
 * The guided troubleshooter (/troubleshoot/): the questions of
 * content/troubleshooter/flow.yaml as the pages walk them. Pure functions,
 * unit-tested without a build. The rules a flow must keep are in
 * ./troubleshooter-rules.ts; its URLs in ./routes.ts.
 */

import type { Risk } from '#lib/articles/taxonomy.ts';

/** The flow's file, relative to the project. The content config loads it from here. */
export const FLOW_FILE = 'content/troubleshooter/flow.yaml';

/**
 * What a gate question checks before a risky fix. "copy": the reader has kept
 * a copy of their data (a current backup, or a computer to make one).
 * "unmanaged": the iPhone is not a work or school (managed) one.
 */
export const GATES = ['copy', 'unmanaged'] as const;
export type Gate = (typeof GATES)[number];

export interface FlowAnswer {
  id: string;
  label: string;
  /** The id of the question this answer leads to… */
  next?: string | undefined;
  /** …or the fix it recommends (a reference to content/fixes/<id>.mdx). */
  fix?: { id: string } | undefined;
  /** The alert this answer reports (a reference to content/alerts/<id>.md). */
  alert?: { id: string } | undefined;
  /** On an answer of a gate question: true when this answer passes the gate. */
  passesGate?: boolean | undefined;
}

export interface FlowQuestion {
  id: string;
  filePath?: string | undefined;
  data: {
    start?: boolean | undefined;
    question: string;
    /** The no-risk fix whose cause this question checks (a reference to content/fixes/<id>.mdx). */
    rulesOut?: { id: string } | undefined;
    /** What this question checks before a risky fix; its answers with passesGate pass. */
    gate?: Gate | undefined;
    answers: readonly FlowAnswer[];
  };
}

/** What the rules need to know of a fix: its file name, its risk, and whether a managed iPhone rules it out. */
export interface FlowFix {
  id: string;
  risk: Risk;
  /** Left out: false. */
  unsafeOnManagedIphone?: boolean | undefined;
}

/** What the rules need to know of an alert: its file name and its fixes, in order. */
export interface FlowAlert {
  id: string;
  fixes: readonly string[];
}

type AnswerOf<Q extends FlowQuestion> = Q['data']['answers'][number];

/** One answer given on the way. */
export interface Step<Q extends FlowQuestion> {
  question: Q;
  answer: AnswerOf<Q>;
}

/** A question page, with the answers that led to it (none for the start question). */
export interface QuestionStop<Q extends FlowQuestion> {
  question: Q;
  trail: Step<Q>[];
}

/** A result page: an answer that recommends a fix, with every answer that led there, that one last. */
export interface ResultStop<Q extends FlowQuestion> {
  question: Q;
  answer: AnswerOf<Q>;
  fixId: string;
  trail: Step<Q>[];
}

/**
 * Every page of a valid flow (see `findFlowProblems` in ./troubleshooter-rules.ts): the questions from the
 * start, depth first in answer order, and the result page of every answer
 * that recommends a fix.
 */
export function walkFlow<Q extends FlowQuestion>(questions: readonly Q[]): { questions: QuestionStop<Q>[]; results: ResultStop<Q>[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const starts = questions.filter((q) => q.data.start);
  const [start] = starts;
  if (starts.length !== 1 || !start)
    throw new Error(`${FLOW_FILE}: walkFlow needs exactly one start question; check the flow with findFlowProblems first.`);
  const stops: QuestionStop<Q>[] = [];
  const results: ResultStop<Q>[] = [];
  const seen = new Set<string>();

  const visit = (question: Q, trail: Step<Q>[]) => {
    if (seen.has(question.id))
      throw new Error(`${FLOW_FILE}: question "${question.id}" is reached twice; check the flow with findFlowProblems first.`);
    seen.add(question.id);
    stops.push({ question, trail });
    for (const answer of question.data.answers as readonly AnswerOf<Q>[]) {
      const steps = [...trail, { question, answer }];
      if (answer.fix) results.push({ question, answer, fixId: answer.fix.id, trail: steps });
      else if (answer.next !== undefined) {
        const next = byId.get(answer.next);
        if (!next) throw new Error(`${FLOW_FILE}: no question "${answer.next}"; check the flow with findFlowProblems first.`);
        visit(next, steps);
      }
    }
  };

  visit(start, []);
  return { questions: stops, results };
}

/**
 * Page titles that are unique although their wording repeats (a tree may ask
 * the same question, or recommend the same fix, on two paths): a title whose
 * `base` another item shares gets the last answers of its trail, as few as
 * tell the group apart, such as `Is iOS up to date? (after “Yes”)`.
 * Trails of a tree differ, so the result is unique.
 */
export function distinctTitles(items: readonly { base: string; trail: readonly string[] }[]): string[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(item.base, [...(groups.get(item.base) ?? []), i]));
  const titles = items.map((item) => item.base);
  const trailOf = (i: number) => items[i]?.trail ?? [];
  for (const [base, members] of groups) {
    if (members.length < 2) continue;
    const longest = Math.max(...members.map((i) => trailOf(i).length));
    let count = 1;
    const suffix = (i: number) => trailOf(i).slice(-count);
    while (count < longest && new Set(members.map((i) => suffix(i).join('\u0000'))).size < members.length) count++;
    for (const i of members) {
      const labels = suffix(i);
      titles[i] = labels.length > 0 ? `${base} (after “${labels.join('”, “')}”)` : base;
    }
  }
  return titles;
}
