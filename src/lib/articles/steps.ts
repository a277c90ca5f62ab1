/**
 * Steps: every top-level numbered list item of an article is a step, numbered
 * through the whole article (a second list of steps carries on at 4, not 1), so
 * "step 7" means one thing to a reader, an agent and a link (#step-7).
 */

export function stepId(number: number): string {
  return `step-${number}`;
}

/** An old step number that no longer exists, and the step a link to it now lands on. */
interface StepAlias {
  /** The old number: #step-<from> keeps working… */
  from: number;
  /** …and lands on this step. */
  to: number;
}

/**
 * Where links to removed steps land. `oldSteps` comes from the article's
 * `changes` entries ({ 9: 8 }: old step 9 is now step 8). An old number must
 * be one the article no longer has (a step that still exists keeps its own
 * link), and it must point to a step that exists. Problems name the entry.
 */
export function stepAliases(
  oldSteps: readonly Readonly<Record<string, number>>[],
  stepCount: number,
): { aliases: StepAlias[]; problems: string[] } {
  const aliases: StepAlias[] = [];
  const problems: string[] = [];
  const seen = new Set<number>();
  oldSteps.forEach((map, index) => {
    for (const [key, to] of Object.entries(map)) {
      const where = `changes[${index}].oldSteps ${key}: ${to}`;
      const from = Number(key);
      if (!Number.isInteger(from) || from < 1 || !Number.isInteger(to) || to < 1) {
        problems.push(`${where}: both numbers must be step numbers, such as { 9: 8 } (old step 9 now points to step 8).`);
      } else if (from <= stepCount) {
        problems.push(
          `${where}: the article still has a step ${from} (it has ${stepCount}), so its link already leads there. List only old numbers above ${stepCount}.`,
        );
      } else if (to > stepCount) {
        problems.push(`${where}: there is no step ${to}; the article has steps 1 to ${stepCount}.`);
      } else if (seen.has(from)) {
        problems.push(`${where}: old step ${from} is already given a new place by an earlier entry. Keep one.`);
      } else {
        seen.add(from);
        aliases.push({ from, to });
      }
    }
  });
  return { aliases: aliases.sort((a, b) => a.from - b.from), problems };
}
