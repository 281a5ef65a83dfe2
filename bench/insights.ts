import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import type { IncidentMetrics } from "../src/capabilities/insights/domain/index.js";
import { InsightStore } from "../src/capabilities/insights/store.js";
import { embeddedConfig } from "../src/config.js";
import { createRuntime } from "../src/server.js";
import { median } from "./support.js";

export type InsightsResult = {
  incidents: number;
  adminMs: number;
  memberMs: number;
  baselineMs: number;
  counted: number;
};

const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"];
const DAY = 86_400_000;

/** A deterministic pseudo-random sequence, so every run seeds the same rows. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** One ended incident's figures, spread over the year before `end`. */
function metrics(i: number, end: number, rnd: () => number): IncidentMetrics {
  const declared = end - Math.floor(rnd() * 360 * DAY);
  const minutes = (n: number) => Math.floor(rnd() * n * 60_000);
  const toEnd = minutes(600);
  const followUps = Array.from({ length: Math.floor(rnd() * 4) }, () => {
    const created = declared + toEnd;
    const state = (["open", "in-progress", "done", "wont-do"] as const)[Math.floor(rnd() * 4)] ?? "open";
    return {
      createdAt: new Date(created).toISOString(),
      dueAt: rnd() < 0.8 ? new Date(created + 14 * DAY).toISOString() : null,
      closedAt:
        state === "done" || state === "wont-do" ? new Date(created + rnd() * 28 * DAY).toISOString() : null,
      state,
    };
  });
  return {
    incidentId: `inc-${String(i)}`,
    number: i,
    name: `Incident ${String(i)}`,
    kind: rnd() < 0.05 ? "drill" : "real",
    severity: SEVERITIES[Math.floor(rnd() * 4)] ?? "SEV3",
    declaredAt: new Date(declared).toISOString(),
    detectedAt: rnd() < 0.5 ? new Date(declared - minutes(30)).toISOString() : null,
    mitigatedAt: new Date(declared + toEnd / 2).toISOString(),
    endedAt: new Date(declared + toEnd).toISOString(),
    timeToDeclareMs: minutes(30),
    timeToCommanderMs: minutes(5),
    timeToFirstCanMs: minutes(20),
    timeToMitigateMs: Math.floor(toEnd / 2),
    timeToEndMs: toEnd,
    handovers: Math.floor(rnd() * 3),
    commandHandovers: Math.floor(rnd() * 2),
    updatesOnTime: Math.floor(rnd() * 10),
    updatesMissed: Math.floor(rnd() * 2),
    spanWarnings: Math.floor(rnd() * 2),
    freelancingMessages: Math.floor(rnd() * 5),
    changes: Math.floor(rnd() * 4),
    changesRolledBack: Math.floor(rnd() * 2),
    followUps,
  };
}

/**
 * Insights over `count` ended incidents declared over a year (SQLite, in process): the whole
 * report (read, parse, aggregate by severity and week) for an admin and for a member (through
 * the visibility filter), against one SQL aggregate over the same rows (same run).
 */
export async function insightsBenchmark(count: number, runs = 5): Promise<InsightsResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-insights-"));
  const runtime = await createRuntime(embeddedConfig(dir));
  const db = runtime.storage.db;
  const store = new InsightStore(db);
  const end = Date.parse("2026-12-01T00:00:00Z");
  const rnd = random(42);
  try {
    for (let start = 0; start < count; start += 500) {
      const batch = Array.from({ length: Math.min(500, count - start) }, (_, k) =>
        metrics(start + k + 1, end, rnd),
      );
      await db
        .insertInto("incidents")
        .values(
          batch.map((m) => ({
            id: m.incidentId,
            number: m.number,
            name: m.name,
            open_name: null,
            status: "ended",
            severity: m.severity,
            kind: m.kind,
            visibility: m.number % 20 === 0 ? "restricted" : "open",
            commander: "ann",
            seq: 30,
            declared_at: m.declaredAt,
            updated_at: m.endedAt ?? m.declaredAt,
            state: "{}",
            doc: "{}",
          })),
        )
        .execute();
      for (const m of batch) await store.save(m);
    }
    const period = { from: new Date(end - 366 * DAY), to: new Date(end), drills: false };
    const admin: number[] = [];
    const member: number[] = [];
    const baseline: number[] = [];
    let counted = 0;
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      counted = (await runtime.services.insights.report({ handle: "admin", isAdmin: true }, period)).overall
        .incidents;
      admin.push(performance.now() - t);
      t = performance.now();
      await runtime.services.insights.report({ handle: "ann", isAdmin: false }, period);
      member.push(performance.now() - t);
      t = performance.now();
      await sql`select severity, count(*) as n, avg(time_to_mitigate_ms) as mttm, avg(time_to_end_ms) as mtte
        from incident_metrics
        where declared_at >= ${period.from.toISOString()} and declared_at < ${period.to.toISOString()} and kind != 'drill'
        group by severity`.execute(db);
      baseline.push(performance.now() - t);
    }
    return {
      incidents: count,
      adminMs: median(admin),
      memberMs: median(member),
      baselineMs: median(baseline),
      counted,
    };
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
