import type { DomainConfig } from "../../domain/config.js";
import type { EventEnvelope } from "../../domain/events.js";
import type { RunStore } from "./run-store.js";
import type { Viewer } from "../../storage/read-store.js";
import type { Services } from "../../http/services.js";
import type { Run } from "./domain/run.js";
import { drillTime } from "./domain/run.js";
import type { DrillScore } from "./domain/score.js";
import { scoreDrill } from "./domain/score.js";

/** An earlier run of the same scenario, for the after-action report's comparison. */
export type EarlierRun = {
  run: string;
  incident: number;
  startedAt: string;
  score: number | null;
  passed: boolean;
  verdicts: Record<string, string>;
};

/**
 * A run's record in the drill's own time: an accelerated or paused drill is judged on the
 * scenario's clock (a CAN two real minutes in at ×10 came twenty drill minutes in).
 */
export function inDrillTime(run: Run, events: EventEnvelope[]): EventEnvelope[] {
  const start = Date.parse(run.startedAt);
  return events.map((e) => ({ ...e, at: new Date(start + drillTime(run, Date.parse(e.at))).toISOString() }));
}

/** Scores an incident's record: a drill run on its own clock and pass mark, anything else as it happened. */
export function scoreRecord(
  config: DomainConfig,
  events: EventEnvelope[],
  start: string,
  run: Run | undefined,
): DrillScore {
  if (!run) return scoreDrill(events, config, { start });
  const end = run.endedAt ?? undefined;
  return scoreDrill(inDrillTime(run, events), config, {
    start: run.startedAt,
    end: end && new Date(Date.parse(run.startedAt) + drillTime(run, Date.parse(end))).toISOString(),
    passMark: run.scenario.passMark,
  });
}

/** The team's earlier runs of the same scenario that the viewer may see, newest first (at most five). */
export async function earlierRuns(services: Services, run: Run, viewer: Viewer): Promise<EarlierRun[]> {
  const before = (await services.drillRuns.list(50, run.scenario.id)).filter(
    (r) => r.startedAt < run.startedAt && r.id !== run.id,
  );
  const out: EarlierRun[] = [];
  for (const r of before) {
    if (out.length === 5) break;
    const found = await services.reads.findVisible(r.incidentId, viewer);
    if (!found) continue;
    const events = await services.reads.eventsUntil(r.incidentId, {});
    const score = scoreRecord(services.muster.config, events, r.startedAt, r);
    out.push({
      run: r.id,
      incident: found.doc.number,
      startedAt: r.startedAt,
      score: score.score,
      passed: score.passed,
      verdicts: Object.fromEntries(score.practices.map((p) => [p.id, p.verdict])),
    });
  }
  return out;
}

/** When "how soon" counts from: a run's start, else detection, else the declaration. */
export function startOf(events: EventEnvelope[], run: Run | undefined): string {
  const declared = events.find((e) => e.type === "incident.declared");
  if (run) return run.startedAt;
  if (declared?.type !== "incident.declared") return events[0]?.at ?? new Date(0).toISOString();
  return declared.data.detectedAt ?? declared.at;
}

/** An incident's practice score from its record (a drill run's on its own clock), for training records. */
export function practiceScoreOf(config: DomainConfig, runs: RunStore) {
  return async (
    incidentId: string,
    events: EventEnvelope[],
  ): Promise<{ score: number | null; passed: boolean }> => {
    const run = (await runs.forIncident(incidentId))?.run;
    const s = scoreRecord(config, events, startOf(events, run), run);
    return { score: s.score, passed: s.passed };
  };
}
