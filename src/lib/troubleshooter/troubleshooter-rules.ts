/**
 * The rules a troubleshooter flow must keep (content/troubleshooter/flow.yaml),
 * checked before any page is built (src/data/troubleshooter.ts). Pure
 * functions, unit-tested without a build.
 *
 * The flow must be a tree: exactly one start question; every answer leads to
 * a question that exists or recommends a fix that exists; no loops; every
 * question reached from the start by exactly one answer; every path ends at a
 * fix. Then each question has a single path from the start, so its static
 * page can list the answers that led to it, and the whole flow works as plain
 * links, without JavaScript. The schema (src/content.config.ts) checks each
 * question on its own; these rules check how the questions fit together.
 *
 * Three more rules keep the flow safe. "Rule out first": a result that
 * recommends a fix whose risk is settings or data must come after a question
 * that rules out a no-risk cause (`rulesOut` names the no-risk fix whose cause
 * the question checks), unless the answer reports an alert (`alert`) that
 * lists that fix first, since the alert itself names the cause. "Gates before
 * risk": such a result must come after a passing answer (`passesGate`) of a
 * question that asks whether the reader has kept a copy (`gate: copy`), and a
 * fix with risk settings or `unsafeOnManagedIphone` also after one that rules
 * out a managed iPhone (`gate: unmanaged`). "Failing answers stay safe": after
 * an answer that fails a gate, only fixes that need no gate.
 */
import { fileOf } from '#lib/articles/content-file.ts';
import { AstroError } from 'astro/errors';
import { resultPath, TROUBLESHOOT_PATH } from '#lib/links/routes.ts';
import { isRisky } from '#lib/articles/taxonomy.ts';
import {
  FLOW_FILE,
  walkFlow,
  type FlowAlert,
  type FlowAnswer,
  type FlowFix,
  type FlowQuestion,
  type Gate,
  type ResultStop,
} from './troubleshooter';

/** `content/troubleshooter/flow.yaml: question "a"` or `…, answer "b"`. */
function where(question: FlowQuestion, answer?: FlowAnswer): string {
  return `${fileOf(question, FLOW_FILE)}: question "${question.id}"${answer ? `, answer "${answer.id}"` : ''}`;
}

function idList(ids: readonly string[]): string {
  return ids.length > 0 ? [...ids].sort().join(', ') : '(none)';
}

/** `start → b → second → yes`: the answers that lead to a result. */
function pathOf(result: ResultStop<FlowQuestion>): string {
  return result.trail.map(({ question, answer }) => `${question.id} → ${answer.id}`).join(' → ');
}

/** What a question with each gate checks, for the messages. */
const GATE_CHECKS: Record<Gate, string> = {
  copy: 'asks whether the reader has kept a copy of their data (a current backup, or a computer to make one)',
  unmanaged: 'rules out a managed (work or school) iPhone',
};

/**
 * The gates a result must pass before it recommends this fix, each with the
 * field that calls for it: "copy" for risk settings or data, "unmanaged" for
 * risk settings or unsafeOnManagedIphone.
 */
function gatesFor(fix: FlowFix): { gate: Gate; because: string }[] {
  const gates: { gate: Gate; because: string }[] = [];
  if (isRisky(fix.risk)) gates.push({ gate: 'copy', because: `risk: ${fix.risk}` });
  if (fix.risk === 'settings') gates.push({ gate: 'unmanaged', because: 'risk: settings' });
  else if (fix.unsafeOnManagedIphone === true) gates.push({ gate: 'unmanaged', because: 'unsafeOnManagedIphone: true' });
  return gates;
}

/** Exactly one question has `start: true` (and there are questions at all). */
export function findStartProblems(questions: readonly FlowQuestion[]): string[] {
  const [first] = questions;
  if (!first) {
    return [
      `${FLOW_FILE} has no questions: it is missing, empty, or not a valid YAML list (Astro's message above says which). ` +
        'List the questions, and mark the first one with start: true.',
    ];
  }
  const starts = questions.filter((q) => q.data.start);
  const file = fileOf(first, FLOW_FILE);
  if (starts.length === 0) {
    return [
      `${file}: no question has start: true. Mark exactly one, the first question readers see at ${TROUBLESHOOT_PATH}. ` +
        `The questions are: ${idList(questions.map((q) => q.id))}.`,
    ];
  }
  if (starts.length > 1) {
    return [
      `${file}: ${starts.length} questions have start: true (${starts.map((q) => `"${q.id}"`).join(', ')}). ` +
        'Exactly one question may start the troubleshooter: keep start: true on one of them only.',
    ];
  }
  return [];
}

/** Within a question, each answer has its own id (it is in the result URL) and its own words. */
export function findDuplicateAnswers(questions: readonly FlowQuestion[]): string[] {
  const problems: string[] = [];
  for (const question of questions) {
    const byId = new Map<string, FlowAnswer>();
    const byLabel = new Map<string, FlowAnswer>();
    for (const answer of question.data.answers) {
      const sameId = byId.get(answer.id);
      if (sameId) {
        problems.push(
          `${where(question)}: two answers have the id "${answer.id}". ` +
            "Each answer needs its own id within its question: it is part of the result page's URL.",
        );
      } else {
        byId.set(answer.id, answer);
      }
      const label = answer.label.trim().toLowerCase();
      const sameLabel = byLabel.get(label);
      if (sameLabel) {
        problems.push(
          `${where(question, answer)} reads "${answer.label}", the same as answer "${sameLabel.id}". ` +
            'Word them differently: readers choose by the words.',
        );
      } else {
        byLabel.set(label, answer);
      }
    }
  }
  return problems;
}

/** Every answer leads to a question that exists, or recommends a fix that exists. */
export function findMissingTargets(questions: readonly FlowQuestion[], fixIds: readonly string[]): string[] {
  const questionIds = new Set(questions.map((q) => q.id));
  const fixes = new Set(fixIds);
  const problems: string[] = [];
  for (const question of questions) {
    const others = questions.map((q) => q.id).filter((id) => id !== question.id);
    for (const answer of question.data.answers) {
      const here = where(question, answer);
      if (answer.next === undefined && answer.fix === undefined) {
        problems.push(
          `${here} leads nowhere. Give it next: with the id of another question (${idList(others)}), ` +
            `or fix: with the file name of a fix in content/fixes/ (${idList(fixIds)}).`,
        );
      }
      if (answer.next !== undefined && !questionIds.has(answer.next)) {
        problems.push(
          `${here} leads to question "${answer.next}", but no question has that id. ` +
            `Allowed: the id of another question (${idList(others)}), or fix: with a fix's file name instead.`,
        );
      }
      if (answer.fix !== undefined && !fixes.has(answer.fix.id)) {
        problems.push(
          `${here} recommends fix "${answer.fix.id}", but there is no content/fixes/${answer.fix.id}.mdx. ` +
            `Allowed: the file name, without .mdx, of a fix: ${idList(fixIds)}.`,
        );
      }
    }
  }
  return problems;
}

/** No answer leads back to a question on its own path: the troubleshooter never goes round in circles. */
export function findCycles(questions: readonly FlowQuestion[]): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const problems: string[] = [];

  const visit = (question: FlowQuestion) => {
    state.set(question.id, 'open');
    stack.push(question.id);
    for (const answer of question.data.answers) {
      const target = answer.next === undefined ? undefined : byId.get(answer.next);
      if (!target) continue;
      if (state.get(target.id) === 'open') {
        const loop = [...stack.slice(stack.indexOf(target.id)), target.id].join(' → ');
        problems.push(
          `${where(question, answer)} leads back to question "${target.id}", which comes before it on the same path ` +
            `(${loop}). The troubleshooter must not go round in circles: lead to a new question or to a fix instead.`,
        );
      } else if (!state.has(target.id)) {
        visit(target);
      }
    }
    stack.pop();
    state.set(question.id, 'done');
  };

  // From the start question first, so a loop reads in the order readers would meet it.
  const startFirst = [...questions.filter((q) => q.data.start), ...questions.filter((q) => !q.data.start)];
  for (const question of startFirst) if (!state.has(question.id)) visit(question);
  return problems;
}

/** Every question can be reached from the start question. Skipped unless there is exactly one start. */
export function findUnreachable(questions: readonly FlowQuestion[]): string[] {
  const starts = questions.filter((q) => q.data.start);
  const [start] = starts;
  if (starts.length !== 1 || !start) return [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reached = new Set([start.id]);
  const queue = [start];
  for (let question = queue.shift(); question; question = queue.shift()) {
    for (const answer of question.data.answers) {
      const target = answer.next === undefined ? undefined : byId.get(answer.next);
      if (target && !reached.has(target.id)) {
        reached.add(target.id);
        queue.push(target);
      }
    }
  }
  return questions
    .filter((q) => !reached.has(q.id))
    .map(
      (q) =>
        `${where(q)} can't be reached: no answer on the way from the start question "${start.id}" leads to it. ` +
        `Lead to it from an answer (next: ${q.id}), or remove it.`,
    );
}

/**
 * The flow is a tree: each question but the start is reached by exactly one
 * answer (so its page can show the one path that led there), and nothing
 * leads back to the start question.
 */
export function findSharedQuestions(questions: readonly FlowQuestion[]): string[] {
  const ids = new Set(questions.map((q) => q.id));
  const incoming = new Map<string, string[]>();
  for (const question of questions) {
    for (const answer of question.data.answers) {
      if (answer.next === undefined || !ids.has(answer.next)) continue;
      incoming.set(answer.next, [...(incoming.get(answer.next) ?? []), `question "${question.id}", answer "${answer.id}"`]);
    }
  }
  const problems: string[] = [];
  for (const question of questions) {
    const ways = incoming.get(question.id) ?? [];
    if (question.data.start && ways.length > 0) {
      problems.push(
        `${where(question)} is the start question, but ${ways.join(' and ')} ${ways.length > 1 ? 'lead' : 'leads'} to it. ` +
          'Nothing may lead back to the start: every page already has a "Start over" link.',
      );
    } else if (!question.data.start && ways.length > 1) {
      problems.push(
        `${where(question)} is reached by ${ways.length} answers: ${ways.join(' and ')}. ` +
          'Each question needs exactly one way in, so its page can show the answers that led there: ' +
          'for every extra answer, copy the question under a new id and lead to the copy.',
      );
    }
  }
  return problems;
}

/** From every question, some path of answers ends at a fix (none only loops or runs into missing questions). */
export function findDeadEnds(questions: readonly FlowQuestion[]): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const ends = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const question of questions) {
      if (ends.has(question.id)) continue;
      const reachesFix = question.data.answers.some(
        (a) => a.fix !== undefined || (a.next !== undefined && byId.has(a.next) && ends.has(a.next)),
      );
      if (reachesFix) {
        ends.add(question.id);
        grew = true;
      }
    }
  }
  return questions
    .filter((q) => !ends.has(q.id))
    .map(
      (q) =>
        `${where(q)} never ends at a fix: none of the paths from it reaches an answer with fix:. ` +
        'Every path must end at a fix, with contacting Apple as the last resort.',
    );
}

/**
 * Fixes that no answer recommends. Not a build rule (throw-away builds with
 * generated articles have no flow for them); the browser tests run it on the
 * real content, so a new article is not forgotten here.
 */
export function findUnrecommendedFixes(questions: readonly FlowQuestion[], fixIds: readonly string[]): string[] {
  const recommended = new Set(questions.flatMap((q) => q.data.answers.flatMap((a) => (a.fix ? [a.fix.id] : []))));
  return fixIds
    .filter((id) => !recommended.has(id))
    .map(
      (id) =>
        `content/fixes/${id}.mdx is not recommended by any answer in ${FLOW_FILE}. ` +
        `Every fix should be reachable from the troubleshooter: add an answer with fix: ${id} where it fits.`,
    );
}

/**
 * `rulesOut` names a fix that exists and has no risk (a question rules out a
 * cause that is safe to check); `alert` names an alert that exists and, with
 * `fix`, lists that fix.
 */
export function findBadSafetyReferences(
  questions: readonly FlowQuestion[],
  fixes: readonly FlowFix[],
  alerts: readonly FlowAlert[],
): string[] {
  const riskOf = new Map(fixes.map((fix) => [fix.id, fix.risk]));
  const alertById = new Map(alerts.map((alert) => [alert.id, alert]));
  const noRisk = fixes.filter((fix) => !isRisky(fix.risk)).map((fix) => fix.id);
  const problems: string[] = [];
  for (const question of questions) {
    const rulesOut = question.data.rulesOut?.id;
    if (rulesOut !== undefined) {
      const risk = riskOf.get(rulesOut);
      if (risk === undefined) {
        problems.push(
          `${where(question)}: rulesOut is "${rulesOut}", but there is no content/fixes/${rulesOut}.mdx. ` +
            `Allowed: a fix with risk: none (${idList(noRisk)}).`,
        );
      } else if (isRisky(risk)) {
        problems.push(
          `${where(question)}: rulesOut is "${rulesOut}", whose risk is "${risk}". ` +
            `A rule-out question checks a cause that is safe to check: name a fix with risk: none (${idList(noRisk)}).`,
        );
      }
    }
    for (const answer of question.data.answers) {
      if (answer.alert === undefined) continue;
      const alert = alertById.get(answer.alert.id);
      if (!alert) {
        problems.push(
          `${where(question, answer)}: alert is "${answer.alert.id}", but there is no content/alerts/${answer.alert.id}.md. ` +
            `Allowed: ${idList(alerts.map((a) => a.id))}.`,
        );
      } else if (answer.fix !== undefined && !alert.fixes.includes(answer.fix.id)) {
        problems.push(
          `${where(question, answer)} recommends "${answer.fix.id}" for alert "${alert.id}", which does not list that fix. ` +
            `List it in content/alerts/${alert.id}.md, or recommend one of its fixes (${idList(alert.fixes)}).`,
        );
      }
    }
  }
  return problems;
}

/**
 * `passesGate` only on answers of a gate question (`gate`), and each gate
 * question has at least one answer that passes and one that fails.
 */
export function findBadGates(questions: readonly FlowQuestion[]): string[] {
  const problems: string[] = [];
  for (const question of questions) {
    const { gate, answers } = question.data;
    if (gate === undefined) {
      for (const answer of answers.filter((a) => a.passesGate !== undefined)) {
        problems.push(
          `${where(question, answer)}: passesGate is set, but the question has no gate. ` +
            'passesGate marks the answers that pass a gate question: give the question gate: copy (it asks whether the reader ' +
            'has kept a copy of their data) or gate: unmanaged (it rules out a work or school iPhone), or remove passesGate.',
        );
      }
      continue;
    }
    const passing = answers.filter((a) => a.passesGate === true).length;
    if (passing === 0) {
      problems.push(
        `${where(question)}: gate is "${gate}", but no answer has passesGate: true. ` +
          `The question ${GATE_CHECKS[gate]}: mark the answers that pass that check with passesGate: true.`,
      );
    } else if (passing === answers.length) {
      problems.push(
        `${where(question)}: gate is "${gate}", but every answer has passesGate: true. ` +
          'A gate needs at least one answer that fails it (such as "No" or "I\'m not sure"): leave passesGate out on that answer, ' +
          'and lead it to a fix with risk: none.',
      );
    }
  }
  return problems;
}

/**
 * "Rule out first": every result that recommends a fix whose risk is settings
 * or data comes after a question that rules out a no-risk cause (`rulesOut`),
 * or reports an alert (`alert`) that lists that fix first. Needs a valid tree.
 */
export function findUnsafeResults(questions: readonly FlowQuestion[], fixes: readonly FlowFix[], alerts: readonly FlowAlert[]): string[] {
  const riskOf = new Map(fixes.map((fix) => [fix.id, fix.risk]));
  const alertById = new Map(alerts.map((alert) => [alert.id, alert]));
  const noRisk = fixes.filter((fix) => !isRisky(fix.risk)).map((fix) => fix.id);
  const problems: string[] = [];
  for (const result of walkFlow(questions).results) {
    const risk = riskOf.get(result.fixId);
    if (risk === undefined || !isRisky(risk)) continue;
    const ruledOut = result.trail.some(({ question }) => {
      const id = question.data.rulesOut?.id;
      return id !== undefined && riskOf.get(id) === 'none';
    });
    const alert = result.answer.alert ? alertById.get(result.answer.alert.id) : undefined;
    if (ruledOut || alert?.fixes[0] === result.fixId) continue;
    problems.push(
      `${where(result.question, result.answer)} recommends "${result.fixId}" (risk: ${risk}) on the path ${pathOf(result)}, ` +
        'but no question on that path rules out a no-risk cause (rule "rule out first"). ' +
        `Ask first a question with rulesOut: naming a fix with risk: none (${idList(noRisk)}); ` +
        "or, if the answer reports an alert, give it alert: with the alert's file name and list this fix first in that alert.",
    );
  }
  return problems;
}

/**
 * "Gates before risk": every result whose fix needs a gate (see `gatesFor`)
 * comes after an answer with passesGate of a question with that gate. Needs a
 * valid tree.
 */
export function findUngatedResults(questions: readonly FlowQuestion[], fixes: readonly FlowFix[]): string[] {
  const fixById = new Map(fixes.map((fix) => [fix.id, fix]));
  const problems: string[] = [];
  for (const result of walkFlow(questions).results) {
    const fix = fixById.get(result.fixId);
    if (!fix) continue;
    for (const { gate, because } of gatesFor(fix)) {
      const passed = result.trail.some(({ question, answer }) => question.data.gate === gate && answer.passesGate === true);
      if (passed) continue;
      problems.push(
        `${where(result.question, result.answer)}: the result page ${resultPath(result.question.id, result.answer.id)} ` +
          `recommends "${fix.id}" (${because}) on the path ${pathOf(result)}, but no question on that path with gate: ${gate} ` +
          `is answered with an answer that passes it (rule "gates before risk"). Before this answer, ask a question that ` +
          `${GATE_CHECKS[gate]}, give it gate: ${gate}, mark the answers that pass with passesGate: true, and lead here only from one of them.`,
      );
    }
  }
  return problems;
}

/**
 * "Failing answers stay safe": a result reached through an answer that fails
 * a gate (one without passesGate, anywhere on its path) recommends a fix that
 * needs no gate. Needs a valid tree.
 */
export function findRiskAfterFailedGate(questions: readonly FlowQuestion[], fixes: readonly FlowFix[]): string[] {
  const fixById = new Map(fixes.map((fix) => [fix.id, fix]));
  const safe = fixes.filter((fix) => gatesFor(fix).length === 0).map((fix) => fix.id);
  const problems: string[] = [];
  for (const result of walkFlow(questions).results) {
    const fix = fixById.get(result.fixId);
    const [needed] = fix ? gatesFor(fix) : [];
    const failed = result.trail.find(({ question, answer }) => question.data.gate !== undefined && answer.passesGate !== true);
    if (!needed || !failed) continue;
    problems.push(
      `${where(result.question, result.answer)}: the result page ${resultPath(result.question.id, result.answer.id)} ` +
        `recommends "${result.fixId}" (${needed.because}), but its path ${pathOf(result)} goes through answer "${failed.answer.id}" ` +
        `of question "${failed.question.id}" (gate: ${String(failed.question.data.gate)}), which fails that gate (rule "failing answers stay safe"). ` +
        `A reader who fails a gate gets the safe route: recommend a fix with risk: none that is safe on a managed iPhone (${idList(safe)}), ` +
        `or, if answer "${failed.answer.id}" does pass the gate, mark it passesGate: true.`,
    );
  }
  return problems;
}

/** Every broken rule of the flow, each naming the question and answer; the safety rules that walk it only on a flow that is a tree. */
function findFlowProblems(questions: readonly FlowQuestion[], fixes: readonly FlowFix[], alerts: readonly FlowAlert[] = []): string[] {
  const structural = [
    ...findStartProblems(questions),
    ...findDuplicateAnswers(questions),
    ...findMissingTargets(
      questions,
      fixes.map((fix) => fix.id),
    ),
    ...findCycles(questions),
    ...findUnreachable(questions),
    ...findSharedQuestions(questions),
    ...findDeadEnds(questions),
  ];
  // The safety rules that walk the tree run only on a flow that is one.
  return [
    ...structural,
    ...findBadSafetyReferences(questions, fixes, alerts),
    ...findBadGates(questions),
    ...(structural.length === 0
      ? [
          ...findUnsafeResults(questions, fixes, alerts),
          ...findUngatedResults(questions, fixes),
          ...findRiskAfterFailedGate(questions, fixes),
        ]
      : []),
  ];
}

/** Throws one error listing every broken rule, so a single build shows them all. */
export function assertValidFlow(questions: readonly FlowQuestion[], fixes: readonly FlowFix[], alerts: readonly FlowAlert[] = []): void {
  const problems = findFlowProblems(questions, fixes, alerts);
  if (problems.length > 0) {
    throw new AstroError(
      `The troubleshooter in ${FLOW_FILE} breaks ${problems.length} rule(s):\n- ${problems.join('\n- ')}`,
      `Each line names the question and answer to change. ${FLOW_FILE} says at its top how the questions fit together.`,
    );
  }
}
