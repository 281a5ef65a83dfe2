import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, stopServer } from "../test/support/process.js";
import type { Load } from "./support.js";
import { load, medianLoad, post, startScript } from "./support.js";

const ADMIN = "bench-status-admin-token-0123456789";
const WRITES_PER_SECOND = Number(process.env.BENCH_STATUS_WRITES ?? 200);

/** Keeps `perSecond` writes going (log entries, and one public update a second) until stopped. */
function writes(url: string, incident: string, perSecond: number): { stop: () => Promise<number> } {
  let sent = 0;
  let failed = 0;
  const inFlight = new Set<Promise<void>>();
  const tick = setInterval(() => {
    for (let i = 0; i < perSecond / 20; i++) {
      sent++;
      const publicUpdate = sent % perSecond === 0;
      const p = post(
        `${url}/api/v1/incidents/${incident}/${publicUpdate ? "comms/updates" : "log"}`,
        ADMIN,
        publicUpdate
          ? {
              audience: "public",
              stage: "monitoring",
              title: `Recovering (${String(sent)})`,
              impact: "Some requests are slow",
              text: "We are watching the recovery.",
              components: { api: "degraded" },
            }
          : { text: `load ${String(sent)}` },
      )
        .then(() => undefined)
        .catch(() => {
          failed++;
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  }, 50);
  return {
    stop: async () => {
      clearInterval(tick);
      await Promise.all(inFlight);
      return failed;
    },
  };
}

/**
 * GET /status under 200 connections while 200 writes a second go on, against a bare Fastify
 * route serving the same bytes from memory under the same writes, same run.
 */
export async function statusPageBenchmark(
  seconds: number,
  runs: number,
): Promise<{ muster: Load; baseline: Load; bytes: number; failedWrites: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-status-"));
  const server = await spawnServer({
    MUSTER_DATA_DIR: dir,
    MUSTER_ADMIN_TOKEN: ADMIN,
    MUSTER_PUBLIC_URL: "https://status.example.test",
  });
  try {
    for (let i = 0; i < 12; i++) {
      await post(
        `${server.url}/api/v1/status-components/${i === 0 ? "api" : `svc-${String(i)}`}`,
        ADMIN,
        {
          label: `Service ${String(i)}`,
          group: i < 6 ? "Core" : "Edge",
        },
        "PUT",
      );
    }
    const declared = await post(`${server.url}/api/v1/incidents`, ADMIN, { synopsis: "API degraded" });
    const ref = String(declared.number);
    await post(`${server.url}/api/v1/incidents/${ref}/comms/audiences`, ADMIN, { groups: ["public"] }, "PUT");
    const writer = writes(server.url, ref, 1);
    await writer.stop();
    await new Promise((r) => setTimeout(r, 300));
    const body = await (await fetch(`${server.url}/status`)).text();
    const file = path.join(dir, "status.html");
    writeFileSync(file, body);
    const baselineServer = await startScript("bench/baselines/static-bytes.ts", { BODY_FILE: file });
    const musterRuns: Load[] = [];
    const baselineRuns: Load[] = [];
    let failedWrites = 0;
    try {
      for (let r = 0; r < runs; r++) {
        for (const [url, into] of [
          [server.url, musterRuns],
          [baselineServer.url, baselineRuns],
        ] as const) {
          const w = writes(server.url, ref, WRITES_PER_SECOND);
          into.push(await load(url, [{ method: "GET", path: "/status" }], seconds, 200));
          failedWrites += await w.stop();
        }
      }
    } finally {
      await baselineServer.stop();
    }
    return {
      muster: medianLoad(musterRuns),
      baseline: medianLoad(baselineRuns),
      bytes: body.length,
      failedWrites,
    };
  } finally {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
