/** Small flows for the troubleshooter's unit tests (its rules and its walk). */
import {
  FLOW_FILE,
  type FlowAlert,
  type FlowAnswer,
  type FlowFix,
  type FlowQuestion,
  type Gate,
} from '#lib/troubleshooter/troubleshooter.ts';

/** `to` is a question id, or `fix:<id>` for a fix. */
export function answer(id: string, to: string, label = `Answer ${id}`): FlowAnswer {
  return to.startsWith('fix:') ? { id, label, fix: { id: to.slice(4) } } : { id, label, next: to };
}

export function question(id: string, answers: readonly FlowAnswer[], start = false, rulesOut?: string): FlowQuestion {
  return {
    id,
    filePath: FLOW_FILE,
    data: { start, question: `Question ${id}?`, answers, rulesOut: rulesOut === undefined ? undefined : { id: rulesOut } },
  };
}

/** The question with `gate`, its answers with these ids marked passesGate: true. */
export function gated(q: FlowQuestion, gate: Gate, passing: readonly string[]): FlowQuestion {
  const answers = q.data.answers.map((a) => (passing.includes(a.id) ? { ...a, passesGate: true } : a));
  return { ...q, data: { ...q.data, gate, answers } };
}

/** "storage" can cost data; "easy" and "support" cannot. */
export const FIXES: FlowFix[] = [
  { id: 'easy', risk: 'none' },
  { id: 'storage', risk: 'data' },
  { id: 'support', risk: 'none' },
];
export const FIX_IDS = FIXES.map((fix) => fix.id);
export const ALERTS: FlowAlert[] = [{ id: 'storage-alert', fixes: ['storage', 'support'] }];

/**
 * A valid tree ("second" rules out the cause of the no-risk fix "easy", and
 * is the copy gate: "yes" passes it, "no" fails it and leads to no-risk fixes only):
 *   start ─ a → fix easy
 *         ─ b → second ─ yes → fix storage
 *                      ─ no  → third ─ yes → fix easy
 *                                    ─ no  → fix support
 */
export const start = question('start', [answer('a', 'fix:easy'), answer('b', 'second')], true);
/** "second" without its gate: it still rules out "easy", but "storage" is then recommended with no copy gate on the way. */
export const ungatedSecond = question('second', [answer('yes', 'fix:storage', 'Yes'), answer('no', 'third', 'No')], false, 'easy');
export const second = gated(ungatedSecond, 'copy', ['yes']);
export const third = question('third', [answer('yes', 'fix:easy', 'Yes'), answer('no', 'fix:support', 'No')]);
export const valid = [start, second, third];
