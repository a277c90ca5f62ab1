import { describe, expect, it } from 'vitest';
import { defined } from './defined';

describe('defined', () => {
  it('returns a present value, falsy ones included', () => {
    expect(defined(0, 'no count')).toBe(0);
    expect(defined('', 'no text')).toBe('');
  });

  it('names what is missing for undefined and null', () => {
    expect(() => {
      defined(undefined, 'question "q9"');
    }).toThrow('question "q9" is missing');
    expect(() => {
      defined(null, 'fix "f1"');
    }).toThrow('fix "f1" is missing');
  });
});
