import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

type Report = {
  severities: string[];
  overall: {
    incidents: number;
    durations: Record<string, { count: number; medianMs: number | null }>;
    updatesOnTime: number;
    followUps: { total: number };
  };
  weeks: { week: string; incidents: Record<string, number> }[];
};

describe.each(ENGINES)("insights through the API on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let eve: string;
  let admin: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    eve = await s.user("eve");
    admin = s.adminToken;
    s.runtime.consumers.start();
  });
  afterAll(async () => s.close());

  async function ended(token: string, body: Record<string, unknown>): Promise<number> {
    const d = await call(s, token, "POST", "/api/v1/incidents", body);
    expect(d.status).toBe(201);
    const n = d.body.number as number;
    await call(s, token, "POST", `/api/v1/incidents/${String(n)}/reports`, {
      conditions: "errors at 30%",
      actions: "rolling back",
      needs: "none",
    });
    await call(s, token, "POST", `/api/v1/incidents/${String(n)}/updates`, { text: "Investigating" });
    await call(s, token, "POST", `/api/v1/incidents/${String(n)}/follow-ups`, {
      title: "Add an alert",
      owner: "ann",
    });
    const end = await call(s, token, "POST", `/api/v1/incidents/${String(n)}/status`, {
      status: "ended",
      summary: "Fixed",
      confirm: true,
    });
    expect(end.status).toBe(200);
    return n;
  }

  it("keeps each ended incident's figures and aggregates them, leaving drills and restricted incidents to those who may see them", async () => {
    const detected = new Date(Date.now() - 15 * 60_000).toISOString();
    const one = await ended(ann, { synopsis: "Checkout 5xx", severity: "SEV1", detectedAt: detected });
    await ended(ann, { synopsis: "Search slow", severity: "SEV3" });
    await ended(ann, { synopsis: "Game day", severity: "SEV2", kind: "drill" });
    await ended(ann, { synopsis: "Payroll data", severity: "SEV2", visibility: "restricted" });

    await until(async () => {
      const r = await call(s, admin, "GET", "/api/v1/insights?drills=true");
      return (r.body as unknown as Report).overall?.incidents === 4;
    });
    const mine = (await call(s, ann, "GET", "/api/v1/insights")).body as unknown as Report;
    expect(mine.overall.incidents).toBe(3);
    expect(mine.severities).toEqual(["SEV1", "SEV2", "SEV3"]);
    expect(mine.overall.durations.timeToDeclareMs).toMatchObject({ count: 1 });
    expect(mine.overall.durations.timeToDeclareMs!.medianMs).toBeGreaterThanOrEqual(15 * 60_000);
    expect(mine.overall.durations.timeToFirstCanMs!.count).toBe(3);
    expect(mine.overall.followUps.total).toBe(3);
    expect(mine.weeks.at(-1)!.incidents.SEV1).toBe(1);
    // Eve may not see the restricted incident: not in her figures, not in her CSV.
    const hers = (await call(s, eve, "GET", "/api/v1/insights")).body as unknown as Report;
    expect(hers.overall.incidents).toBe(2);
    expect(hers.severities).toEqual(["SEV1", "SEV3"]);
    const csv = await call(s, eve, "GET", "/api/v1/insights/export?table=incidents&drills=true");
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const text = csv.body.text as string;
    expect(text.split("\n")[0]).toMatch(/^number,name,kind,severity,declared_at/);
    expect(text).toContain("drill");
    expect(text).not.toContain("Payroll");
    expect(text.trim().split("\n")).toHaveLength(4);
    const weeks = await call(s, ann, "GET", "/api/v1/insights/export?table=weeks");
    expect((weeks.body.text as string).split("\n")[0]).toBe(
      "week,severity,incidents,median_minutes_to_mitigate,median_minutes_to_end,cadence_kept_percent,follow_ups_open",
    );

    const per = await call(s, ann, "GET", `/api/v1/incidents/${String(one)}/insights`);
    expect(per.status).toBe(200);
    expect(per.body).toMatchObject({ number: one, severity: "SEV1", updatesOnTime: 1, detectedAt: detected });
    expect(per.body.timeToEndMs as number).toBeGreaterThanOrEqual(15 * 60_000);
  });

  it("drops a reopened incident's figures until it ends again", async () => {
    const n = await ended(ann, { synopsis: "Queue backlog", severity: "SEV4" });
    const count = async () =>
      ((await call(s, admin, "GET", "/api/v1/insights?drills=true")).body as unknown as Report).overall
        .incidents;
    await until(async () => (await count()) === 5);
    await call(s, ann, "POST", `/api/v1/incidents/${String(n)}/status`, {
      status: "active",
      reason: "came back",
    });
    await until(async () => (await count()) === 4);
    await call(s, ann, "POST", `/api/v1/incidents/${String(n)}/status`, {
      status: "ended",
      summary: "Gone",
      confirm: true,
    });
    await until(async () => (await count()) === 5);
  });

  it("refuses bad periods and unknown tables with the field, and hides others' restricted incidents", async () => {
    for (const [query, field] of [
      ["from=yesterday", "from"],
      ["from=2026-12-01&to=2026-11-01", "from"],
      ["from=2020-01-01&to=2026-01-01", "from"],
      ["drills=maybe", "drills"],
    ] as const) {
      const r = await call(s, ann, "GET", `/api/v1/insights?${query}`);
      expect(r.status, query).toBe(422);
      expect(JSON.stringify(r.body), query).toContain(field);
    }
    expect((await call(s, ann, "GET", "/api/v1/insights/export?table=secrets")).status).toBe(422);
    expect((await call(s, null, "GET", "/api/v1/insights")).status).toBe(401);
    const future = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "x",
      detectedAt: "2999-01-01T00:00:00Z",
    });
    expect(future.body).toMatchObject({ code: "INVALID_TIME", field: "detectedAt" });
    const restricted = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "HR",
      visibility: "restricted",
    });
    const r = await call(s, eve, "GET", `/api/v1/incidents/${String(restricted.body.number)}/insights`);
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toContain("HR");
  });
});
