import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";
import { bootstrapAdmin, createRuntime } from "../src/server.js";
import { spawnServer, stopServer } from "../test/support/process.js";
import type { Load } from "./support.js";
import { load } from "./support.js";

const ADMIN = "bench-admin-token-0123456789abcdef";

/** Status doc of an incident with `events` events vs GET /healthz, same server, same run. */
export async function readBenchmark(
  events: number,
  seconds: number,
): Promise<{ doc: Load; healthz: Load; events: number; seedSeconds: number }> {
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
      return { doc, healthz, events, seedSeconds };
    } finally {
      await stopServer(server);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
