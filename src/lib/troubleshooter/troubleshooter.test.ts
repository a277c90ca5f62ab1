import { describe, expect, test } from 'vitest';
import { answer, question, second, third, valid } from '../../../test/support/troubleshooter-fixtures';
import { distinctTitles, walkFlow } from './troubleshooter';

describe('walkFlow', () => {
  test('lists each question once with the answers that led to it, start first', () => {
    const { questions } = walkFlow(valid);
    expect(questions.map((stop) => [stop.question.id, stop.trail.map((s) => `${s.question.id}:${s.answer.id}`)])).toEqual([
      ['start', []],
      ['second', ['start:b']],
      ['third', ['start:b', 'second:no']],
    ]);
  });

  test('lists a result for every answer with a fix, its own answer last in the trail', () => {
    const { results } = walkFlow(valid);
    expect(results.map((r) => [r.question.id, r.answer.id, r.fixId, r.trail.map((s) => s.answer.id)])).toEqual([
      ['start', 'a', 'easy', ['a']],
      ['second', 'yes', 'storage', ['b', 'yes']],
      ['third', 'yes', 'easy', ['b', 'no', 'yes']],
      ['third', 'no', 'support', ['b', 'no', 'no']],
    ]);
  });

  test('refuses a flow that is not a tree', () => {
    const joining = question('start', [answer('a', 'third'), answer('b', 'second')], true);
    expect(() => walkFlow([joining, second, third])).toThrow(/reached twice/);
    expect(() => walkFlow([second, third])).toThrow(/exactly one start/);
  });
});

describe('distinctTitles', () => {
  test('leaves titles that are already unique as they are', () => {
    expect(
      distinctTitles([
        { base: 'A', trail: ['x'] },
        { base: 'B', trail: ['x'] },
      ]),
    ).toEqual(['A', 'B']);
  });

  test('adds as few of the last answers as tell repeated titles apart', () => {
    const titles = distinctTitles([
      { base: 'Is iOS up to date?', trail: ['Gray', 'Yes'] },
      { base: 'Is iOS up to date?', trail: ['Fails', 'No'] },
      { base: 'Fix', trail: ['Gray', 'Yes', 'Done'] },
      { base: 'Fix', trail: ['Fails', 'No', 'Done'] },
      { base: 'Other', trail: [] },
    ]);
    expect(titles).toEqual([
      'Is iOS up to date? (after “Yes”)',
      'Is iOS up to date? (after “No”)',
      'Fix (after “Yes”, “Done”)',
      'Fix (after “No”, “Done”)',
      'Other',
    ]);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('gives every page of a valid flow its own title', () => {
    const { questions, results } = walkFlow(valid);
    const items = [
      ...questions.map((q) => ({ base: q.question.data.question, trail: q.trail.map((s) => s.answer.label) })),
      ...results.map((r) => ({ base: `Fix ${r.fixId}`, trail: r.trail.map((s) => s.answer.label) })),
    ];
    const titles = distinctTitles(items);
    expect(new Set(titles).size).toBe(items.length);
  });
});
