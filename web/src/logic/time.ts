/** "4 min", "1 h 5 min": a short human span. */
export function span(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return `${String(Math.max(0, Math.round(ms / 1000)))} s`;
  if (minutes < 60) return `${String(minutes)} min`;
  const rest = minutes % 60;
  return `${String(Math.floor(minutes / 60))} h${rest ? ` ${String(rest)} min` : ""}`;
}

/** A countdown to `dueIso`: "3 min left", or "overdue by 2 min" once passed. */
export function countdown(dueIso: string, now: number): { label: string; overdue: boolean } {
  const left = Date.parse(dueIso) - now;
  return left >= 0
    ? { label: `${span(left)} left`, overdue: false }
    : { label: `overdue by ${span(-left)}`, overdue: true };
}

/** The board's cadence column: "next update in 12 min", "update overdue", or nothing once ended. */
export function nextUpdateLabel(
  row: { nextUpdateDueAt: string | null; updateOverdue: boolean },
  now: number,
): { label: string; overdue: boolean } | null {
  if (row.nextUpdateDueAt === null) return null;
  const left = Date.parse(row.nextUpdateDueAt) - now;
  if (row.updateOverdue || left < 0) return { label: `update overdue by ${span(-left)}`, overdue: true };
  return { label: `next update in ${span(left)}`, overdue: false };
}

/** The age of something since `iso`: "12 min", "3 h". */
export function age(iso: string, now: number): string {
  return span(now - Date.parse(iso));
}
