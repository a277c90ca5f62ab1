/**
 * The value, or a thrown error that names what is missing ("fix \"update-ios\"
 * is missing"). For lookups that a rule checked earlier (an answer's next
 * question, a fix by id) and for the tests' "there must be one" steps: if one
 * is missing after all, the message says what, instead of a TypeError.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
