import type { IncidentSummary } from "../api.js";

const RANK: Record<string, number> = { active: 0, stable: 1, ended: 2 };

/** Applies streamed rows to the board, keeping the newest version of each incident. */
export function upsertRows(
  board: ReadonlyMap<string, IncidentSummary>,
  rows: IncidentSummary[],
): Map<string, IncidentSummary> {
  const next = new Map(board);
  for (const row of rows) {
    const known = next.get(row.id);
    if (!known || known.seq <= row.seq) next.set(row.id, row);
  }
  return next;
}

export type BoardFilter = { ended: boolean; drills: boolean };

/** What the board shows: active first, then stable, then ended; newest first within each. */
export function boardRows(
  board: ReadonlyMap<string, IncidentSummary>,
  filter: BoardFilter,
): IncidentSummary[] {
  return [...board.values()]
    .filter((r) => filter.ended || r.status !== "ended")
    .filter((r) => filter.drills || r.kind !== "drill")
    .sort(
      (a, b) =>
        (RANK[a.status] ?? 3) - (RANK[b.status] ?? 3) ||
        b.declaredAt.localeCompare(a.declaredAt) ||
        b.number - a.number,
    );
}
