import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseScenario } from "../../src/capabilities/drills/library.js";
import type { Runtime } from "../../src/server.js";
import { createRuntime } from "../../src/server.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer, testConfig, virtualClock } from "../support/runtime.js";

const SCENARIO = `
id: faults
title: Faults
summary: Three timed messages.
brief: A test.
severity: SEV3
synopsis: "DRILL: faults"
roles: [incident-commander]
participants: { min: 1, max: 3 }
duration: 10m
cast: [{ id: ops, name: Ops }]
injects:
  - { id: one, title: One, at: 1m, do: { type: message, from: ops, text: first } }
  - { id: two, title: Two, at: 2m, do: { type: message, from: ops, text: second } }
  - { id: three, title: Three, at: 3m, do: { type: message, from: ops, text: third } }
`;

async function injected(runtime: Runtime, incidentId: string): Promise<string[]> {
  const events = await runtime.services.reads.timeline(incidentId, 0, 1000);
  return events.flatMap((e) => (e.type === "drill.injected" ? [e.data.inject] : []));
}

describe.each(ENGINES)("drill runs when things fail (%s)", (engine) => {
  it("sends each inject once when a look fails after sending, and carries on after a restart", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "muster-drill-faults-"));
    const clock = virtualClock("2026-12-03T09:00:00.000Z");
    const config = await testConfig(engine, dir);
    let runtime = await createRuntime(config, clock.now);
    try {
      await runtime.services.users.create({ handle: "ann", displayName: "Ann" });
      const scenario = parseScenario(SCENARIO).scenario;
      if (!scenario) throw new Error("bad scenario");
      const run = await runtime.drillRunner.begin(
        { scenario, participants: ["ann"], slots: {}, speed: 1 },
        "ann",
      );

      // The run's write fails once after "one" went out: the next look finds it sent, and sends it no more.
      clock.minutes(1);
      const store = runtime.services.drillRuns;
      const save = store.save.bind(store);
      let failures = 1;
      store.save = async (...args) => {
        if (failures-- > 0) throw new Error("disk full");
        return save(...args);
      };
      await runtime.drillRunner.tick();
      expect(await injected(runtime, run.incidentId)).toEqual(["brief", "one"]);
      clock.advance(2500); // past the retry delay
      await runtime.drillRunner.tick();
      expect(await injected(runtime, run.incidentId)).toEqual(["brief", "one"]);
      expect((await store.get(run.id))?.run.injects.find((i) => i.id === "one")?.state).toBe("fired");

      // Down for two drill minutes: what fell due meanwhile goes out on the first look, once each.
      await runtime.close();
      clock.minutes(2);
      runtime = await createRuntime(config, clock.now);
      await runtime.drillRunner.tick();
      await runtime.drillRunner.tick();
      expect(await injected(runtime, run.incidentId)).toEqual(["brief", "one", "two", "three"]);
      clock.minutes(10);
      await runtime.drillRunner.tick();
      const after = (await runtime.services.drillRuns.get(run.id))?.run;
      expect([after?.status, after?.endedReason]).toEqual(["ended", "the scenario's time was up"]);
      const types = (await runtime.services.reads.timeline(run.incidentId, 0, 1000)).map((e) => e.type);
      expect(types.filter((t) => t === "drill.ended")).toHaveLength(1);
    } finally {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(ENGINES)("hostile requests to drill runs (%s)", (engine) => {
  let s: TestServer;
  let fay: string;
  let runId: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    fay = await s.user("fay");
    await s.user("ann");
    await s.user("bob");
    const started = await call(s, fay, "POST", "/api/v1/drills", {
      scenario: "dc-power-failure",
      participants: ["ann", "bob"],
    });
    runId = String(started.body.id);
  });
  afterAll(async () => {
    await s.close();
  });

  it("answers bad input with a 4xx on its field, never a 500, and changes nothing", async () => {
    const cases: [string, string, unknown, number, string | undefined][] = [
      [
        "POST",
        `/api/v1/drills/${runId}/injects`,
        { title: "x", do: { type: "note", text: "a\u0000b" } },
        422,
        undefined,
      ],
      [
        "POST",
        `/api/v1/drills/${runId}/injects`,
        { title: "x", do: { type: "note", text: "y".repeat(2001) } },
        422,
        "do.text",
      ],
      [
        "POST",
        `/api/v1/drills/${runId}/injects`,
        { title: "x", do: { type: "launch-missiles" } },
        422,
        "do.type",
      ],
      [
        "POST",
        "/api/v1/drills",
        { scenario: "dc-power-failure", participants: Array(51).fill("ann") },
        422,
        "participants",
      ],
      [
        "POST",
        "/api/v1/drills",
        { scenario: "dc-power-failure", participants: ["ann", "bob"], speed: 1000 },
        422,
        "speed",
      ],
      ["POST", "/api/v1/drills/not-a-uuid/pause", undefined, 422, "id"],
      ["POST", `/api/v1/drills/${runId}/resume`, { speed: "fast" }, 422, "speed"],
    ];
    for (const [method, url, body, status, field] of cases) {
      const r = await call(s, fay, method, url, body);
      expect([r.status, r.body.field], `${url} ${(JSON.stringify(body) ?? "").slice(0, 80)}`).toEqual([
        status,
        field ?? r.body.field,
      ]);
      expect(r.headers["content-type"]).toContain("application/problem+json");
    }
    const run = (await call(s, fay, "GET", `/api/v1/drills/${runId}`)).body as {
      injects: { adhoc: boolean }[];
    };
    expect(run.injects.filter((i) => i.adhoc)).toEqual([]);
    const deep = `{"title":"x","do":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const r = await call(s, fay, "POST", `/api/v1/drills/${runId}/injects`, deep);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});
