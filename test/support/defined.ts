/** `value`, or a clear error naming `what` when it is missing: for the tests' "there must be one" steps. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
