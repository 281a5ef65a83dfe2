import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { loadConfig } from "../src/config.js";
import { bootstrapAdmin, createRuntime } from "../src/server.js";

const admin = { handle: "admin", isAdmin: true };

export type TimerResult = {
  timers: number;
  fireSeconds: number;
  fired: number;
  distinct: number;
  total: number;
  baselineSeconds: number;
  seedSeconds: number;
};

/**
 * 10,000 timers due in the same minute (time boxes of tasks given at the same virtual
 * moment), created, then the server restarted, then fired. Baseline: 10,000 plain appends
 * through the same write path, in the same run.
 */
export async function timerBenchmark(incidents: number, tasksEach: number): Promise<TimerResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-timers-bench-"));
  let now = Date.parse("2026-11-23T10:00:00.000Z");
  const clock = () => new Date(now);
  try {
    const config = loadConfig({ MUSTER_DATA_DIR: dir });
    let runtime = await createRuntime(config, clock);
    await bootstrapAdmin(runtime.services.users, undefined);
    const started = Date.now();
    const ids = await Promise.all(
      Array.from({ length: incidents }, (_, i) =>
        runtime.services.muster.declare(admin, {
          synopsis: `timers ${i}`,
          name: `timers-${i}`,
          severity: "SEV4",
        }),
      ),
    );
    await Promise.all(
      ids.map(async ({ incidentId }) => {
        for (let t = 0; t < tasksEach; t++) {
          await runtime.services.muster.execute(admin, incidentId, {
            type: "assign-task",
            assignee: "admin",
            task: `task ${t}`,
            timeBoxMinutes: 10,
          });
        }
      }),
    );
    const seedSeconds = (Date.now() - started) / 1000;
    // Restart between creating the timers and their due time.
    await runtime.close();
    runtime = await createRuntime(config, clock);
    now += 10 * 60_000;
    const fireStart = performance.now();
    const fired = await runtime.scheduler.tick();
    const fireSeconds = (performance.now() - fireStart) / 1000;
    const counted = await sql<{ n: number; d: number }>`
      select count(*) as n, count(distinct data) as d from events where type = 'task.time-box-expired'`.execute(
      runtime.storage.db,
    );
    const baselineStart = performance.now();
    const target = ids[0]!.incidentId;
    await Promise.all(
      Array.from({ length: incidents * tasksEach }, (_, i) =>
        runtime.services.muster.execute(admin, target, { type: "log", text: `entry ${i}` }),
      ),
    );
    const baselineSeconds = (performance.now() - baselineStart) / 1000;
    await runtime.close();
    return {
      timers: incidents * tasksEach,
      fireSeconds,
      fired,
      distinct: Number(counted.rows[0]?.d ?? 0),
      total: Number(counted.rows[0]?.n ?? 0),
      baselineSeconds,
      seedSeconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
