import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/muster.js";
import type { Command } from "../../src/domain/index.js";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer, virtualClock } from "../support/runtime.js";

type Standing = {
  role: string;
  qualified: boolean;
  progress: { requirement: string; have: number; need: number }[];
};
type Rec = {
  incidents: {
    number: number;
    kind: string;
    roles: { role: string; ms: number }[];
    passed: boolean | null;
  }[];
  roles: { role: string; incidents: number; drills: number; passed: number; ms: number }[];
  standings: Standing[];
};

const me = (handle: string): Actor => ({ handle, isAdmin: false });

describe.each(ENGINES)("training records and qualifications on %s", (engine) => {
  let s: TestServer;
  const clock = virtualClock("2026-12-03T09:00:00.000Z");
  const tokens: Record<string, string> = {};
  let admin: string;

  beforeAll(async () => {
    s = await startTestServer(engine, {}, [], clock.now);
    admin = s.adminToken;
    for (const h of ["fay", "ann", "bob", "oli"]) tokens[h] = await s.user(h);
    s.runtime.consumers.start();
  });
  afterAll(async () => {
    await s.close();
  });

  const record = async (who: string, as = who) =>
    (await call(s, tokens[as] ?? admin, "GET", `/api/v1/users/${who}/training`)).body as unknown as Rec;
  const standing = (r: Rec, role: string) => r.standings.find((x) => x.role === role);

  /** A short, disciplined run of the power-failure drill: ann commands, bob is Tech Lead. */
  async function drill(): Promise<number> {
    const started = await call(s, tokens.fay ?? "", "POST", "/api/v1/drills", {
      scenario: "dc-power-failure",
      participants: ["ann", "bob"],
    });
    const { incident } = started.body as { incident: { id: string; number: number } };
    const as = (who: string, cmd: Command) => s.runtime.services.muster.execute(me(who), incident.id, cmd);
    const minute = async () => {
      clock.minutes(1);
      await s.runtime.drillRunner.tick();
    };
    await s.runtime.drillRunner.tick();
    await minute();
    await as("ann", { type: "check-in", person: "ann" });
    await as("ann", { type: "fill-role", role: "incident-commander", person: "ann" });
    await as("ann", { type: "check-in", person: "bob" });
    await as("ann", { type: "fill-role", role: "tech-lead", person: "bob" });
    await minute();
    await as("bob", {
      type: "report-can",
      conditions: "hall B dark",
      actions: "failing over",
      needs: "none",
    });
    await minute();
    await minute();
    const state = await s.runtime.services.reads.currentState(incident.id);
    for (const n of Object.values(state?.needs ?? {})) {
      await as("ann", { type: "answer-need", id: n.id, answer: "Fail over." });
    }
    await minute();
    await as("ann", {
      type: "set-status",
      status: "ended",
      summary: "Power back; failed back.",
      confirm: true,
    });
    await s.runtime.drillRunner.tick();
    return incident.number;
  }

  it("keeps who held which role in drills and real incidents, and judges the rules against it", async () => {
    const first = await drill();
    const second = await drill();
    // A real, restricted incident: ann is Deputy; bob is not in it.
    const real = await s.runtime.services.muster.declare(
      { handle: "oli", isAdmin: false },
      { synopsis: "Leaked key", severity: "SEV2", visibility: "restricted", audience: ["ann"] },
    );
    const as = (cmd: Command) => s.runtime.services.muster.execute(me("oli"), real.incidentId, cmd);
    await as({ type: "check-in", person: "ann" });
    await as({ type: "fill-role", role: "deputy", person: "ann" });
    clock.minutes(12);
    await as({ type: "set-status", status: "ended", summary: "Rotated.", confirm: true });

    await until(async () => (await record("ann")).incidents.length === 3);
    const ann = await record("ann");
    expect(ann.incidents.map((i) => [i.number, i.kind, i.passed])).toEqual([
      [real.doc.number, "real", false],
      [second, "drill", true],
      [first, "drill", true],
    ]);
    const ic = ann.roles.find((r) => r.role === "incident-commander");
    expect(ic).toMatchObject({ incidents: 2, drills: 2, passed: 2 });
    expect(ic?.ms).toBe(2 * 4 * 60_000); // four drill minutes in command, twice
    expect(ann.roles.find((r) => r.role === "deputy")).toMatchObject({ incidents: 1, ms: 12 * 60_000 });
    expect(standing(ann, "incident-commander")?.qualified).toBe(true);

    // bob: qualified as TL by the drills, not yet by a real incident; the restricted one is not shown to him.
    const bob = await record("bob");
    expect(standing(bob, "tech-lead")).toEqual({
      role: "tech-lead",
      qualified: false,
      progress: [
        { requirement: "1 drill as Tech Lead with a passing score", have: 1, need: 1, met: true },
        { requirement: "1 real incident as a responder", have: 0, need: 1, met: false },
      ],
    });
    const annToBob = await record("ann", "bob");
    expect(annToBob.incidents.map((i) => i.number)).toEqual([second, first]);
    expect(JSON.stringify(annToBob)).not.toContain("Leaked key");
    expect(standing(annToBob, "incident-commander")?.qualified).toBe(true);

    const q = await call(s, tokens.fay ?? "", "GET", "/api/v1/training/qualifications");
    const people = q.body.people as { person: string; qualified: string[] }[];
    expect(people.find((p) => p.person === "ann")?.qualified).toEqual(["incident-commander"]);
    expect(people.find((p) => p.person === "bob")?.qualified).toEqual([]);
    expect((await call(s, tokens.fay ?? "", "GET", "/api/v1/users/nobody/training")).status).toBe(404);
  });

  it("lets admins rewrite the rules, refusing bad ones at their path; members may only read them", async () => {
    const current = await call(s, tokens.ann ?? "", "GET", "/api/v1/training/rules");
    expect(current.body).toMatchObject({ custom: false, updatedBy: null });
    const rules = [
      { role: "tech-lead", requires: [{ count: 2, as: "tech-lead", in: "drill", passing: true }] },
      { role: "incident-commander", requires: [{ count: 1, as: "incident-commander" }] },
    ];
    const member = await call(s, tokens.ann ?? "", "PUT", "/api/v1/training/rules", { rules });
    expect(member.status).toBe(403);
    const twice = await call(s, admin, "PUT", "/api/v1/training/rules", { rules: [...rules, rules[0]] });
    expect([twice.status, twice.body.code, twice.body.field]).toEqual([422, "VALIDATION", "rules.2.role"]);
    const badRole = await call(s, admin, "PUT", "/api/v1/training/rules", {
      rules: [{ role: "boss", requires: [{ count: 1, as: "tech-lead" }] }],
    });
    expect([badRole.status, badRole.body.field]).toEqual([422, "rules.0.role"]);
    const saved = await call(s, admin, "PUT", "/api/v1/training/rules", { rules });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ custom: true, updatedBy: "admin" });
    expect(standing(await record("bob"), "tech-lead")?.qualified).toBe(true);
    const audit = await call(s, admin, "GET", "/api/v1/audit?limit=5");
    expect(JSON.stringify(audit.body)).toContain("training-rules.saved");
  });
});
