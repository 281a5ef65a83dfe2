import { describe, expect, it } from "vitest";
import type { DesiredTimer, EventEnvelope } from "../../src/domain/index.js";
import { buildStatusDoc, defaultDomainConfig, fireTimer, stamp, timersFor } from "../../src/domain/index.js";
import { Scenario } from "./helpers.js";

const config = defaultDomainConfig;
const kinds = (t: Scenario) =>
  timersFor(t.state, config)
    .map((x) => x.kind)
    .sort();

/** Fires a timer as the scheduler would, applying its events. */
function fire(t: Scenario, timer: DesiredTimer): EventEnvelope[] {
  const out = stamp(t.state, fireTimer(t.state, timer, config), "muster", new Date(timer.dueAt));
  t.state = out.state;
  return out.envelopes;
}

const find = (t: Scenario, kind: DesiredTimer["kind"]) =>
  timersFor(t.state, config).find((x) => x.kind === kind)!;

describe("timers", () => {
  it("keeps the update cadence: due-soon before and overdue at the due time, each once", () => {
    const t = new Scenario("ic", { severity: "SEV1" });
    expect(kinds(t)).toEqual(["long-shift", "update-due-soon", "update-overdue"]);
    const soon = find(t, "update-due-soon");
    expect(Date.parse(find(t, "update-overdue").dueAt) - Date.parse(soon.dueAt)).toBe(5 * 60_000);
    expect(fire(t, soon).map((e) => e.type)).toEqual(["update.due-soon"]);
    expect(fire(t, soon)).toEqual([]);
    const overdue = find(t, "update-overdue");
    expect(fire(t, overdue).map((e) => e.type)).toEqual(["update.overdue"]);
    expect(buildStatusDoc(t.state, config).updateOverdue).toBe(true);
    t.run("ic", { type: "post-update", text: "still investigating" });
    expect(buildStatusDoc(t.state, config).updateOverdue).toBe(false);
    expect(kinds(t)).toEqual(["long-shift", "update-due-soon", "update-overdue"]);
  });

  it("announces a time box that ran out without a report, once; a report or extension moves it", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    t.run("ic", { type: "assign-task", assignee: "sue", task: "check DNS", timeBoxMinutes: 10 });
    const id = Object.keys(t.state.plan.tasks)[0]!;
    const timer = find(t, "task-time-box");
    expect(timer.dueAt).toBe(t.state.plan.tasks[id]?.dueAt);
    const [expired] = fire(t, timer);
    expect(expired).toMatchObject({
      type: "task.time-box-expired",
      actor: "muster",
      data: { id, assignee: "sue", assignedBy: "ic" },
    });
    expect(fire(t, timer)).toEqual([]);
    expect(timersFor(t.state, config).some((x) => x.kind === "task-time-box")).toBe(false);
    t.run("sue", { type: "report-task", id, note: "need longer", extendMinutes: 20 });
    expect(find(t, "task-time-box").dueAt).toBe(t.state.plan.tasks[id]?.dueAt);
  });

  it("does nothing for an occasion that has passed", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    t.run("ic", { type: "assign-task", assignee: "sue", task: "x", timeBoxMinutes: 10 });
    const timer = find(t, "task-time-box");
    const id = Object.keys(t.state.plan.tasks)[0]!;
    t.run("sue", { type: "report-task", id, note: "done", done: true });
    expect(fire(t, timer)).toEqual([]);
  });

  it("closes objection windows, reminds about unanswered handovers and suggests a handover after a long shift", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    t.run("sue", {
      type: "change-propose",
      what: "restart",
      why: "stuck",
      system: "db",
      risk: "low",
      rollbackPlan: "none needed",
    });
    expect(fire(t, find(t, "objection-window")).map((e) => e.type)).toEqual([
      "change.objection-window-closed",
    ]);
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "sue", notes: "" });
    const reminder = find(t, "transfer-pending");
    expect(Date.parse(reminder.dueAt) - Date.parse(Object.values(t.state.transfers)[0]!.offeredAt)).toBe(
      5 * 60_000,
    );
    expect(fire(t, reminder).map((e) => e.type)).toEqual(["transfer.reminder"]);
    const shift = find(t, "long-shift");
    expect(Date.parse(shift.dueAt) - Date.parse(t.state.declaredAt)).toBe(4 * 3_600_000);
    expect(fire(t, shift)[0]).toMatchObject({
      type: "command.long-shift",
      data: { commander: "ic", hours: 4 },
    });
    expect(timersFor(t.state, config).some((x) => x.kind === "long-shift")).toBe(false);
  });

  it("wants no timers once the incident has ended", () => {
    const t = new Scenario();
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expect(timersFor(t.state, config)).toEqual([]);
  });
});
