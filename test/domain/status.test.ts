import { describe, expect, it } from "vitest";
import { abilitiesFor, defaultChecklistTemplates } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

describe("status lifecycle", () => {
  it("goes active → stable → ended, recording who ended it and when", () => {
    const t = new Scenario();
    t.run("ic", { type: "set-status", status: "stable" });
    expect(t.state.status).toBe("stable");
    const [ended] = t.run("ic", { type: "set-status", status: "ended", summary: "Power restored" });
    expect(t.state.status).toBe("ended");
    expect(t.state.endedBy).toBe("ic");
    expect(t.state.endedAt).toBe(ended?.at);
    expect(t.state.summary).toBe("Power restored");
  });

  it("requires a summary to end", () => {
    expectRefusal(
      () => new Scenario().run("ic", { type: "set-status", status: "ended", summary: "  " }),
      "SUMMARY_REQUIRED",
      "summary",
    );
  });

  it("refuses a change to the current status", () => {
    expectRefusal(
      () => new Scenario().run("ic", { type: "set-status", status: "active" }),
      "INVALID_TRANSITION",
      "status",
    );
  });

  it("refuses response commands once ended, but lets the wrap-up go on (log, checklists)", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expectRefusal(
      () => t.run("ic", { type: "report-can", conditions: "c", actions: "a", needs: "n" }),
      "INCIDENT_ENDED",
    );
    expectRefusal(
      () => t.run("ic", { type: "assign-task", assignee: "sue", task: "x", timeBoxMinutes: 5 }),
      "INCIDENT_ENDED",
    );
    expectRefusal(() => t.run("ic", { type: "set-status", status: "stable" }), "INVALID_TRANSITION");
    expect(
      t.run("ic", { type: "log", text: "late note: the PDU vendor called back", key: false }),
    ).toHaveLength(1);
    // (The app attaches the Ending and Postmortem checklists at the end; here, by hand.)
    const template = defaultChecklistTemplates.find((x) => x.trigger === "ended")!;
    t.run("ic", { type: "attach-checklist", template, owner: "ic" });
    const postmortem = Object.values(t.state.checklists).find((c) => c.trigger === "ended");
    expect(postmortem?.owner).toBe("ic");
    expectRefusal(
      () => t.run("sue", { type: "check-item", checklistId: postmortem!.id, itemId: "1", checked: true }),
      "NOT_CHECKLIST_OWNER",
    );
    t.run("ic", { type: "check-item", checklistId: postmortem!.id, itemId: "1", checked: true });
    expect(abilitiesFor(t.state, "ic", false)).toMatchObject({
      wrapUp: true,
      report: false,
      tickChecklists: ["ic"],
    });
  });

  it("reopens with a reason, clearing the end", () => {
    const t = new Scenario();
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expectRefusal(() => t.run("ic", { type: "set-status", status: "active" }), "REASON_REQUIRED", "reason");
    t.run("ic", { type: "set-status", status: "active", reason: "errors are back" });
    expect(t.state.status).toBe("active");
    expect(t.state.endedAt).toBeNull();
  });

  it("lets an admin reopen, but only command changes status otherwise", () => {
    const t = new Scenario();
    t.staff(["sue"]);
    expectRefusal(() => t.run("sue", { type: "set-status", status: "stable" }), "NOT_IN_COMMAND");
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    t.run("root", { type: "set-status", status: "active", reason: "audit" }, true);
    expect(t.state.status).toBe("active");
  });

  it("updates synopsis, severity, impact and ETA; refuses no-ops and unknown severities", () => {
    const t = new Scenario();
    t.run("ic", { type: "update", severity: "SEV1", impact: "40% of checkouts fail", eta: "unknown" });
    expect([t.state.severity, t.state.impact, t.state.eta]).toEqual([
      "SEV1",
      "40% of checkouts fail",
      "unknown",
    ]);
    expectRefusal(() => t.run("ic", { type: "update", severity: "SEV1" }), "NOTHING_TO_UPDATE");
    expectRefusal(() => t.run("ic", { type: "update", severity: "SEV7" }), "UNKNOWN_SEVERITY", "severity");
  });

  it("lets the Comms Lead update impact and ETA but not severity", () => {
    const t = new Scenario();
    t.staff(["cara"]);
    t.run("ic", { type: "fill-role", role: "comms-lead", person: "cara" });
    t.run("cara", { type: "update", impact: "EU customers" });
    expect(t.state.impact).toBe("EU customers");
    expectRefusal(() => t.run("cara", { type: "update", severity: "SEV1" }), "NOT_IN_COMMAND");
  });
});
