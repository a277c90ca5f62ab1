import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { debounce } from './debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('runs once after a pause, with the last arguments', () => {
  const fn = vi.fn();
  const d = debounce(fn, 50);
  d('s');
  vi.advanceTimersByTime(30);
  d('st');
  vi.advanceTimersByTime(30);
  d('sto');
  expect(fn).not.toHaveBeenCalled();
  vi.advanceTimersByTime(50);
  expect(fn).toHaveBeenCalledOnce();
  expect(fn).toHaveBeenCalledWith('sto');
});

test('cancel drops the pending call; flush runs it now, once', () => {
  const fn = vi.fn();
  const d = debounce(fn, 50);
  d(1);
  d.cancel();
  vi.advanceTimersByTime(100);
  expect(fn).not.toHaveBeenCalled();
  d(2);
  d.flush();
  expect(fn).toHaveBeenCalledWith(2);
  vi.advanceTimersByTime(100);
  d.flush();
  expect(fn).toHaveBeenCalledOnce();
});
