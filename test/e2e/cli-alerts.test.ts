import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerProcess } from "../support/process.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";

const ADMIN = "cli-alerts-admin-token-0123456789";

describe("CLI: alert sources, rules and groups", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-cli-alerts-"));
  let server: ServerProcess;
  const as = (args: string[]) => runMuster(args, { MUSTER_URL: server.url, MUSTER_TOKEN: ADMIN });

  beforeAll(async () => {
    server = await spawnServer({ MUSTER_DATA_DIR: dir, MUSTER_ADMIN_TOKEN: ADMIN });
    await as(["user", "create", "dana", "--name", "Dana"]);
    const team = await fetch(`${server.url}/api/v1/teams/dcops`, {
      method: "PUT",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify({ displayName: "DC Ops", escalation: ["dana"] }),
    });
    expect(team.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates a source and rules, shows what routing made of alerts, and attaches a group by hand", async () => {
    const source = await as(["alert-source", "prom", "--kind", "alertmanager", "--json"]);
    expect(source.code, source.stderr).toBe(0);
    const { secret, url } = JSON.parse(source.stdout) as { secret: string; url: string };
    expect(url).toBe("/api/v1/alerts/prom");
    const rule = await as([
      "alert-rule",
      "critical",
      "--action",
      "open",
      "--match",
      'severity="critical"',
      "--map",
      "critical=SEV1",
      "--page",
      "dcops",
      "--page-all",
    ]);
    expect(rule.code, rule.stderr).toBe(0);
    expect(rule.stdout).toContain("Saved rule critical");
    const bad = await as(["alert-rule", "broken", "--action", "open", "--match", "severity==x"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("is not a matcher");
    expect((await as(["alert-rule", "rest", "--action", "record", "--position", "999"])).code).toBe(0);

    const send = async (name: string, severity: string) => {
      const r = await fetch(`${server.url}/api/v1/alerts/prom`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({
          version: "4",
          groupKey: `{}:{alertname="${name}"}`,
          status: "firing",
          groupLabels: { alertname: name },
          commonLabels: { alertname: name, severity },
          alerts: [
            { status: "firing", labels: { alertname: name, severity }, startsAt: new Date().toISOString() },
          ],
        }),
      });
      expect(r.status).toBe(202);
      return ((await r.json()) as { groups: { id: string }[] }).groups[0]?.id ?? "";
    };
    await send("PowerLost", "critical");
    const quiet = await send("FanSlow", "info");
    let listing = "";
    for (let i = 0; i < 100 && !(listing.includes("#1") && listing.includes("recorded")); i++) {
      await new Promise((r) => setTimeout(r, 100));
      listing = (await as(["alerts"])).stdout;
    }
    expect(listing).toMatch(/firing\s+1 firing {2}PowerLost \(prom\) {2}→ #1 /);
    expect(listing).toMatch(/FanSlow \(prom\) {2}→ recorded/);
    const attached = await as(["alerts", "attach", quiet, "1"]);
    expect(attached.code, attached.stderr).toBe(0);
    expect(attached.stdout).toContain("attached alerts from prom: FanSlow");
    const doc = await as(["show", "1", "--json"]);
    expect((JSON.parse(doc.stdout) as { alerts: unknown[] }).alerts).toHaveLength(2);
  }, 60_000);
});
