import { describe, expect, it } from "vitest";
import {
  buildStatusDoc,
  defaultDomainConfig,
  fireTimer,
  noticesFor,
  timersFor,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

describe("follow-ups", () => {
  it("are added from a need during the response and after the end, and tracked to done or won't do with a reason", () => {
    const t = new Scenario("ann");
    t.staff(["bob"], null, "ann");
    t.run("bob", {
      type: "report-can",
      conditions: "cert expired",
      actions: "renewing by hand",
      needs: "renewal automation",
    });
    const need = Object.keys(t.state.needs)[0]!;
    const [added] = t.run("ann", {
      type: "add-follow-up",
      title: "Automate certificate renewal",
      owner: "bob",
      dueAt: "2026-12-18T17:00:00Z",
      priority: "high",
      source: { kind: "need", ref: need, section: null },
    });
    expect(noticesFor(t.state, [added!]).map((n) => n.recipient)).toEqual(["bob"]);
    expectRefusal(
      () =>
        t.run("ann", {
          type: "add-follow-up",
          title: "x",
          owner: "bob",
          source: { kind: "change", ref: "nope", section: null },
        }),
      "INVALID_SOURCE",
      "source",
    );
    t.run("ann", { type: "set-status", status: "ended", summary: "renewed", confirm: true });
    // After the end: the wrap-up adds and moves follow-ups along.
    t.run("bob", {
      type: "add-follow-up",
      title: "Alert 14 days before expiry",
      owner: "bob",
      source: { kind: "postmortem", ref: null, section: "What went badly" },
    });
    const [first, second] = buildStatusDoc(t.state, defaultDomainConfig).followUps;
    expect(first).toMatchObject({ title: "Automate certificate renewal", state: "open", priority: "high" });
    expectRefusal(
      () => t.run("bob", { type: "update-follow-up", id: second!.id, state: "wont-do" }),
      "REASON_REQUIRED",
      "reason",
    );
    expectRefusal(
      () => t.run("zed", { type: "update-follow-up", id: first!.id, state: "done" }),
      "NOT_IN_COMMAND",
    );
    t.run("bob", {
      type: "update-follow-up",
      id: second!.id,
      state: "wont-do",
      reason: "covered by the automation",
    });
    t.run("bob", { type: "update-follow-up", id: first!.id, state: "done" });
    expect(t.state.followUps[first!.id]).toMatchObject({ state: "done" });
    expect(t.state.followUps[first!.id]?.doneAt).not.toBeNull();
  });

  it("reminds the owner once when an open follow-up comes due, even after the incident ended", () => {
    const t = new Scenario("ann");
    t.run("ann", {
      type: "add-follow-up",
      title: "Write the runbook",
      owner: "ann",
      dueAt: "2026-12-01T09:00:00Z",
    });
    t.run("ann", { type: "set-status", status: "ended", summary: "done" });
    const timers = timersFor(t.state, defaultDomainConfig);
    expect(timers.map((x) => x.kind)).toEqual(["follow-up-due"]);
    const events = fireTimer(t.state, timers[0]!, defaultDomainConfig);
    expect(events).toMatchObject([
      { type: "follow-up.overdue", data: { title: "Write the runbook", owner: "ann" } },
    ]);
  });
});
