import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, stopServer } from "../test/support/process.js";
import { percentile, post, startScript } from "./support.js";

const ADMIN = "bench-alerts-admin-token-0123456789";
const ALERTS = Number(process.env.BENCH_STORM_ALERTS ?? 10_000);
const GROUPS = Number(process.env.BENCH_STORM_GROUPS ?? 100);
const SECONDS = Number(process.env.BENCH_STORM_SECONDS ?? 60);

export type StormResult = { sent: number; failed: number; p50: number; p99: number; max: number };

/** One Alertmanager webhook body carrying alert `i`, of group `i mod groups`. */
function body(i: number, name: string, groups: number): string {
  const g = i % groups;
  const labels = {
    alertname: `${name}${String(g)}`,
    service: `svc-${String(g)}`,
    instance: `node-${String(i)}`,
    severity: "critical",
  };
  return JSON.stringify({
    version: "4",
    groupKey: `{}:{alertname="${name}${String(g)}", service="svc-${String(g)}"}`,
    truncatedAlerts: 0,
    status: "firing",
    receiver: "muster",
    groupLabels: { alertname: labels.alertname, service: labels.service },
    commonLabels: labels,
    commonAnnotations: {},
    externalURL: "http://alertmanager.bench:9093",
    alerts: [
      {
        status: "firing",
        labels,
        annotations: { summary: `storm alert ${String(i)}` },
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL: "http://prometheus.bench:9090/graph",
        fingerprint: `${name}-${String(i)}`,
      },
    ],
  });
}

type Storm = { alerts: number; seconds: number; groups: number; name: string };

/** Sends `alerts` bodies evenly over `seconds`, each timed from send to answer. */
export async function storm(url: string, secret: string, plan: Storm): Promise<StormResult> {
  const { alerts: ALERTS, seconds: SECONDS } = plan;
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < ALERTS; i++) {
    const due = started + (i * SECONDS * 1000) / ALERTS;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    inFlight.push(
      fetch(`${url}/api/v1/alerts/prom`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: body(i, plan.name, plan.groups),
      })
        .then(async (r) => {
          await r.arrayBuffer();
          if (r.status !== 202) failed++;
          latencies.push(performance.now() - t0);
        })
        .catch(() => {
          failed++;
        }),
    );
  }
  await Promise.all(inFlight);
  return {
    sent: ALERTS,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
}

/**
 * An alert storm: ALERTS Alertmanager bodies (one alert each) in SECONDS across GROUPS groups,
 * every group matching a rule that opens an incident and pages a team. Then: how many alerts are
 * stored, how many incidents and pages opened (one per group is right), how long routing took to
 * settle. The baseline is a bare authenticated POST that stores the body, same pacing, same run.
 */
export async function alertStormBenchmark(): Promise<{
  muster: StormResult;
  baseline: StormResult;
  stored: number;
  incidents: number;
  pages: number;
  settleSeconds: number;
  groups: number;
  seconds: number;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-storm-"));
  const server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
  try {
    await post(`${server.url}/api/v1/users`, ADMIN, { handle: "dana", displayName: "Dana" });
    await post(
      `${server.url}/api/v1/teams/dcops`,
      ADMIN,
      { displayName: "DC Ops", escalation: ["dana"] },
      "PUT",
    );
    const source = await post(
      `${server.url}/api/v1/alert-sources/prom`,
      ADMIN,
      { kind: "alertmanager" },
      "PUT",
    );
    await post(
      `${server.url}/api/v1/alert-rules/critical`,
      ADMIN,
      {
        match: ['severity="critical"'],
        action: process.env.BENCH_STORM_ACTION ?? "open",
        severityMap: { critical: "SEV2" },
        page: { team: "dcops" },
      },
      "PUT",
    );
    const secret = String(source.secret);
    const baselineServer = await startScript("bench/baselines/authenticated-insert.ts", {
      DIR: dir,
      SECRET: secret,
    });
    // Both warm up first (a small storm of other groups), so the figures are of a running server.
    const warm: Storm = { alerts: 300, seconds: 5, groups: 10, name: "Warm" };
    const plan: Storm = { alerts: ALERTS, seconds: SECONDS, groups: GROUPS, name: "Storm" };
    let baseline: StormResult;
    try {
      await storm(baselineServer.url, secret, warm);
      baseline = await storm(baselineServer.url, secret, plan);
    } finally {
      await baselineServer.stop();
    }
    await storm(server.url, secret, warm);
    const muster = await storm(server.url, secret, plan);
    const settleStart = performance.now();
    type Group = { title: string; firing: number; incident: { id: string } | null; outcome: string | null };
    let groups: Group[] = [];
    for (;;) {
      const r = await fetch(`${server.url}/api/v1/alert-groups?limit=200`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      groups = ((await r.json()) as { groups: Group[] }).groups.filter((g) => g.title.startsWith("Storm"));
      const incidentsSeen = new Set(groups.map((g) => g.incident?.id).filter(Boolean));
      const settled =
        groups.length === GROUPS &&
        incidentsSeen.size === GROUPS &&
        groups.every((g) => g.outcome === "opened" || g.outcome === "attached");
      if (settled || performance.now() - settleStart > 120_000) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const settleSeconds = (performance.now() - settleStart) / 1000;
    const stored = groups.reduce((n, g) => n + g.firing, 0);
    const list = await fetch(`${server.url}/api/v1/incidents?limit=500`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const incidents = (
      (await list.json()) as { incidents: { id: string; synopsis: string }[] }
    ).incidents.filter((i) => i.synopsis.startsWith("Storm"));
    let pages = 0;
    for (const i of incidents) {
      const doc = await fetch(`${server.url}/api/v1/incidents/${i.id}`, {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      pages += ((await doc.json()) as { dispatches: unknown[] }).dispatches.length;
    }
    return {
      muster,
      baseline,
      stored,
      incidents: incidents.length,
      pages,
      settleSeconds,
      groups: GROUPS,
      seconds: SECONDS,
    };
  } finally {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
