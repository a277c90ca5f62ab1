import { describe, expect, test } from 'vitest';
import {
  ALERTS,
  answer,
  FIX_IDS,
  FIXES,
  gated,
  question,
  second,
  start,
  third,
  ungatedSecond,
  valid,
} from '../../../test/support/troubleshooter-fixtures';
import {
  assertValidFlow,
  findBadGates,
  findBadSafetyReferences,
  findCycles,
  findDeadEnds,
  findDuplicateAnswers,
  findMissingTargets,
  findRiskAfterFailedGate,
  findSharedQuestions,
  findStartProblems,
  findUngatedResults,
  findUnreachable,
  findUnrecommendedFixes,
  findUnsafeResults,
} from './troubleshooter-rules';
import { FLOW_FILE, type FlowAlert, type FlowFix } from './troubleshooter';

describe('findStartProblems', () => {
  test('passes with exactly one start question', () => {
    expect(findStartProblems(valid)).toEqual([]);
  });

  test('reports a flow without questions, naming the file', () => {
    const [message] = findStartProblems([]);
    expect(message).toContain(FLOW_FILE);
    expect(message).toContain('has no questions');
  });

  test('reports no start question, listing the questions', () => {
    const problems = findStartProblems([question('start', start.data.answers), second, third]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${FLOW_FILE}: no question has start: true`);
    expect(problems[0]).toContain('second, start, third');
  });

  test('reports two start questions, naming both', () => {
    const problems = findStartProblems([start, question('second', second.data.answers, true), third]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('2 questions have start: true ("start", "second")');
  });
});

describe('findDuplicateAnswers', () => {
  test('passes when answer ids and words differ within each question (the same id may recur in another question)', () => {
    expect(findDuplicateAnswers(valid)).toEqual([]);
  });

  test('reports two answers with the same id in one question', () => {
    const problems = findDuplicateAnswers([question('q', [answer('x', 'fix:easy', 'One'), answer('x', 'fix:storage', 'Two')])]);
    expect(problems).toEqual([expect.stringContaining(`${FLOW_FILE}: question "q": two answers have the id "x"`)]);
  });

  test('reports two answers with the same words, ignoring case', () => {
    const problems = findDuplicateAnswers([question('q', [answer('x', 'fix:easy', 'Yes'), answer('y', 'fix:storage', 'yes')])]);
    expect(problems).toEqual([expect.stringContaining('question "q", answer "y" reads "yes", the same as answer "x"')]);
  });
});

describe('findMissingTargets', () => {
  test('passes when every answer leads to a question or fix that exists', () => {
    expect(findMissingTargets(valid, FIX_IDS)).toEqual([]);
  });

  test('reports an answer leading to a missing question: file, question, answer, target and the allowed ids', () => {
    const broken = question('second', [answer('yes', 'fix:storage'), answer('no', 'nope')]);
    const problems = findMissingTargets([start, broken, third], FIX_IDS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${FLOW_FILE}: question "second", answer "no" leads to question "nope", but no question has that id`);
    expect(problems[0]).toContain('(start, third)');
  });

  test('reports an answer recommending a missing fix, with the fixes allowed', () => {
    const broken = question('third', [answer('yes', 'fix:easy'), answer('no', 'fix:nope')]);
    const problems = findMissingTargets([start, second, broken], FIX_IDS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('question "third", answer "no" recommends fix "nope", but there is no content/fixes/nope.mdx');
    expect(problems[0]).toContain('easy, storage, support');
  });

  test('reports an answer that leads nowhere', () => {
    const broken = question('third', [answer('yes', 'fix:easy'), { id: 'no', label: 'No' }]);
    const problems = findMissingTargets([start, second, broken], FIX_IDS);
    expect(problems).toEqual([expect.stringContaining('question "third", answer "no" leads nowhere')]);
  });
});

describe('findCycles', () => {
  test('passes for a tree', () => {
    expect(findCycles(valid)).toEqual([]);
  });

  test('reports an answer leading back up its own path, with the loop', () => {
    const loop = question('third', [answer('yes', 'fix:easy'), answer('again', 'second')]);
    const problems = findCycles([start, second, loop]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('question "third", answer "again" leads back to question "second"');
    expect(problems[0]).toContain('second → third → second');
  });

  test('reports an answer leading to its own question', () => {
    const self = question('third', [answer('yes', 'fix:easy'), answer('again', 'third')]);
    expect(findCycles([start, second, self])).toEqual([expect.stringContaining('(third → third)')]);
  });

  test('reads a loop from the start question, wherever it is in the file', () => {
    const back = question('second', [answer('yes', 'fix:storage'), answer('no', 'start')]);
    expect(findCycles([back, third, start])).toEqual([expect.stringContaining('(start → second → start)')]);
  });

  test('finds a loop among questions the start does not reach', () => {
    const x = question('x', [answer('go', 'y'), answer('fix', 'fix:easy')]);
    const y = question('y', [answer('back', 'x'), answer('fix', 'fix:easy')]);
    expect(findCycles([...valid, x, y])).toEqual([expect.stringContaining('question "y", answer "back" leads back to question "x"')]);
  });
});

describe('findUnreachable', () => {
  test('passes when the start reaches every question', () => {
    expect(findUnreachable(valid)).toEqual([]);
  });

  test('reports a question no answer leads to, naming the start question', () => {
    const orphan = question('orphan', [answer('a', 'fix:easy'), answer('b', 'fix:support')]);
    const problems = findUnreachable([...valid, orphan]);
    expect(problems).toEqual([expect.stringContaining(`${FLOW_FILE}: question "orphan" can't be reached`)]);
    expect(problems[0]).toContain('from the start question "start"');
  });

  test('reports a question only unreachable questions lead to', () => {
    const orphan = question('orphan', [answer('a', 'fix:easy'), answer('b', 'orphan-child')]);
    const child = question('orphan-child', [answer('a', 'fix:easy'), answer('b', 'fix:support')]);
    expect(findUnreachable([...valid, orphan, child])).toHaveLength(2);
  });

  test('says nothing without exactly one start (findStartProblems reports that)', () => {
    expect(findUnreachable([question('start', start.data.answers), second, third])).toEqual([]);
  });
});

describe('findSharedQuestions', () => {
  test('passes for a tree', () => {
    expect(findSharedQuestions(valid)).toEqual([]);
  });

  test('reports a question two answers lead to, naming both', () => {
    const joining = question('start', [answer('a', 'third'), answer('b', 'second')], true);
    const problems = findSharedQuestions([joining, second, third]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('question "third" is reached by 2 answers');
    expect(problems[0]).toContain('question "start", answer "a" and question "second", answer "no"');
    expect(problems[0]).toContain('copy the question under a new id');
  });

  test('reports an answer leading back to the start question', () => {
    const back = question('third', [answer('yes', 'fix:easy'), answer('restart', 'start')]);
    const problems = findSharedQuestions([start, second, back]);
    expect(problems).toEqual([
      expect.stringContaining('question "start" is the start question, but question "third", answer "restart" leads to it'),
    ]);
  });
});

describe('findDeadEnds', () => {
  test('passes when every question can end at a fix', () => {
    expect(findDeadEnds(valid)).toEqual([]);
  });

  test('reports questions whose answers only go round in a loop', () => {
    const x = question('x', [answer('a', 'y'), answer('b', 'y')]);
    const y = question('y', [answer('a', 'x'), answer('b', 'x')]);
    const entry = question('second', [answer('yes', 'fix:storage'), answer('no', 'x')]);
    const problems = findDeadEnds([start, entry, x, y]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('question "x" never ends at a fix');
  });

  test('reports a question with no answers', () => {
    expect(findDeadEnds([question('empty', [])])).toEqual([expect.stringContaining('question "empty" never ends at a fix')]);
  });
});

describe('findUnrecommendedFixes', () => {
  test('passes when every fix is recommended somewhere', () => {
    expect(findUnrecommendedFixes(valid, FIX_IDS)).toEqual([]);
  });

  test('reports a fix no answer recommends, naming its file', () => {
    expect(findUnrecommendedFixes(valid, [...FIX_IDS, 'forgotten'])).toEqual([
      expect.stringContaining(`content/fixes/forgotten.mdx is not recommended by any answer in ${FLOW_FILE}`),
    ]);
  });
});

describe('findBadSafetyReferences', () => {
  test('passes rulesOut naming a no-risk fix and an alert that lists the fix', () => {
    const reports = question('start', [{ ...answer('a', 'fix:storage'), alert: { id: 'storage-alert' } }, answer('b', 'second')], true);
    expect(findBadSafetyReferences([reports, second, third], FIXES, ALERTS)).toEqual([]);
  });

  test('reports rulesOut naming a risky fix, with the risk and the allowed fixes', () => {
    const bad = question('second', second.data.answers, false, 'storage');
    const [message, ...rest] = findBadSafetyReferences([start, bad, third], FIXES, ALERTS);
    expect(rest).toEqual([]);
    expect(message).toContain(`${FLOW_FILE}: question "second": rulesOut is "storage", whose risk is "data"`);
    expect(message).toContain('(easy, support)');
  });

  test('reports rulesOut naming no fix', () => {
    const bad = question('second', second.data.answers, false, 'nope');
    expect(findBadSafetyReferences([start, bad, third], FIXES, ALERTS)).toEqual([
      expect.stringContaining('rulesOut is "nope", but there is no content/fixes/nope.mdx'),
    ]);
  });

  test('reports an alert that does not exist, or that does not list the fix', () => {
    const missing = question('start', [{ ...answer('a', 'fix:easy'), alert: { id: 'nope' } }, answer('b', 'second')], true);
    expect(findBadSafetyReferences([missing, second, third], FIXES, ALERTS)).toEqual([
      expect.stringContaining('answer "a": alert is "nope", but there is no content/alerts/nope.md'),
    ]);
    const unlisted = question('start', [{ ...answer('a', 'fix:easy'), alert: { id: 'storage-alert' } }, answer('b', 'second')], true);
    expect(findBadSafetyReferences([unlisted, second, third], FIXES, ALERTS)).toEqual([
      expect.stringContaining('recommends "easy" for alert "storage-alert", which does not list that fix'),
    ]);
  });
});

describe('findUnsafeResults (rule "rule out first")', () => {
  test('passes a risky fix recommended after a rule-out question', () => {
    expect(findUnsafeResults(valid, FIXES, ALERTS)).toEqual([]);
  });

  test('reports a risky fix recommended with no rule-out question on the way, naming the place and the path', () => {
    const unguarded = question('second', second.data.answers);
    const [message, ...rest] = findUnsafeResults([start, unguarded, third], FIXES, ALERTS);
    expect(rest).toEqual([]);
    expect(message).toContain(`${FLOW_FILE}: question "second", answer "yes" recommends "storage" (risk: data)`);
    expect(message).toContain('on the path start → b → second → yes');
    expect(message).toContain('rule "rule out first"');
  });

  test('counts a rule-out question anywhere on the path, not only the last one', () => {
    const guardedStart = question('start', start.data.answers, true, 'easy');
    const unguarded = question('second', second.data.answers);
    expect(findUnsafeResults([guardedStart, unguarded, third], FIXES, ALERTS)).toEqual([]);
  });

  test('passes a risky fix for an answer that reports an alert listing that fix first', () => {
    const direct = question('start', [{ ...answer('a', 'fix:storage'), alert: { id: 'storage-alert' } }, answer('b', 'second')], true);
    expect(findUnsafeResults([direct, second, third], FIXES, ALERTS)).toEqual([]);
  });

  test('reports a risky fix for an alert that lists another fix first', () => {
    const alerts: FlowAlert[] = [{ id: 'storage-alert', fixes: ['easy', 'storage'] }];
    const direct = question('start', [{ ...answer('a', 'fix:storage'), alert: { id: 'storage-alert' } }, answer('b', 'second')], true);
    expect(findUnsafeResults([direct, second, third], FIXES, alerts)).toHaveLength(1);
  });

  test('does not count a rulesOut that names a risky fix', () => {
    const wrong = question('second', second.data.answers, false, 'storage');
    expect(findUnsafeResults([start, wrong, third], FIXES, ALERTS)).toHaveLength(1);
  });
});

/** "third", its "no" now recommending the risky "storage": reached through the failing answer "no" of the copy gate "second". */
const riskyThird = question('third', [answer('yes', 'fix:easy', 'Yes'), answer('no', 'fix:storage', 'No')]);

describe('findBadGates', () => {
  test('passes a gate question with a passing and a failing answer, and questions without gate or passesGate', () => {
    expect(findBadGates(valid)).toEqual([]);
  });

  test('reports passesGate on an answer of a question without gate, saying what to do', () => {
    const noGate = question('second', second.data.answers, false, 'easy');
    expect(findBadGates([start, noGate, third])).toEqual([
      `${FLOW_FILE}: question "second", answer "yes": passesGate is set, but the question has no gate. ` +
        'passesGate marks the answers that pass a gate question: give the question gate: copy (it asks whether the reader ' +
        'has kept a copy of their data) or gate: unmanaged (it rules out a work or school iPhone), or remove passesGate.',
    ]);
  });

  test('reports passesGate: false on a question without gate too', () => {
    const noGate = question('third', [{ ...answer('yes', 'fix:easy', 'Yes'), passesGate: false }, answer('no', 'fix:support', 'No')]);
    expect(findBadGates([start, second, noGate])).toEqual([expect.stringContaining('question "third", answer "yes": passesGate is set')]);
  });

  test('reports a gate question with no passing answer, saying what the gate checks', () => {
    expect(findBadGates([start, second, gated(third, 'unmanaged', [])])).toEqual([
      `${FLOW_FILE}: question "third": gate is "unmanaged", but no answer has passesGate: true. ` +
        'The question rules out a managed (work or school) iPhone: mark the answers that pass that check with passesGate: true.',
    ]);
  });

  test('reports a gate question whose every answer passes', () => {
    const [message, ...rest] = findBadGates([start, second, gated(third, 'copy', ['yes', 'no'])]);
    expect(rest).toEqual([]);
    expect(message).toContain(`${FLOW_FILE}: question "third": gate is "copy", but every answer has passesGate: true.`);
    expect(message).toContain('A gate needs at least one answer that fails it');
  });
});

describe('findUngatedResults (rule "gates before risk")', () => {
  const withReset: FlowFix[] = [...FIXES, { id: 'reset', risk: 'settings' }];
  const withSignOut: FlowFix[] = [...FIXES, { id: 'sign-out', risk: 'data', unsafeOnManagedIphone: true }];
  /** "second" with "yes" recommending `fix` instead of "storage", gated by copy. */
  const secondTo = (fix: string) =>
    gated(question('second', [answer('yes', `fix:${fix}`, 'Yes'), answer('no', 'third', 'No')], false, 'easy'), 'copy', ['yes']);

  test('passes a risky fix recommended after a passing answer of a copy gate', () => {
    expect(findUngatedResults(valid, FIXES)).toEqual([]);
  });

  test('reports a risky fix with no copy gate on its path, naming the result page, the fix, its risk, the gate and what to add', () => {
    expect(findUngatedResults([start, ungatedSecond, third], FIXES)).toEqual([
      `${FLOW_FILE}: question "second", answer "yes": the result page /troubleshoot/second/yes/ recommends "storage" (risk: data) ` +
        'on the path start → b → second → yes, but no question on that path with gate: copy is answered with an answer that passes it ' +
        '(rule "gates before risk"). Before this answer, ask a question that asks whether the reader has kept a copy of their data ' +
        '(a current backup, or a computer to make one), give it gate: copy, mark the answers that pass with passesGate: true, ' +
        'and lead here only from one of them.',
    ]);
  });

  test('does not count a failing answer of the gate, or a gate of the other kind', () => {
    const failing = gated(ungatedSecond, 'copy', ['no']);
    expect(findUngatedResults([start, failing, third], FIXES)).toEqual([expect.stringContaining('with gate: copy is answered')]);
    const otherKind = gated(ungatedSecond, 'unmanaged', ['yes']);
    expect(findUngatedResults([start, otherKind, third], FIXES)).toEqual([expect.stringContaining('with gate: copy is answered')]);
  });

  test('asks a fix with risk settings to pass the unmanaged gate too', () => {
    const [message, ...rest] = findUngatedResults([start, secondTo('reset'), third], withReset);
    expect(rest).toEqual([]);
    expect(message).toContain('/troubleshoot/second/yes/ recommends "reset" (risk: settings)');
    expect(message).toContain('no question on that path with gate: unmanaged is answered with an answer that passes it');
    expect(message).toContain('ask a question that rules out a managed (work or school) iPhone, give it gate: unmanaged');
  });

  test('counts a passing answer anywhere on the path', () => {
    const unmanagedStart = gated(start, 'unmanaged', ['b']);
    expect(findUngatedResults([unmanagedStart, secondTo('reset'), third], withReset)).toEqual([]);
  });

  test('asks a fix with unsafeOnManagedIphone to pass the unmanaged gate, whatever its risk', () => {
    expect(findUngatedResults([start, secondTo('sign-out'), third], withSignOut)).toEqual([
      expect.stringContaining(
        'recommends "sign-out" (unsafeOnManagedIphone: true) on the path start → b → second → yes, but no question on that path with gate: unmanaged',
      ),
    ]);
    const noRisk: FlowFix[] = [...FIXES, { id: 'sign-out', risk: 'none', unsafeOnManagedIphone: true }];
    const noCopyGate = question('second', [answer('yes', 'fix:sign-out', 'Yes'), answer('no', 'third', 'No')]);
    expect(findUngatedResults([start, noCopyGate, third], noRisk)).toEqual([expect.stringContaining('gate: unmanaged is answered')]);
  });
});

describe('findRiskAfterFailedGate (rule "failing answers stay safe")', () => {
  test('passes when every answer that fails a gate leads to no-risk fixes only', () => {
    expect(findRiskAfterFailedGate(valid, FIXES)).toEqual([]);
  });

  test('reports a risky fix reached through a failing answer, naming the gate question, the answer, the result and the fix', () => {
    expect(findRiskAfterFailedGate([start, second, riskyThird], FIXES)).toEqual([
      `${FLOW_FILE}: question "third", answer "no": the result page /troubleshoot/third/no/ recommends "storage" (risk: data), ` +
        'but its path start → b → second → no → third → no goes through answer "no" of question "second" (gate: copy), ' +
        'which fails that gate (rule "failing answers stay safe"). A reader who fails a gate gets the safe route: ' +
        'recommend a fix with risk: none that is safe on a managed iPhone (easy, support), ' +
        'or, if answer "no" does pass the gate, mark it passesGate: true.',
    ]);
  });

  test('reports a risky fix on a failing answer of the gate question itself', () => {
    const failsHere = gated(ungatedSecond, 'copy', ['no']);
    expect(findRiskAfterFailedGate([start, failsHere, third], FIXES)).toEqual([
      expect.stringContaining('goes through answer "yes" of question "second" (gate: copy), which fails that gate'),
    ]);
  });

  test('counts a failing answer of any gate, even when a later gate passes', () => {
    const unmanagedStart = gated(start, 'unmanaged', ['a']);
    expect(findRiskAfterFailedGate([unmanagedStart, second, third], FIXES)).toEqual([
      expect.stringContaining(
        'recommends "storage" (risk: data), but its path start → b → second → yes goes through answer "b" of question "start" (gate: unmanaged)',
      ),
    ]);
  });

  test('counts a no-risk fix with unsafeOnManagedIphone as one that needs a gate', () => {
    const fixes: FlowFix[] = FIXES.map((fix) => (fix.id === 'easy' ? { ...fix, unsafeOnManagedIphone: true } : fix));
    const [message, ...rest] = findRiskAfterFailedGate(valid, fixes);
    expect(rest).toEqual([]);
    expect(message).toContain('/troubleshoot/third/yes/ recommends "easy" (unsafeOnManagedIphone: true)');
    expect(message).toContain('safe on a managed iPhone (support)');
  });
});

describe('assertValidFlow', () => {
  test('passes a valid flow', () => {
    expect(() => {
      assertValidFlow(valid, FIXES, ALERTS);
    }).not.toThrow();
  });

  test('includes the rule "rule out first"', () => {
    const unguarded = question('second', second.data.answers);
    expect(() => {
      assertValidFlow([start, unguarded, third], FIXES, ALERTS);
    }).toThrow(/rule "rule out first"/);
  });

  test('includes the gate rules', () => {
    expect(() => {
      assertValidFlow([start, ungatedSecond, third], FIXES, ALERTS);
    }).toThrow(/rule "gates before risk"/);
    expect(() => {
      assertValidFlow([start, second, riskyThird], FIXES, ALERTS);
    }).toThrow(/rule "failing answers stay safe"/);
    expect(() => {
      assertValidFlow([start, gated(ungatedSecond, 'copy', []), third], FIXES, ALERTS);
    }).toThrow(/question "second": gate is "copy", but no answer has passesGate: true/);
  });

  test('throws one error listing every broken rule', () => {
    const broken = question('second', [answer('yes', 'fix:nope'), answer('no', 'nope')]);
    expect(() => {
      assertValidFlow([start, broken, third], FIXES);
    }).toThrow(/breaks 3 rule\(s\):\n- .*recommends fix "nope".*\n- .*leads to question "nope".*\n- .*question "third" can't be reached/);
  });
});
