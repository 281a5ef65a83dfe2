import { performance } from "node:perf_hooks";
import type { DomainEvent, EventEnvelope, IncidentState } from "../src/domain/index.js";
import { decideDeclare, defaultDomainConfig, stamp } from "../src/domain/index.js";
import { draftPostmortem } from "../src/capabilities/postmortems/domain/index.js";
import { median } from "./support.js";

export type DraftResult = { events: number; draftMs: number; baselineMs: number; lines: number };

/** An ended incident of `count` events: mostly log entries, with CANs, decisions and severity changes. */
function bigIncident(count: number): { state: IncidentState; events: EventEnvelope[] } {
  const at = new Date("2026-11-20T10:00:00Z");
  const declared = decideDeclare(
    { synopsis: "A long-running regional degradation" },
    { actor: "ann", now: at, config: defaultDomainConfig, id: "big", number: 1, openNames: [] },
  );
  let { state, envelopes } = stamp(null, declared, "ann", at);
  const events = [...envelopes];
  const batch: DomainEvent[] = [];
  for (let i = events.length; i < count - 1; i++) {
    if (i % 500 === 0) {
      batch.push({
        type: "decision.recorded",
        data: { decision: `step ${String(i)}`, rationale: "the graphs", decidedBy: "ann" },
      });
    } else if (i % 100 === 0) {
      batch.push({
        type: "can.reported",
        data: { conditions: `errors at ${String(i % 7)}%`, actions: "draining", needs: "none" },
      });
    } else batch.push({ type: "log.entry", data: { text: `observation ${String(i)}`, key: i % 1000 === 0 } });
  }
  batch.push({
    type: "incident.status-changed",
    data: { from: "active", to: "ended", summary: "recovered", reason: null, released: ["ann"] },
  });
  ({ state, envelopes } = stamp(state, batch, "ann", new Date(at.getTime() + 3_600_000), "in-place"));
  events.push(...envelopes);
  return { state, events };
}

/** Drafting a postmortem from a large record, against one pass that serialises every event (same run). */
export function draftBenchmark(count: number, runs = 5): DraftResult {
  const { state, events } = bigIncident(count);
  const draft: number[] = [];
  const baseline: number[] = [];
  let lines = 0;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const md = draftPostmortem(state, events);
    draft.push(performance.now() - t);
    lines = md.split("\n").length;
    t = performance.now();
    let bytes = 0;
    for (const e of events) bytes += JSON.stringify(e).length;
    baseline.push(performance.now() - t + (bytes > 0 ? 0 : 1));
  }
  return { events: events.length, draftMs: median(draft), baselineMs: median(baseline), lines };
}
