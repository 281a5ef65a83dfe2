import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("action plan and changes API on %s", (engine) => {
  let s: TestServer;
  let ic: string;
  let sue: string;
  let bob: string;
  let ref: string;

  beforeAll(async () => {
    s = await startTestServer(engine, {
      domain: { ...defaultDomainConfig, objectionWindowSeconds: { low: 0, medium: 3600 } },
    });
    ic = await s.user("ic");
    sue = await s.user("sue");
    bob = await s.user("bob");
    const d = await call(s, ic, "POST", "/api/v1/incidents", {
      synopsis: "Payments degraded",
      severity: "SEV1",
    });
    ref = `/api/v1/incidents/${String(d.body.number)}`;
    for (const p of ["sue", "bob"]) await call(s, ic, "POST", `${ref}/responders`, { person: p });
    await call(s, ic, "POST", `${ref}/responders/sue/assignment`, { role: "tech-lead" });
    await call(s, ic, "POST", `${ref}/responders/bob/assignment`, { supervisor: "sue", role: "sme" });
  });
  afterAll(async () => s.close());

  const idOf = (res: { body: { events?: { data: Record<string, unknown> }[] } }) =>
    String(res.body.events?.[0]?.data.id);

  it("sets objectives, gives time-boxed tasks, takes acknowledgements and reports", async () => {
    const objective = await call(s, ic, "POST", `${ref}/objectives`, {
      text: "Customers can pay again",
      owner: "sue",
    });
    expect(objective.status).toBe(201);
    const objectiveId = idOf(objective);
    const task = await call(s, sue, "POST", `${ref}/tasks`, {
      assignee: "bob",
      task: "Check the card processor's status page",
      timeBoxMinutes: 10,
      objectiveId,
    });
    expect(task.status).toBe(201);
    const taskId = idOf(task);
    expect((await call(s, sue, "POST", `${ref}/tasks/${taskId}/ack`)).body.code).toBe("NOT_ASSIGNEE");
    expect((await call(s, bob, "POST", `${ref}/tasks/${taskId}/ack`)).status).toBe(200);
    const report = await call(s, bob, "POST", `${ref}/tasks/${taskId}/reports`, {
      note: "Processor reports an outage",
      done: true,
    });
    expect(report.status).toBe(201);
    const plan = await call(s, bob, "GET", `${ref}/plan`);
    const objectives = plan.body.objectives as {
      id: string;
      tasks: { status: string; lastReport: { note: string } }[];
    }[];
    expect(objectives[0]?.tasks[0]).toMatchObject({
      status: "done",
      lastReport: { note: "Processor reports an outage" },
    });
    const decision = await call(s, ic, "POST", `${ref}/decisions`, {
      decision: "Switch to the backup processor",
      rationale: "Primary ETA unknown",
      objectiveId,
    });
    expect(decision.status).toBe(201);
    const period = await call(s, ic, "POST", `${ref}/periods`, { minutes: 60 });
    expect(period.status).toBe(201);
    expect((period.body.plan as { period: number }).period).toBe(2);
  });

  it("posts updates on the cadence and shows when the next one is due", async () => {
    const before = await call(s, bob, "GET", ref);
    expect(before.body.cadenceMinutes).toBe(30);
    const refused = await call(s, bob, "POST", `${ref}/updates`, { text: "x" });
    expect([refused.status, refused.body.code]).toEqual([403, "NOT_IN_COMMAND"]);
    const posted = await call(s, ic, "POST", `${ref}/updates`, { text: "Backup processor live; monitoring" });
    expect(posted.status).toBe(201);
    const at = Date.parse((posted.body.lastUpdate as { at: string }).at);
    expect(posted.body.nextUpdateDueAt).toBe(new Date(at + 30 * 60_000).toISOString());
  });

  it("refuses bad plan input clearly", async () => {
    const bad = await call(s, sue, "POST", `${ref}/tasks`, { assignee: "bob", task: "x", timeBoxMinutes: 0 });
    expect([bad.status, bad.body.code, bad.body.field]).toEqual([422, "VALIDATION", "timeBoxMinutes"]);
    const stranger = await call(s, sue, "POST", `${ref}/tasks`, {
      assignee: "ic",
      task: "x",
      timeBoxMinutes: 5,
      objectiveId: "missing",
    });
    expect([stranger.status, stranger.body.code]).toEqual([404, "OBJECTIVE_NOT_FOUND"]);
  });

  it("runs a change through objection, clearance, one-at-a-time, observe and keep", async () => {
    const proposal = {
      why: "connection pool exhausted",
      system: "payments-db",
      rollbackPlan: "restore pool size 50",
    };
    const first = await call(s, bob, "POST", `${ref}/changes`, {
      what: "raise pool size to 200",
      risk: "low",
      ...proposal,
    });
    expect(first.status).toBe(201);
    const firstId = idOf(first);
    const objected = await call(s, sue, "POST", `${ref}/changes/${firstId}/objections`, {
      reason: "DB CPU is at 95%",
    });
    const objectionId = String(objected.body.events?.[0]?.data.objectionId);
    const blocked = await call(s, bob, "POST", `${ref}/changes/${firstId}/start`);
    expect([blocked.status, blocked.body.code]).toEqual([409, "OBJECTION_OPEN"]);
    await call(s, sue, "POST", `${ref}/changes/${firstId}/objections/${objectionId}/withdraw`);
    expect((await call(s, bob, "POST", `${ref}/changes/${firstId}/start`)).status).toBe(200);

    const second = await call(s, bob, "POST", `${ref}/changes`, {
      what: "restart replica",
      risk: "medium",
      ...proposal,
    });
    const secondId = idOf(second);
    const windowOpen = await call(s, bob, "POST", `${ref}/changes/${secondId}/start`);
    expect(windowOpen.body.code).toBe("OBJECTION_WINDOW_OPEN");
    await call(s, sue, "POST", `${ref}/changes/${secondId}/clear`);
    const busy = await call(s, bob, "POST", `${ref}/changes/${secondId}/start`);
    expect(busy.body.code).toBe("CHANGE_IN_PROGRESS");
    expect(String(busy.body.detail)).toContain(firstId);
    const queued = await call(s, bob, "POST", `${ref}/changes/${secondId}/start`, { whenFree: true });
    expect(
      (queued.body.changes as { id: string; status: string }[]).find((c) => c.id === secondId)?.status,
    ).toBe("queued");

    await call(s, bob, "POST", `${ref}/changes/${firstId}/observe`, { result: "errors down 90%" });
    const kept = await call(s, bob, "POST", `${ref}/changes/${firstId}/keep`);
    expect(kept.body.events?.map((e) => e.type)).toEqual(["change.kept", "change.started"]);
    const all = await call(s, bob, "GET", `${ref}/changes`);
    expect((all.body.changes as { id: string; status: string }[]).map((c) => [c.id, c.status])).toEqual([
      [firstId, "kept"],
      [secondId, "in-progress"],
    ]);
  });
});
