import { describe, expect, test } from 'vitest';
import { ALERTS, answer, FIX_IDS, FIXES, question, second, start, third, valid } from './troubleshooter-fixtures';
import {
  assertValidFlow,
  findBadSafetyReferences,
  findCycles,
  findDeadEnds,
  findDuplicateAnswers,
  findMissingTargets,
  findSharedQuestions,
  findStartProblems,
  findUnreachable,
  findUnrecommendedFixes,
  findUnsafeResults,
} from './troubleshooter-rules';
import { FLOW_FILE, type FlowAlert } from './troubleshooter';

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
      expect.stringContaining('answer "a": alert is "nope", but there is no content/errors/nope.md'),
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

  test('throws one error listing every broken rule', () => {
    const broken = question('second', [answer('yes', 'fix:nope'), answer('no', 'nope')]);
    expect(() => {
      assertValidFlow([start, broken, third], FIXES);
    }).toThrow(/breaks 3 rule\(s\):\n- .*recommends fix "nope".*\n- .*leads to question "nope".*\n- .*question "third" can't be reached/);
  });
});
