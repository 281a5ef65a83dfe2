import { describe, expect, it } from "vitest";
import { buildStatusDoc, defaultDomainConfig } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

function team() {
  const t = new Scenario();
  t.staff(["tl", "sue", "bob"]);
  t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
  return t;
}

function propose(t: Scenario, who: string, risk: "low" | "medium" | "high", system = "db") {
  const [e] = t.run(who, {
    type: "change-propose",
    what: `restart ${system}`,
    why: "stuck",
    system,
    risk,
    rollbackPlan: "start old primary",
  });
  if (e?.type !== "change.proposed") throw new Error("expected change.proposed");
  return e.data.id;
}

describe("cautious changes", () => {
  it("announces a proposal with its objection window, shown in the status doc", () => {
    const t = team();
    const now = t.nextNow;
    const id = propose(t, "sue", "medium");
    expect(t.state.changes[id]).toMatchObject({ status: "proposed", proposedBy: "sue", risk: "medium" });
    expect(t.state.changes[id]?.objectionWindowEndsAt).toBe(new Date(now.getTime() + 180_000).toISOString());
    expect(buildStatusDoc(t.state, defaultDomainConfig).changes.map((c) => c.id)).toEqual([id]);
  });

  it("refuses to start during the objection window; starts once it has passed", () => {
    const t = team();
    const id = propose(t, "sue", "medium");
    const err = expectRefusal(() => t.run("sue", { type: "change-start", id }), "OBJECTION_WINDOW_OPEN");
    expect(err.message).toContain("clear it");
    t.advance(3);
    t.run("sue", { type: "change-start", id });
    expect(t.state.changes[id]?.status).toBe("in-progress");
  });

  it("lets the TL or IC clear a change early, and nobody else", () => {
    const t = team();
    const id = propose(t, "sue", "low");
    expectRefusal(() => t.run("bob", { type: "change-clear", id }), "NOT_IN_COMMAND");
    t.run("tl", { type: "change-clear", id });
    t.run("sue", { type: "change-start", id });
    expect(t.state.changes[id]?.status).toBe("in-progress");
  });

  it("requires clearance for high risk, however long one waits", () => {
    const t = team();
    const id = propose(t, "sue", "high");
    t.advance(60);
    expectRefusal(() => t.run("sue", { type: "change-start", id }), "CLEARANCE_REQUIRED");
    t.run("ic", { type: "change-clear", id });
    t.run("sue", { type: "change-start", id });
    expect(t.state.changes[id]?.status).toBe("in-progress");
  });

  it("blocks the start while an objection is open; the objector may withdraw it", () => {
    const t = team();
    const id = propose(t, "sue", "low");
    const [objected] = t.run("bob", { type: "change-object", id, reason: "backups still running" });
    if (objected?.type !== "change.objected") throw new Error("expected change.objected");
    t.advance(5);
    const err = expectRefusal(() => t.run("sue", { type: "change-start", id }), "OBJECTION_OPEN");
    expect(err.message).toContain("backups still running");
    expectRefusal(
      () => t.run("sue", { type: "change-withdraw-objection", id, objectionId: objected.data.objectionId }),
      "NOT_IN_COMMAND",
    );
    t.run("bob", { type: "change-withdraw-objection", id, objectionId: objected.data.objectionId });
    t.run("sue", { type: "change-start", id });
    expect(t.state.changes[id]?.status).toBe("in-progress");
  });

  it("lets only the IC override an open objection, and records the override", () => {
    const t = team();
    const id = propose(t, "sue", "low");
    t.run("bob", { type: "change-object", id, reason: "risky" });
    expectRefusal(() => t.run("tl", { type: "change-start", id, override: "need it now" }), "NOT_IN_COMMAND");
    const [started] = t.run("ic", {
      type: "change-start",
      id,
      override: "customer impact outweighs the risk",
    });
    expect(started).toMatchObject({
      type: "change.started",
      data: { override: "customer impact outweighs the risk" },
    });
    expect(t.state.changes[id]?.override).toEqual({ by: "ic", reason: "customer impact outweighs the risk" });
    expect(t.state.changes[id]?.objections[0]?.status).toBe("overruled");
  });

  it("allows one change in progress per system: a second is refused, naming the first, or queued", () => {
    const t = team();
    const first = propose(t, "sue", "low");
    const second = propose(t, "bob", "low");
    const other = propose(t, "bob", "low", "cache");
    t.advance(2);
    t.run("sue", { type: "change-start", id: first });
    const err = expectRefusal(() => t.run("bob", { type: "change-start", id: second }), "CHANGE_IN_PROGRESS");
    expect(err.message).toContain(first);
    t.run("bob", { type: "change-start", id: other });
    expect(t.state.changes[other]?.status).toBe("in-progress");
    t.run("bob", { type: "change-start", id: second, whenFree: true });
    expect(t.state.changes[second]?.status).toBe("queued");
    t.run("sue", { type: "change-observe", id: first, result: "db healthy" });
    const events = t.run("sue", { type: "change-keep", id: first });
    expect(events.map((e) => e.type)).toEqual(["change.kept", "change.started"]);
    expect(t.state.changes[second]?.status).toBe("in-progress");
  });

  it("observes, then keeps or rolls back; keeping needs an observed result", () => {
    const t = team();
    const id = propose(t, "sue", "low");
    t.run("tl", { type: "change-clear", id });
    t.run("sue", { type: "change-start", id });
    expectRefusal(() => t.run("sue", { type: "change-keep", id }), "CHANGE_STATE");
    t.run("sue", { type: "change-observe", id, result: "error rate unchanged" });
    t.run("sue", { type: "change-rollback", id, result: "no improvement" });
    expect(t.state.changes[id]).toMatchObject({ status: "rolled-back", result: "no improvement" });
    expect(buildStatusDoc(t.state, defaultDomainConfig).changes).toEqual([]);
    expectRefusal(() => t.run("bob", { type: "change-object", id, reason: "late" }), "CHANGE_STATE");
  });

  it("refuses proposals from people outside the response and objections from the proposer", () => {
    const t = team();
    expectRefusal(() => propose(t, "zed", "low"), "NOT_A_RESPONDER");
    const id = propose(t, "sue", "low");
    expectRefusal(() => t.run("sue", { type: "change-object", id, reason: "x" }), "CHANGE_STATE");
    expectRefusal(() => t.run("sue", { type: "change-start", id: "nope" }), "CHANGE_NOT_FOUND", "id");
  });
});
