import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/postgres.js";
import type { ServerProcess } from "../support/process.js";
import { spawnServer, stopServer } from "../support/process.js";

const PROMETHEUS = process.env.PROMETHEUS_PATH ?? "/usr/bin/prometheus";
const ADMIN = "prometheus-admin-token-0123456789";
const METRICS_TOKEN = "metrics-scrape-token-0123456789";

type Sample = { metric: Record<string, string>; value: [number, string] };

describe("/metrics scraped by a real Prometheus", () => {
  let muster: ServerProcess | undefined;
  let prometheus: ChildProcess | undefined;
  let promUrl = "";
  let dir = "";
  let log = "";

  beforeAll(async () => {
    if (!existsSync(PROMETHEUS)) {
      throw new Error(
        `This test needs Prometheus at ${PROMETHEUS}: apt-get install -y prometheus (npm run test:all does this).`,
      );
    }
    dir = mkdtempSync(path.join(os.tmpdir(), "muster-prom-"));
    const started = await spawnServer({
      MUSTER_DATA_DIR: path.join(dir, "data"),
      MUSTER_ADMIN_TOKEN: ADMIN,
      MUSTER_METRICS_TOKEN: METRICS_TOKEN,
    });
    muster = started;
    const target = new URL(started.url).host;
    writeFileSync(
      path.join(dir, "prometheus.yml"),
      [
        "global: { scrape_interval: 1s, scrape_timeout: 1s }",
        "scrape_configs:",
        "  - job_name: muster",
        "    authorization: { type: Bearer, credentials: " + METRICS_TOKEN + " }",
        `    static_configs: [{ targets: ["${target}"] }]`,
      ].join("\n"),
    );
    const port = await freePort();
    promUrl = `http://127.0.0.1:${String(port)}`;
    prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${path.join(dir, "prometheus.yml")}`,
        `--storage.tsdb.path=${path.join(dir, "tsdb")}`,
        `--web.listen-address=127.0.0.1:${String(port)}`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    prometheus.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  }, 60_000);

  afterAll(async () => {
    prometheus?.kill("SIGTERM");
    if (muster) await stopServer(muster);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const url = (): string => {
    if (!muster) throw new Error("Muster did not start; see the beforeAll error");
    return muster.url;
  };

  /** Asks Prometheus (not Muster) until the query has results. */
  async function query(q: string, ms = 30_000): Promise<Sample[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        const r = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(q)}`);
        const body = (await r.json()) as { data?: { result: Sample[] } };
        if (body.data && body.data.result.length > 0) return body.data.result;
      } catch {
        // Prometheus is still starting.
      }
      if (Date.now() > deadline) throw new Error(`Prometheus never had ${q}:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  it("is refused without the metrics token or an admin's token", async () => {
    expect((await fetch(`${url()}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${url()}/metrics`, {
      headers: { authorization: "Bearer not-the-token" },
    });
    expect(wrong.status).toBe(401);
    const admin = await fetch(`${url()}/metrics`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(admin.status).toBe(200);
    expect(admin.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("reports requests, commits, incidents, consumers and the process, as Prometheus stores them", async () => {
    const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
    for (const severity of ["SEV1", "SEV3", "SEV3"]) {
      const r = await fetch(`${url()}/api/v1/incidents`, {
        method: "POST",
        headers,
        body: JSON.stringify({ synopsis: `Metrics ${severity}`, severity }),
      });
      expect(r.status).toBe(201);
    }
    expect((await query('up{job="muster"} == 1')).length).toBe(1);
    const sev3 = await query('muster_incidents{status="active",severity="SEV3"} == 2');
    expect(sev3[0]?.metric.kind).toBe("real");
    const declared = await query(
      'muster_http_request_duration_seconds_count{route="/api/v1/incidents",method="POST",status="201"} >= 3',
    );
    expect(declared.length).toBe(1);
    const commits = await query('sum(muster_commit_batch_commands_sum{outcome="committed"}) >= 3');
    expect(Number(commits[0]?.value[1])).toBeGreaterThanOrEqual(3);
    await query("muster_commit_duration_seconds_bucket");
    const lag = await query("muster_consumer_lag_events");
    expect(lag.map((s) => s.metric.consumer)).toEqual(expect.arrayContaining(["insights"]));
    await query("muster_timers_due");
    await query("muster_sse_connections");
    expect(Number((await query("muster_process_resident_memory_bytes"))[0]?.value[1])).toBeGreaterThan(
      10_000_000,
    );
  }, 90_000);
});
