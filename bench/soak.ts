// `npm run soak` (not in CI): mixed writes for SOAK_MINUTES (default 30) with SOAK_VIEWERS (default
// 500) live viewers, sampling the server's memory and handles from /metrics; they must stay flat.
// The baseline is the run's own first quarter: the last quarter is compared with it.
// DATABASE_URL runs it on PostgreSQL; otherwise a fresh SQLite directory.
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, stopServer } from "../test/support/process.js";
import { median } from "./support.js";

const minutes = Number(process.env.SOAK_MINUTES ?? 30);
const viewers = Number(process.env.SOAK_VIEWERS ?? 500);
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS ?? 30);
const writesPerSecond = Number(process.env.SOAK_WRITES_PER_SECOND ?? 20);
const ADMIN = "soak-admin-token-0123456789abcdef";
const METRICS = "soak-metrics-token-0123456789abcdef";
const INCIDENTS = 10;

type Sample = {
  at: number;
  rss: number;
  heap: number;
  handles: number;
  streams: number;
  loopP99: number;
  writes: number;
  frames: number;
};

const dir = mkdtempSync(path.join(os.tmpdir(), "muster-soak-"));
const server = await spawnServer({
  MUSTER_DATA_DIR: dir,
  MUSTER_ADMIN_TOKEN: ADMIN,
  MUSTER_METRICS_TOKEN: METRICS,
  MUSTER_MAX_STREAMS_PER_USER: String(viewers * 2),
  MUSTER_ACCESS_LOG: "false",
});
const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };

async function api(method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const r = await fetch(`${server.url}/api/v1${url}`, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await r.text();
  if (r.status >= 500) throw new Error(`${method} ${url} answered ${String(r.status)}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Live viewers: half follow one incident each, half the incident list; frames are counted. */
function openViewers(numbers: number[]): { frames: () => number; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: viewers });
  const requests: http.ClientRequest[] = [];
  let frames = 0;
  for (let i = 0; i < viewers; i++) {
    const target =
      i % 2 === 0
        ? `/api/v1/incidents/${String(numbers[i % numbers.length])}/stream`
        : "/api/v1/incidents/stream";
    const req = http.get(
      `${server.url}${target}`,
      { agent, headers: { authorization: `Bearer ${ADMIN}` } },
      (res) => {
        res.on("data", (chunk: Buffer) => {
          // A frame starts with its id line, at the start of a chunk or after the previous frame.
          frames += chunk.toString("latin1").match(/(?:^|\n)id: /g)?.length ?? 0;
        });
      },
    );
    req.on("error", () => undefined);
    requests.push(req);
  }
  return {
    frames: () => frames,
    close: () => {
      for (const r of requests) r.destroy();
      agent.destroy();
    },
  };
}

async function scrape(): Promise<Omit<Sample, "at" | "writes" | "frames">> {
  const text = await (
    await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })
  ).text();
  const value = (name: string) =>
    Number(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);
  return {
    rss: value("muster_process_resident_memory_bytes") / 2 ** 20,
    heap: value("muster_process_heap_used_bytes") / 2 ** 20,
    handles: value("muster_process_active_handles"),
    streams: value("muster_sse_connections"),
    loopP99: value("muster_event_loop_delay_p99_seconds") * 1000,
  };
}

const numbers: number[] = [];
for (let i = 0; i < INCIDENTS; i++) {
  numbers.push(
    (await api("POST", "/incidents", { synopsis: `Soak incident ${String(i)}`, severity: "SEV3" }))
      .number as number,
  );
}
for (const h of ["ann", "bob", "cy"]) await api("POST", "/users", { handle: h, displayName: h });
const watching = openViewers(numbers);

let writes = 0;
let failures = 0;
/** One write of the mix: log entries and CAN reports mostly, people in and out, an update. */
async function write(): Promise<void> {
  const n = String(numbers[Math.floor(Math.random() * numbers.length)]);
  const roll = Math.random();
  if (roll < 0.5) await api("POST", `/incidents/${n}/log`, { text: `soak entry ${String(writes)}` });
  else if (roll < 0.75) {
    await api("POST", `/incidents/${n}/reports`, {
      conditions: "holding",
      actions: "watching",
      needs: "none",
    });
  } else if (roll < 0.85) await api("POST", `/incidents/${n}/updates`, { text: "Still investigating" });
  else if (roll < 0.95) {
    const who = ["ann", "bob", "cy"][Math.floor(Math.random() * 3)] ?? "ann";
    await api("POST", `/incidents/${n}/responders`, { person: who });
    await api("DELETE", `/incidents/${n}/responders/${who}`, { reason: "rotating" });
  } else await api("POST", `/incidents/${n}/messages`, { text: "anyone seeing 502s?" });
  writes += 1;
}

const samples: Sample[] = [];
const started = Date.now();
const end = started + minutes * 60_000;
let nextSample = started;
console.log(
  `# Muster soak — ${new Date().toISOString()} — ${String(os.cpus().length)} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
);
console.log(
  `# ${String(minutes)} min, ${String(viewers)} live viewers, ~${String(writesPerSecond)} writes/s, a sample every ${String(sampleSeconds)} s\n`,
);
console.log("  min   RSS MB  heap MB  handles  streams  loop p99 ms   writes   frames");
while (Date.now() < end) {
  const tick = Date.now();
  await write().catch(() => {
    failures += 1;
  });
  if (Date.now() >= nextSample) {
    nextSample += sampleSeconds * 1000;
    const s = { at: Date.now(), ...(await scrape()), writes, frames: watching.frames() };
    samples.push(s);
    console.log(
      `${((s.at - started) / 60_000).toFixed(1).padStart(5)}  ${s.rss.toFixed(0).padStart(7)}  ${s.heap.toFixed(0).padStart(7)}  ${String(s.handles).padStart(7)}  ${String(s.streams).padStart(7)}  ${s.loopP99.toFixed(1).padStart(11)}  ${String(s.writes).padStart(7)}  ${String(s.frames).padStart(7)}`,
    );
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 1000 / writesPerSecond - (Date.now() - tick))));
}
watching.close();
await stopServer(server);
rmSync(dir, { recursive: true, force: true });

const quarter = Math.max(1, Math.floor(samples.length / 4));
const first = samples.slice(1, 1 + quarter); // the very first sample is before the viewers settle
const last = samples.slice(-quarter);
const compare = (name: string, pick: (s: Sample) => number, limit: number) => {
  const a = median(first.map(pick));
  const b = median(last.map(pick));
  const ok = b <= a * limit;
  console.log(
    `   ${name}: first quarter ${a.toFixed(0)}, last quarter ${b.toFixed(0)}, ratio ${(b / a).toFixed(2)} (flat: ≤ ${String(limit)}) ${ok ? "ok" : "GROWING"}`,
  );
  return ok;
};
console.log(
  `\n${String(writes)} writes (${String(failures)} failed), ${String(watching.frames())} frames to viewers`,
);
const flat = [
  compare("RSS MB", (s) => s.rss, 1.25),
  compare("heap MB", (s) => s.heap, 1.25),
  compare("handles", (s) => s.handles, 1.1),
];
process.exitCode = flat.every(Boolean) && failures === 0 ? 0 : 1;
