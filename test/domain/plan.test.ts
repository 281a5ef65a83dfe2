import { describe, expect, it } from "vitest";
import { buildStatusDoc, defaultDomainConfig, renderStatusMarkdown } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

function staffed() {
  const t = new Scenario();
  t.staff(["tl", "sue", "bob"]);
  t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
  return t;
}

describe("action plan", () => {
  it("starts period 1 at declaration, its length set by severity", () => {
    const t = new Scenario("ic", { severity: "SEV1" });
    const start = Date.parse(t.state.plan.periodStartedAt);
    expect(Date.parse(t.state.plan.periodEndsAt) - start).toBe(120 * 60_000);
    const sev3 = new Scenario("ic", { severity: "SEV3" });
    expect(Date.parse(sev3.state.plan.periodEndsAt) - Date.parse(sev3.state.plan.periodStartedAt)).toBe(
      480 * 60_000,
    );
  });

  it("sets objectives (outcomes) with an owner; only command sets them", () => {
    const t = staffed();
    const [set] = t.run("ic", {
      type: "set-objective",
      text: "Customers see an out-of-service notice",
      owner: "tl",
    });
    expect(set?.type).toBe("objective.set");
    const objective = Object.values(t.state.plan.objectives)[0];
    expect(objective).toMatchObject({
      text: "Customers see an out-of-service notice",
      owner: "tl",
      state: "open",
      period: 1,
    });
    expectRefusal(() => t.run("sue", { type: "set-objective", text: "x", owner: "sue" }), "NOT_IN_COMMAND");
    expectRefusal(
      () => t.run("ic", { type: "set-objective", text: "x", owner: "zed" }),
      "NOT_CHECKED_IN",
      "owner",
    );
    t.run("ic", { type: "update-objective", id: objective!.id, state: "achieved" });
    expect(t.state.plan.objectives[objective!.id]?.state).toBe("achieved");
  });

  it("assigns time-boxed tasks to named, checked-in people, linked to an objective", () => {
    const t = staffed();
    t.run("ic", { type: "set-objective", text: "Restore checkout", owner: "tl" });
    const objectiveId = Object.keys(t.state.plan.objectives)[0]!;
    const now = t.nextNow;
    const [assigned] = t.run("tl", {
      type: "assign-task",
      assignee: "sue",
      task: "check the load balancer",
      timeBoxMinutes: 10,
      objectiveId,
    });
    if (assigned?.type !== "task.assigned") throw new Error("expected task.assigned");
    expect(assigned.data.dueAt).toBe(new Date(now.getTime() + 10 * 60_000).toISOString());
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.plan.objectives[0]?.tasks[0]).toMatchObject({
      assignee: "sue",
      status: "assigned",
      timeBoxMinutes: 10,
    });
    expectRefusal(
      () =>
        t.run("tl", {
          type: "assign-task",
          assignee: "sue",
          task: "x",
          timeBoxMinutes: 5,
          objectiveId: "nope",
        }),
      "OBJECTIVE_NOT_FOUND",
    );
    const md = renderStatusMarkdown(doc);
    expect(md).toContain("## Action plan — period 1");
    expect(md).toContain("[ ] Restore checkout (owner tl)");
    expect(md).toContain("sue: check the load balancer — due");
    expect(md).toContain("not yet acknowledged");
  });

  it("cancels a released person's open tasks and refuses them new work, saying so", () => {
    const t = staffed();
    t.run("ic", { type: "assign-task", assignee: "bob", task: "watch the queue", timeBoxMinutes: 10 });
    const events = t.run("ic", { type: "release", person: "bob" });
    expect(events.map((e) => e.type)).toEqual(["task.cancelled", "responder.released"]);
    expect(Object.values(t.state.plan.tasks)[0]?.status).toBe("cancelled");
    const err = expectRefusal(
      () => t.run("ic", { type: "assign-task", assignee: "bob", task: "x", timeBoxMinutes: 5 }),
      "NOT_CHECKED_IN",
      "assignee",
    );
    expect(err.message).toContain("was released");
  });

  it("lets only the assignee acknowledge and report; a report can extend the time box", () => {
    const t = staffed();
    t.run("ic", { type: "assign-task", assignee: "sue", task: "check DNS", timeBoxMinutes: 10 });
    const id = Object.keys(t.state.plan.tasks)[0]!;
    expectRefusal(() => t.run("bob", { type: "ack-task", id }), "NOT_ASSIGNEE");
    t.run("sue", { type: "ack-task", id });
    expect(t.state.plan.tasks[id]?.acknowledgedAt).not.toBeNull();
    expectRefusal(() => t.run("sue", { type: "ack-task", id }), "TASK_CLOSED");
    const now = t.nextNow;
    t.run("sue", { type: "report-task", id, note: "resolver timeouts in eu-west", extendMinutes: 15 });
    expect(t.state.plan.tasks[id]?.dueAt).toBe(new Date(now.getTime() + 15 * 60_000).toISOString());
    t.run("sue", { type: "report-task", id, note: "fixed resolver config", done: true });
    expect(t.state.plan.tasks[id]?.status).toBe("done");
    expectRefusal(() => t.run("sue", { type: "report-task", id, note: "again" }), "TASK_CLOSED");
  });

  it("re-issues the plan each period, carrying open objectives and tasks over", () => {
    const t = staffed();
    t.run("ic", { type: "set-objective", text: "Open", owner: "tl" });
    t.run("ic", { type: "set-objective", text: "Done already", owner: "tl" });
    const [open, achieved] = Object.keys(t.state.plan.objectives);
    t.run("ic", { type: "update-objective", id: achieved!, state: "achieved" });
    t.run("ic", { type: "assign-task", assignee: "sue", task: "keep watching", timeBoxMinutes: 30 });
    t.run("ic", { type: "assign-task", assignee: "bob", task: "finished", timeBoxMinutes: 5 });
    const [keep, finished] = Object.keys(t.state.plan.tasks);
    t.run("bob", { type: "report-task", id: finished!, note: "done", done: true });
    const [started] = t.run("ic", { type: "start-period", minutes: 60 });
    expect(started).toMatchObject({
      type: "plan.period-started",
      data: { period: 2, carriedObjectives: [open], carriedTasks: [keep] },
    });
    expect(Object.keys(t.state.plan.objectives)).toEqual([open]);
    expect(Object.keys(t.state.plan.tasks)).toEqual([keep]);
    expect(t.state.plan.period).toBe(2);
    expectRefusal(() => t.run("sue", { type: "start-period" }), "NOT_IN_COMMAND");
  });

  it("links decisions to objectives", () => {
    const t = staffed();
    t.run("ic", { type: "set-objective", text: "Stop the bleeding", owner: "tl" });
    const objectiveId = Object.keys(t.state.plan.objectives)[0]!;
    t.run("ic", { type: "decide", decision: "Shed EU traffic", rationale: "protect US", objectiveId });
    expect(t.state.recentDecisions[0]?.objectiveId).toBe(objectiveId);
    expectRefusal(
      () => t.run("ic", { type: "decide", decision: "x", rationale: "y", objectiveId: "nope" }),
      "OBJECTIVE_NOT_FOUND",
      "objectiveId",
    );
  });
});
