/**
 * Alerts and fixes: each alert names the fixes to try, in order, and that
 * list is the only place the two are linked. The alerts a fix addresses are
 * derived from it here; the build checks that every fix an alert names exists.
 */

export interface AlertEntry {
  id: string;
  filePath?: string | undefined;
  data: { title: string; fixes: readonly { id: string }[] };
}

/** Alerts by title, as /errors/ lists them; the id breaks a tie, so the order never depends on how the files were read. */
export function byTitle(a: AlertEntry, b: AlertEntry): number {
  return a.data.title.localeCompare(b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The alerts each fix addresses, by fix id: every alert whose `fixes` names
 * it, once. The alerts the fix is most for come first: those that list it
 * sooner among their fixes to try, then the more specific (the fewer fixes
 * they list), then by title (byTitle). A fix that no alert names has no entry.
 */
export function alertsByFix<A extends AlertEntry>(alerts: readonly A[]): Map<string, A[]> {
  const byFix = new Map<string, { alert: A; place: number }[]>();
  for (const alert of alerts) {
    const ids = [...new Set(alert.data.fixes.map((fix) => fix.id))];
    ids.forEach((id, place) => byFix.set(id, [...(byFix.get(id) ?? []), { alert, place }]));
  }
  const fewestFixes = (a: A) => new Set(a.data.fixes.map((fix) => fix.id)).size;
  return new Map(
    [...byFix].map(([id, named]) => [
      id,
      named
        .sort((a, b) => a.place - b.place || fewestFixes(a.alert) - fewestFixes(b.alert) || byTitle(a.alert, b.alert))
        .map(({ alert }) => alert),
    ]),
  );
}

/**
 * One message per `fixes` entry that names no fix, with the file, the field
 * and the names allowed. Astro only logs a reference to a missing entry and
 * builds on, so the build stops on these itself.
 */
export function findUnknownFixes(alerts: readonly AlertEntry[], fixIds: readonly string[]): string[] {
  const known = new Set(fixIds);
  const allowed = [...known].sort().join(', ');
  return alerts.flatMap((alert) =>
    alert.data.fixes.flatMap(({ id }, index) =>
      known.has(id)
        ? []
        : [
            `${alert.filePath ?? alert.id}: fixes[${index}] is ${JSON.stringify(id)}, but no article has that name. Use one of: ${allowed}.`,
          ],
    ),
  );
}
