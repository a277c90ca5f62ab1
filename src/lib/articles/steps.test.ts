import { describe, expect, test } from 'vitest';
import { stepAliases, stepId } from './steps';

describe('stepId', () => {
  test('is the #fragment of a step', () => {
    expect(stepId(3)).toBe('step-3');
  });
});

describe('stepAliases', () => {
  test('maps each old number to the step it now points to, in order', () => {
    expect(stepAliases([{ 9: 8 }, { 10: 2 }], 8)).toEqual({
      aliases: [
        { from: 9, to: 8 },
        { from: 10, to: 2 },
      ],
      problems: [],
    });
  });

  test('an old number that still exists is refused: its own link still works', () => {
    const { aliases, problems } = stepAliases([{ 3: 1 }], 8);
    expect(aliases).toEqual([]);
    expect(problems).toEqual([expect.stringContaining('changes[0].oldSteps 3: 1: the article still has a step 3')]);
  });

  test('a target that does not exist is refused', () => {
    expect(stepAliases([{ 9: 12 }], 8).problems).toEqual([expect.stringContaining('there is no step 12; the article has steps 1 to 8')]);
  });

  test('the same old number twice is refused', () => {
    expect(stepAliases([{ 9: 8 }, { 9: 7 }], 8).problems).toEqual([expect.stringContaining('changes[1].oldSteps 9: 7')]);
  });

  test('numbers that are not step numbers are refused', () => {
    expect(stepAliases([{ nine: 8 }], 8).problems).toHaveLength(1);
    expect(stepAliases([{ 9: 0 }], 8).problems).toHaveLength(1);
  });
});
