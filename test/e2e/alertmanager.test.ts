import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/postgres.js";
import type { ServerProcess } from "../support/process.js";
import { spawnServer, stopServer } from "../support/process.js";

const ALERTMANAGER = process.env.ALERTMANAGER_PATH ?? "/usr/bin/prometheus-alertmanager";
const ADMIN = "alertmanager-admin-token-0123456789";

type Group = {
  id: string;
  title: string;
  status: string;
  firing: number;
  resolved: number;
  outcome: string | null;
  incident: { id: string; number: number } | null;
};

/**
 * A real Alertmanager (Debian's package) whose receiver is Muster: alerts posted to Alertmanager's
 * own API are grouped by it, sent with its `webhook_config` and bearer credentials, and resolved.
 */
describe("alerts from a real Alertmanager", () => {
  let muster: ServerProcess | undefined;
  let am: ChildProcess | undefined;
  let amUrl = "";
  let dir = "";
  let log = "";

  const api = async (method: string, url: string, body?: unknown): Promise<Record<string, unknown>> => {
    if (!muster) throw new Error("Muster did not start; see the beforeAll error");
    const r = await fetch(`${muster.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const parsed = (await r.json()) as Record<string, unknown>;
    if (r.status >= 300) throw new Error(`${method} ${url}: ${String(r.status)} ${JSON.stringify(parsed)}`);
    return parsed;
  };

  /** Posts alerts to Alertmanager's v2 API, as Prometheus does. */
  const fire = async (alerts: Record<string, unknown>[]): Promise<void> => {
    const r = await fetch(`${amUrl}/api/v2/alerts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(alerts),
    });
    expect(r.status, await r.text()).toBe(200);
  };

  const groups = async (): Promise<Group[]> => (await api("GET", "/api/v1/alert-groups")).groups as Group[];

  async function eventually<T>(what: () => Promise<T | undefined>, ms = 45_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await what().catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out; Alertmanager said:\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    if (!existsSync(ALERTMANAGER)) {
      throw new Error(
        `This test needs Alertmanager at ${ALERTMANAGER}: apt-get install -y prometheus-alertmanager (npm run test:all does this).`,
      );
    }
    dir = mkdtempSync(path.join(os.tmpdir(), "muster-am-"));
    muster = await spawnServer({ MUSTER_DATA_DIR: path.join(dir, "data"), MUSTER_ADMIN_TOKEN: ADMIN });
    await api("POST", "/api/v1/users", { handle: "dana", displayName: "Dana" });
    await api("PUT", "/api/v1/teams/dcops", { displayName: "DC Ops", escalation: ["dana"] });
    const source = await api("PUT", "/api/v1/alert-sources/prom", {
      kind: "alertmanager",
      label: "Prometheus",
    });
    await api("PUT", "/api/v1/alert-rules/pages", {
      match: ['severity="page"'],
      action: "open",
      severityMap: { page: "SEV2" },
      page: { team: "dcops" },
    });
    writeFileSync(
      path.join(dir, "alertmanager.yml"),
      [
        "route:",
        "  receiver: muster",
        "  group_by: [alertname, service]",
        "  group_wait: 1s",
        "  group_interval: 1s",
        "  repeat_interval: 1h",
        "receivers:",
        "  - name: muster",
        "    webhook_configs:",
        `      - url: ${muster.url}/api/v1/alerts/prom`,
        "        send_resolved: true",
        "        http_config:",
        `          authorization: { type: Bearer, credentials: ${String(source.secret)} }`,
      ].join("\n"),
    );
    const port = await freePort();
    amUrl = `http://127.0.0.1:${String(port)}`;
    am = spawn(
      ALERTMANAGER,
      [
        `--config.file=${path.join(dir, "alertmanager.yml")}`,
        `--storage.path=${path.join(dir, "am")}`,
        `--web.listen-address=127.0.0.1:${String(port)}`,
        "--cluster.listen-address=",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    am.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    await eventually(async () => ((await fetch(`${amUrl}/-/ready`)).ok ? true : undefined), 30_000);
  }, 90_000);

  afterAll(async () => {
    am?.kill("SIGTERM");
    if (muster) await stopServer(muster);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("groups as Alertmanager groups, opens one incident per paging group, and marks alerts resolved", async () => {
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const alert = (name: string, instance: string, severity: string, endsAt?: string) => ({
      labels: { alertname: name, service: "checkout", instance, severity },
      annotations: { summary: `${name} on ${instance}` },
      startsAt,
      ...(endsAt ? { endsAt } : {}),
      generatorURL: "http://prometheus.example:9090/graph?g0.expr=up",
    });
    await fire([
      alert("CheckoutDown", "web-1", "page"),
      alert("CheckoutDown", "web-2", "page"),
      alert("CheckoutSlow", "web-1", "ticket"),
    ]);
    const paging = await eventually(async () => {
      const g = (await groups()).find((x) => x.title.startsWith("CheckoutDown"));
      return g?.outcome === "opened" && g.firing === 2 ? g : undefined;
    });
    expect(paging.title).toBe("CheckoutDown (service=checkout)");
    const quiet = await eventually(async () => {
      const g = (await groups()).find((x) => x.title.startsWith("CheckoutSlow"));
      return g?.outcome === "recorded" ? g : undefined;
    });
    expect(quiet.incident).toBeNull();
    const doc = await api("GET", `/api/v1/incidents/${String(paging.incident?.id)}`);
    expect(doc.severity).toBe("SEV2");
    expect((doc.dispatches as { target: { team: string } }[])[0]?.target).toEqual({ team: "dcops" });
    const timeline = (await api("GET", `/api/v1/incidents/${String(paging.incident?.id)}/timeline`))
      .events as {
      type: string;
      data: { detectedAt?: string };
    }[];
    expect(timeline[0]?.data.detectedAt).toBe(new Date(startsAt).toISOString());

    // Prometheus resolves by sending the alert with an end time; Alertmanager sends resolved.
    const now = new Date().toISOString();
    await fire([alert("CheckoutDown", "web-1", "page", now), alert("CheckoutDown", "web-2", "page", now)]);
    await eventually(async () => {
      const d = await api("GET", `/api/v1/incidents/${String(paging.incident?.id)}`);
      const tracked = (d.alerts as { status: string; resolved: number }[])[0];
      return tracked?.status === "resolved" && tracked.resolved === 2 ? true : undefined;
    });
    const groupsNow = await groups();
    expect(groupsNow.filter((g) => g.incident !== null)).toHaveLength(1);
  }, 120_000);
});
