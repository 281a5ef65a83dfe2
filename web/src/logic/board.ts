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

/** Ranks severities by the deployment's order (most severe first); unknown levels go last. */
export function severityRanker(levels: readonly string[]): (severity: string) => number {
  return (severity) => {
    const i = levels.indexOf(severity);
    return i === -1 ? levels.length : i;
  };
}

/** Without the configuration yet: "SEV1" before "SEV2", by the number in the name. */
const byNumberInName = (severity: string): number => Number(/\d+/.exec(severity)?.[0] ?? 99);

/**
 * What the board shows: active first, then stable, then ended; within each the most severe
 * first, real incidents before drills and planned events, then the newest.
 */
export function boardRows(
  board: ReadonlyMap<string, IncidentSummary>,
  filter: BoardFilter,
  severityRank: (severity: string) => number = byNumberInName,
): IncidentSummary[] {
  return [...board.values()]
    .filter((r) => filter.ended || r.status !== "ended")
    .filter((r) => filter.drills || r.kind !== "drill")
    .sort(
      (a, b) =>
        (RANK[a.status] ?? 3) - (RANK[b.status] ?? 3) ||
        severityRank(a.severity) - severityRank(b.severity) ||
        Number(a.kind !== "real") - Number(b.kind !== "real") ||
        b.declaredAt.localeCompare(a.declaredAt) ||
        b.number - a.number,
    );
}

/**
 * The board's rows with each umbrella's children right under it (in the board's order), so an
 * umbrella IC sees the whole meta-response at once. Children whose umbrella is not on the board
 * stay where they are.
 */
export function groupUnderUmbrellas(rows: IncidentSummary[]): { row: IncidentSummary; child: boolean }[] {
  const shown = new Set(rows.filter((r) => r.umbrella).map((r) => r.id));
  const underShown = (r: IncidentSummary): boolean => r.parent !== null && shown.has(r.parent.id);
  const out: { row: IncidentSummary; child: boolean }[] = [];
  for (const row of rows) {
    if (underShown(row)) continue;
    out.push({ row, child: false });
    if (row.umbrella) {
      for (const child of rows.filter((r) => r.parent?.id === row.id)) out.push({ row: child, child: true });
    }
  }
  return out;
}
