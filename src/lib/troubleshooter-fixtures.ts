/** Small flows for the troubleshooter's unit tests (its rules and its walk). */
import { FLOW_FILE, type FlowAlert, type FlowAnswer, type FlowFix, type FlowQuestion } from './troubleshooter';

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

/** "storage" can cost data; "easy" and "support" cannot. */
export const FIXES: FlowFix[] = [
  { id: 'easy', risk: 'none' },
  { id: 'storage', risk: 'data' },
  { id: 'support', risk: 'none' },
];
export const FIX_IDS = FIXES.map((fix) => fix.id);
export const ALERTS: FlowAlert[] = [{ id: 'storage-alert', fixes: ['storage', 'support'] }];

/**
 * A valid tree ("second" rules out the cause of the no-risk fix "easy"):
 *   start ─ a → fix easy
 *         ─ b → second ─ yes → fix storage
 *                      ─ no  → third ─ yes → fix easy
 *                                    ─ no  → fix support
 */
export const start = question('start', [answer('a', 'fix:easy'), answer('b', 'second')], true);
export const second = question('second', [answer('yes', 'fix:storage', 'Yes'), answer('no', 'third', 'No')], false, 'easy');
export const third = question('third', [answer('yes', 'fix:easy', 'Yes'), answer('no', 'fix:support', 'No')]);
export const valid = [start, second, third];
