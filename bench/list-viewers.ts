import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type autocannon from "autocannon";
import { spawnServer, stopServer } from "../test/support/process.js";
import type { Load } from "./support.js";
import { load, median, medianLoad, post } from "./support.js";

const ADMIN = "bench-admin-token-0123456789abcdef";
const INCIDENTS = 5;

/** Opens `n` live incident-list streams that read and discard what they receive. */
async function openViewers(
  url: string,
  token: string,
  n: number,
): Promise<{ frames: () => number; close: () => void }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: n });
  const requests: http.ClientRequest[] = [];
  let frames = 0;
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolve, reject) => {
          const req = http.get(
            `${url}/api/v1/incidents/stream`,
            { agent, headers: { authorization: `Bearer ${token}` } },
            (res) => {
              res.on("data", (chunk: Buffer) => {
                // Count frames cheaply: each list row starts with "event: incident".
                frames += chunk.toString("latin1").split("event: incident").length - 1;
              });
              resolve();
            },
          );
          req.on("error", reject);
          requests.push(req);
        }),
    ),
  );
  return {
    frames: () => frames,
    close: () => {
      for (const r of requests) r.destroy();
      agent.destroy();
    },
  };
}

export type ListViewersResult = { none: Load; viewers: Load; framesPerSecond: number; runs: number };

/**
 * Append throughput (CAN POSTs, SQLite) with 1,000 live incident-list viewers connected, against
 * the same load with none, alternating in the same run.
 */
export async function listViewersBenchmark(options: {
  seconds: number;
  runs: number;
  viewers: number;
}): Promise<ListViewersResult> {
  const none: Load[] = [];
  const withViewers: Load[] = [];
  const rates: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    for (const viewers of [0, options.viewers]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "muster-bench-list-"));
      const server = await spawnServer({
        MUSTER_DATA_DIR: dir,
        MUSTER_ADMIN_TOKEN: ADMIN,
        MUSTER_LOG_LEVEL: "warn",
        // Every viewer shares one token here; a person's default is 50 streams.
        MUSTER_MAX_STREAMS_PER_USER: "2000",
      });
      try {
        const requests: autocannon.Request[] = [];
        for (let i = 0; i < INCIDENTS; i++) {
          const doc = (await post(`${server.url}/api/v1/incidents`, ADMIN, { synopsis: `bench ${i}` })) as {
            id: string;
          };
          requests.push({
            method: "POST",
            path: `/api/v1/incidents/${doc.id}/reports`,
            headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
            body: JSON.stringify({ conditions: "steady", actions: "watching", needs: "none" }),
          });
        }
        const open = viewers > 0 ? await openViewers(server.url, ADMIN, viewers) : null;
        const before = open?.frames() ?? 0;
        const result = await load(server.url, requests, options.seconds);
        if (open) {
          rates.push((open.frames() - before) / options.seconds);
          open.close();
          withViewers.push(result);
        } else {
          none.push(result);
        }
      } finally {
        await stopServer(server);
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return {
    none: medianLoad(none),
    viewers: medianLoad(withViewers),
    framesPerSecond: median(rates),
    runs: options.runs,
  };
}
