import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { PgServer } from "../support/postgres.js";
import { startPostgres } from "../support/postgres.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function body(i: number): string {
  return JSON.stringify({
    version: "4",
    groupKey: '{}:{alertname="DbDown"}',
    status: "firing",
    groupLabels: { alertname: "DbDown" },
    commonLabels: { alertname: "DbDown", severity: "critical" },
    alerts: [
      {
        status: "firing",
        labels: { alertname: "DbDown", severity: "critical", instance: `db-${String(i)}` },
        annotations: {},
        startsAt: "2026-12-01T10:00:00Z",
        fingerprint: `db-${String(i)}`,
      },
    ],
  });
}

describe("alert intake while PostgreSQL restarts", () => {
  let pg: PgServer;
  let s: TestServer;
  let secret = "";

  beforeAll(async () => {
    pg = await startPostgres();
    s = await startTestServer("postgres", { databaseUrl: pg.url });
    s.runtime.alertRouter.quietMs = 200;
    s.runtime.alertRouter.start(200);
    await s.user("dana");
    await call(s, s.adminToken, "PUT", "/api/v1/teams/dcops", {
      displayName: "DC Ops",
      escalation: ["dana"],
    });
    secret = String(
      (await call(s, s.adminToken, "PUT", "/api/v1/alert-sources/prom", { kind: "alertmanager" })).body
        .secret,
    );
    await call(s, s.adminToken, "PUT", "/api/v1/alert-rules/crit", {
      match: ['severity="critical"'],
      action: "open",
      page: { team: "dcops" },
    });
  }, 60_000);
  afterAll(async () => {
    await s.close();
    pg.stop();
  });

  it("answers 503 while it is down, keeps every alert it acknowledged, and routes them once it is back", async () => {
    const acknowledged: number[] = [];
    const statuses = new Set<number>();
    let stop = false;
    const sender = (async () => {
      for (let i = 0; !stop; i++) {
        const r = await s.app.inject({
          method: "POST",
          url: "/api/v1/alerts/prom",
          headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
          payload: body(i),
        });
        statuses.add(r.statusCode);
        if (r.statusCode === 202) acknowledged.push(i);
        else {
          expect(r.statusCode).toBe(503);
          expect((JSON.parse(r.body) as { code: string }).code).toBe("STORAGE_UNAVAILABLE");
          await sleep(50);
        }
      }
    })();
    await sleep(1000);
    pg.halt();
    await sleep(4000);
    const during = acknowledged.length;
    pg.resume();
    await until(() => acknowledged.length > during + 20, 30_000);
    stop = true;
    await sender;
    expect([...statuses].sort()).toEqual([202, 503]);
    expect(await s.runtime.services.alerts.count()).toBe(acknowledged.length);
    // Routing picked up where it was: one incident, tracking every acknowledged alert.
    await until(async () => {
      const groups = (await call(s, s.adminToken, "GET", "/api/v1/alert-groups")).body.groups as {
        firing: number;
        incident: { id: string } | null;
      }[];
      const g = groups[0];
      if (!g?.incident) return false;
      const doc = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident.id}`)).body as {
        alerts: { firing: number }[];
      };
      return groups.length === 1 && doc.alerts[0]?.firing === acknowledged.length;
    }, 40_000);
    const incidents = (await call(s, s.adminToken, "GET", "/api/v1/incidents")).body.incidents as unknown[];
    expect(incidents).toHaveLength(1);
  }, 120_000);
});
