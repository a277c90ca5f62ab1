/**
 * For tests of the checks that stop the build: the promise fails, and one
 * line of its error message mentions every one of `parts` (a file, a field,
 * what is allowed). Returns the whole message.
 */
import { expect } from 'vitest';

export async function expectFailureLine(promise: Promise<unknown>, parts: string[]): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, 'the check should stop the build').toBeInstanceOf(Error);
  const message = (error as Error).message;
  const line = message.split('\n').find((l) => parts.every((p) => l.includes(p)));
  expect(line, `no line of the message mentions all of ${JSON.stringify(parts)}:\n${message}`).toBeTruthy();
  return message;
}
