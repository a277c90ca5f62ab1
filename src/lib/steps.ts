/**
 * Steps: every top-level numbered list item of an article is a step, numbered
 * through the whole article (a second list of steps carries on at 4, not 1), so
 * "step 7" means one thing to a reader, an agent and a link (#step-7).
 */

export function stepId(number: number): string {
  return `step-${number}`;
}
