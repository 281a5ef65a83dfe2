import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { bootstrapAdmin, createRuntime } from "../src/server.js";
import { spawnServer, stopServer } from "../test/support/process.js";
import type { Load } from "./support.js";
import { load, percentile } from "./support.js";

const ADMIN = "bench-admin-token-0123456789abcdef";

/** Status doc of an incident with `events` events vs GET /healthz, same server, same run. */
/** Sequential GETs timed one by one, for sub-millisecond percentiles autocannon rounds away. */
async function probe(
  url: string,
  headers: Record<string, string>,
  n: number,
): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function readBenchmark(
  events: number,
  seconds: number,
): Promise<{
  doc: Load;
  healthz: Load;
  docProbe: { p50: number; p99: number };
  healthzProbe: { p50: number; p99: number };
  seq: number;
  events: number;
  seedSeconds: number;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-read-"));
  try {
    const started = Date.now();
    const config = { ...loadConfig({ MUSTER_DATA_DIR: dir }), adminToken: ADMIN };
    const runtime = await createRuntime(config);
    await bootstrapAdmin(runtime.services.users, ADMIN);
    const admin = { handle: "admin", isAdmin: true };
    const { incidentId } = await runtime.services.muster.declare(admin, {
      synopsis: "long-running incident",
    });
    // Seed through the real write path, 2,000 commands in flight at a time (group commit).
    for (let done = 1; done < events;) {
      const n = Math.min(2000, events - done);
      await Promise.all(
        Array.from({ length: n }, (_, i) =>
          runtime.services.muster.execute(admin, incidentId, { type: "log", text: `entry ${done + i}` }),
        ),
      );
      done += n;
    }
    await runtime.close();
    const seedSeconds = (Date.now() - started) / 1000;
    const server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_LOG_LEVEL: "warn" });
    try {
      const headers = { authorization: `Bearer ${ADMIN}` };
      const doc = await load(
        server.url,
        [{ method: "GET", path: `/api/v1/incidents/${incidentId}`, headers }],
        seconds,
        10,
      );
      const healthz = await load(server.url, [{ method: "GET", path: "/healthz" }], seconds, 10);
      const docProbe = await probe(`${server.url}/api/v1/incidents/${incidentId}`, headers, 1000);
      const healthzProbe = await probe(`${server.url}/healthz`, {}, 1000);
      const stored = (await (
        await fetch(`${server.url}/api/v1/incidents/${incidentId}`, { headers })
      ).json()) as { seq: number };
      return { doc, healthz, docProbe, healthzProbe, seq: stored.seq, events, seedSeconds };
    } finally {
      await stopServer(server);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
