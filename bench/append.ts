import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type autocannon from "autocannon";
import { spawnServer, stopServer } from "../test/support/process.js";
import type { Load } from "./support.js";
import { load, medianLoad, post, startScript } from "./support.js";

const ADMIN = "bench-admin-token-0123456789abcdef";
const INCIDENTS = 5;

/** Sets up Muster with several incidents, a responder each, and the CAN requests to cycle. */
async function prepare(url: string): Promise<autocannon.Request[]> {
  const requests: autocannon.Request[] = [];
  for (let i = 0; i < INCIDENTS; i++) {
    const handle = `resp${i}`;
    await post(`${url}/api/v1/users`, ADMIN, { handle, displayName: handle });
    const { token } = (await post(`${url}/api/v1/users/${handle}/tokens`, ADMIN, {})) as { token: string };
    const doc = (await post(`${url}/api/v1/incidents`, token, { synopsis: `bench ${i}` })) as { id: string };
    requests.push({
      method: "POST",
      path: `/api/v1/incidents/${doc.id}/reports`,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ conditions: "steady", actions: "watching the graphs", needs: "none" }),
    });
  }
  return requests;
}

export type AppendResult = { muster: Load; baseline: Load; runs: number };

/** CAN POSTs through the API against a bare insert baseline, alternating, median of runs. */
export async function appendBenchmark(
  engine: "sqlite" | "postgres",
  options: { seconds: number; runs: number; databaseUrl?: () => Promise<string> },
): Promise<AppendResult> {
  const musterRuns: Load[] = [];
  const baselineRuns: Load[] = [];
  for (let run = 0; run < options.runs; run++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-"));
    try {
      const dbUrl = engine === "postgres" && options.databaseUrl ? await options.databaseUrl() : undefined;
      const server = await spawnServer({
        MUSTER_DATA_DIR: dir,
        MUSTER_ADMIN_TOKEN: ADMIN,
        MUSTER_LOG_LEVEL: "warn",
        ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
      });
      try {
        const requests = await prepare(server.url);
        musterRuns.push(await load(server.url, requests, options.seconds));
      } finally {
        await stopServer(server);
      }
      const baselineDb =
        engine === "postgres" && options.databaseUrl ? await options.databaseUrl() : undefined;
      const baseline = await startScript(
        path.resolve(
          engine === "sqlite" ? "bench/baselines/sqlite-insert.ts" : "bench/baselines/pg-insert.ts",
        ),
        { DIR: dir, ...(baselineDb ? { DATABASE_URL: baselineDb } : {}) },
      );
      try {
        const body = JSON.stringify({ conditions: "steady", actions: "watching the graphs", needs: "none" });
        const requests = Array.from({ length: INCIDENTS }, (_, i) => ({
          method: "POST" as const,
          path: `/api/v1/incidents/i${i}/reports`,
          headers: { "content-type": "application/json" },
          body,
        }));
        baselineRuns.push(await load(baseline.url, requests, options.seconds));
      } finally {
        await baseline.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { muster: medianLoad(musterRuns), baseline: medianLoad(baselineRuns), runs: options.runs };
}
