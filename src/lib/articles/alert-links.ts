/**
 * Alerts and fixes name each other: an alert lists the fixes to try, and each
 * of those fixes lists the alert. Both lists are kept by hand, so the build
 * checks that they agree in both directions.
 */

export interface AlertEntry {
  id: string;
  filePath?: string | undefined;
  data: { fixes: readonly { id: string }[] };
}

export interface FixEntry {
  id: string;
  filePath?: string | undefined;
  data: { errors: readonly { id: string }[] };
}

/** One message per reference that names nothing, or that the other side does not return. */
export function findOneWayLinks(alerts: readonly AlertEntry[], fixes: readonly FixEntry[]): string[] {
  const alertById = new Map(alerts.map((alert) => [alert.id, alert]));
  const fixById = new Map(fixes.map((fix) => [fix.id, fix]));
  const problems: string[] = [];

  for (const alert of alerts) {
    alert.data.fixes.forEach(({ id }, index) => {
      const where = `${alert.filePath ?? alert.id}: fixes[${index}] is ${JSON.stringify(id)}`;
      const fix = fixById.get(id);
      if (!fix) problems.push(`${where}, but no article has that name. Use one of: ${[...fixById.keys()].sort().join(', ')}.`);
      else if (!fix.data.errors.some((error) => error.id === alert.id)) {
        problems.push(
          `${where}, but ${fix.filePath ?? fix.id} does not list ${JSON.stringify(alert.id)} in its errors. Add it there, or remove it here.`,
        );
      }
    });
  }
  for (const fix of fixes) {
    fix.data.errors.forEach(({ id }, index) => {
      const where = `${fix.filePath ?? fix.id}: errors[${index}] is ${JSON.stringify(id)}`;
      const alert = alertById.get(id);
      if (!alert) problems.push(`${where}, but no alert has that name. Use one of: ${[...alertById.keys()].sort().join(', ')}.`);
      else if (!alert.data.fixes.some((listed) => listed.id === fix.id)) {
        problems.push(
          `${where}, but ${alert.filePath ?? alert.id} does not list ${JSON.stringify(fix.id)} in its fixes. Add it there, or remove it here.`,
        );
      }
    });
  }
  return problems;
}
