import { describe, expect, it } from 'vitest';
import { defined } from './defined';

describe('defined', () => {
  it('returns a present value, falsy ones included', () => {
    expect(defined(0, 'no count')).toBe(0);
    expect(defined('', 'no text')).toBe('');
  });

  it('throws the given reason for undefined and null', () => {
    expect(() => {
      defined(undefined, 'no question "q9"');
    }).toThrow('no question "q9"');
    expect(() => {
      defined(null, 'no fix "f1"');
    }).toThrow('no fix "f1"');
  });
});
