import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Scenario } from "../src/capabilities/drills/domain/scenario.js";
import { ScenarioSchema } from "../src/capabilities/drills/domain/scenario.js";
import { embeddedConfig } from "../src/config.js";
import { createRuntime } from "../src/server.js";
import { median, percentile } from "./support.js";

export type DrillBenchResult = {
  drills: number;
  speed: number;
  injects: number;
  delivered: number;
  /** How late each inject was committed after its instant (ms). */
  lateness: { p50: number; p99: number; max: number };
  /** The same instants on plain setTimeout in the same process: the timer's own lateness. */
  timers: { p50: number; p99: number; max: number };
  /** Log appends per second to ordinary incidents, without drills (before and after) and with. */
  appendWithout: number[];
  appendWith: number;
};

/** A scenario of `n` timed messages, one every `everyS` seconds of drill time. */
function scenario(n: number, everyS: number): Scenario {
  return ScenarioSchema.parse({
    id: "bench",
    title: "Benchmark",
    summary: "Timed injects only.",
    brief: "A benchmark.",
    severity: "SEV3",
    synopsis: "DRILL: benchmark",
    roles: ["incident-commander"],
    participants: { min: 1, max: 5 },
    duration: `${String(Math.ceil(((n + 1) * everyS) / 60))}m`,
    cast: [{ id: "ops", name: "Ops" }],
    injects: Array.from({ length: n }, (_, i) => ({
      id: `m${String(i + 1)}`,
      title: `Message ${String(i + 1)}`,
      at: `${String((i + 1) * everyS)}s`,
      do: { type: "message", from: "ops", text: `Inject ${String(i + 1)}` },
    })),
  });
}

function stats(xs: number[]) {
  return { p50: median(xs), p99: percentile(xs, 99), max: Math.max(0, ...xs) };
}

/**
 * 50 drills at once at ×10 (SQLite, in process, the runner on its own timers): how late each inject
 * lands against where plain setTimeout lands for the same instants, and whether ordinary incidents'
 * append throughput (8 writers, 5 incidents) holds up while they run.
 */
export async function drillBenchmark(drills = 50, speed = 10, seconds = 15): Promise<DrillBenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-drills-"));
  const runtime = await createRuntime(embeddedConfig(dir));
  const { users, muster, bus } = runtime.services;
  const system = { handle: "admin", isAdmin: true };
  try {
    for (const h of ["admin", "ann", "fay"]) {
      await users.create({ handle: h, displayName: h, isAdmin: h === "admin" });
    }
    const incidents: string[] = [];
    for (let i = 0; i < 5; i++) {
      incidents.push((await muster.declare(system, { synopsis: `ordinary ${String(i)}` })).incidentId);
    }
    const append = async (ms: number): Promise<number> => {
      let done = 0;
      const until = performance.now() + ms;
      await Promise.all(
        Array.from({ length: 8 }, async (_, w) => {
          while (performance.now() < until) {
            await muster.execute(system, incidents[w % 5] ?? "", { type: "log", text: "a note" });
            done++;
          }
        }),
      );
      return done / (ms / 1000);
    };
    runtime.drillRunner.start();
    const without = [await append(seconds * 1000)];

    // 20 injects 30 drill-seconds apart: at ×10 one every 3 s for a minute, per drill.
    const s = scenario(20, 30);
    const expected = new Map<string, number>(); // `${incident}/${inject}` → real instant due
    const late: number[] = [];
    const timerLate: number[] = [];
    const off = bus.subscribeAny((incidentId, events) => {
      const now = Date.now();
      for (const e of events) {
        if (e.type !== "drill.injected") continue;
        const due = expected.get(`${incidentId}/${e.data.inject}`);
        if (due !== undefined) late.push(now - due);
      }
    });
    const timers: NodeJS.Timeout[] = [];
    for (let d = 0; d < drills; d++) {
      const run = await runtime.drillRunner.begin(
        { scenario: s, participants: ["ann"], slots: {}, speed },
        "fay",
      );
      const start = run.segments[0]?.real ?? Date.now();
      for (const i of s.injects) {
        const due = start + (Number.parseInt(i.at ?? "0", 10) * 1000) / speed;
        expected.set(`${run.incidentId}/${i.id}`, due);
        timers.push(setTimeout(() => timerLate.push(Date.now() - due), due - Date.now()));
      }
    }
    await new Promise((r) => setTimeout(r, 3000));
    const withDrills = await append(seconds * 1000);
    const last = Math.max(...expected.values());
    await new Promise((r) => setTimeout(r, Math.max(0, last - Date.now()) + 3000));
    off();
    for (const t of timers) clearTimeout(t);
    without.push(await append(seconds * 1000));
    return {
      drills,
      speed,
      injects: expected.size,
      delivered: late.length,
      lateness: stats(late),
      timers: stats(timerLate),
      appendWithout: without,
      appendWith: withDrills,
    };
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
