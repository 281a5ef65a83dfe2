import { describe, expect, it } from "vitest";
import { noticesFor } from "../../src/domain/index.js";
import { Scenario } from "./helpers.js";

describe("notices", () => {
  it("tells the assignee about a task, and the assigner when its time box runs out", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    const assigned = t.run("ic", {
      type: "assign-task",
      assignee: "sue",
      task: "look at DNS",
      timeBoxMinutes: 10,
    });
    expect(noticesFor(t.state, assigned).map((n) => [n.recipient, n.kind])).toEqual([
      ["sue", "task.assigned"],
    ]);
    expect(noticesFor(t.state, assigned)[0]?.body).toContain("look at DNS");
  });

  it("tells the receiver of a handover offer, and never tells people about their own actions", () => {
    const t = new Scenario();
    t.staff(["bo"]);
    const offered = t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "bo", notes: "" });
    expect(noticesFor(t.state, offered).map((n) => n.recipient)).toEqual(["bo"]);
    const selfTask = t.run("ic", { type: "assign-task", assignee: "ic", task: "x", timeBoxMinutes: 5 });
    expect(noticesFor(t.state, selfTask)).toEqual([]);
  });

  it("tells the people a channel message @mentions, if the incident knows them", () => {
    const t = new Scenario();
    t.staff(["sue", "bo"]);
    const posted = t.run("sue", {
      type: "post-message",
      text: "@bo can you check DNS? cc @ic, not @nobody, email me@example.com, @sue.",
    });
    expect(noticesFor(t.state, posted).map((n) => [n.recipient, n.kind])).toEqual([
      ["bo", "message.posted"],
      ["ic", "message.posted"],
    ]);
    expect(noticesFor(t.state, t.run("bo", { type: "post-message", text: "on it" }))).toEqual([]);
  });

  it("tells the IC and the Comms Lead about the update cadence", () => {
    const t = new Scenario();
    t.staff(["cara"]);
    t.run("ic", { type: "fill-role", role: "comms-lead", person: "cara" });
    const overdue = [
      {
        type: "update.overdue" as const,
        data: { dueAt: "x" },
        seq: 99,
        at: "x",
        actor: "muster",
        actorRoles: [],
      },
    ];
    expect(noticesFor(t.state, overdue).map((n) => n.recipient)).toEqual(["ic", "cara"]);
  });
});
