import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, stopServer } from "../test/support/process.js";
import { percentile, post, rssMb, startScript } from "./support.js";

const ADMIN = "bench-admin-token-0123456789abcdef";

export type FanoutResult = {
  subscribers: number;
  messages: number;
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  rssMb: number;
};

/** Opens `n` SSE connections; each delivery's latency is measured from the `sentAt` in the payload. */
async function subscribe(
  url: string,
  n: number,
  headers: Record<string, string>,
  latencies: number[],
  counter: { delivered: number },
): Promise<http.ClientRequest[]> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const opened: Promise<http.ClientRequest>[] = [];
  for (let i = 0; i < n; i++) {
    opened.push(
      new Promise((resolve, reject) => {
        const req = http.get(url, { agent, headers }, (res) => {
          let buffer = "";
          res.on("data", (chunk: Buffer) => {
            buffer += chunk.toString();
            let cut: number;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
              const block = buffer.slice(0, cut);
              buffer = buffer.slice(cut + 2);
              // The timestamp sits inside a JSON string in the payload, so its quotes arrive escaped.
              const match = /sentAt\\*":(\d+(?:\.\d+)?)/.exec(block);
              if (match) {
                latencies.push(performance.timeOrigin + performance.now() - Number(match[1]));
                counter.delivered++;
              }
            }
          });
          resolve(req);
        });
        req.on("error", reject);
      }),
    );
  }
  return Promise.all(opened);
}

async function broadcast(send: (sentAt: number) => Promise<unknown>, messages: number): Promise<void> {
  for (let i = 0; i < messages; i++) {
    await send(performance.timeOrigin + performance.now());
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 1000));
}

function summarise(
  latencies: number[],
  subscribers: number,
  messages: number,
  counter: { delivered: number },
  rss: number,
): FanoutResult {
  return {
    subscribers,
    messages,
    delivered: counter.delivered,
    expected: subscribers * messages,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rssMb: rss,
  };
}

/** 1,000 subscribers on one incident's stream vs a bare node:http SSE broadcaster. */
export async function fanoutBenchmark(
  subscribers: number,
  messages: number,
): Promise<{ muster: FanoutResult; baseline: FanoutResult }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-fanout-"));
  try {
    const server = await spawnServer({
      MUSTER_DATA_DIR: dir,
      MUSTER_ADMIN_TOKEN: ADMIN,
      MUSTER_LOG_LEVEL: "warn",
      // A thousand viewers share one token here; a person's default is 50 streams.
      MUSTER_MAX_STREAMS_PER_USER: "2000",
    });
    let muster: FanoutResult;
    try {
      const doc = (await post(`${server.url}/api/v1/incidents`, ADMIN, { synopsis: "fan-out" })) as {
        id: string;
      };
      const latencies: number[] = [];
      const counter = { delivered: 0 };
      const streams = await subscribe(
        `${server.url}/api/v1/incidents/${doc.id}/stream?after=1`,
        subscribers,
        { authorization: `Bearer ${ADMIN}` },
        latencies,
        counter,
      );
      await broadcast(
        (sentAt) =>
          post(`${server.url}/api/v1/incidents/${doc.id}/log`, ADMIN, { text: `{"sentAt":${sentAt}}` }),
        messages,
      );
      muster = summarise(latencies, subscribers, messages, counter, rssMb(server.child.pid!));
      for (const s of streams) s.destroy();
    } finally {
      await stopServer(server);
    }
    const bare = await startScript(path.resolve("bench/baselines/sse-broadcast.ts"), {});
    let baseline: FanoutResult;
    try {
      const latencies: number[] = [];
      const counter = { delivered: 0 };
      const streams = await subscribe(`${bare.url}/`, subscribers, {}, latencies, counter);
      await broadcast(
        (sentAt) =>
          fetch(`${bare.url}/`, { method: "POST", body: JSON.stringify({ text: `{"sentAt":${sentAt}}` }) }),
        messages,
      );
      baseline = summarise(latencies, subscribers, messages, counter, rssMb(bare.child.pid!));
      for (const s of streams) s.destroy();
    } finally {
      await bare.stop();
    }
    return { muster, baseline };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
