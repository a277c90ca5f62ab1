/**
 * The value, or a thrown error that says what was missing. For lookups that a
 * rule checked earlier (an answer's next question, a fix by id): if one is
 * missing after all, the build stops with the reason instead of a TypeError.
 */
export function defined<T>(value: T | null | undefined, whatIsMissing: string): T {
  if (value === undefined || value === null) throw new Error(whatIsMissing);
  return value;
}
