import { describe, expect, it } from "vitest";
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

  it("refuses every change to an ended incident except reopen", () => {
    const t = new Scenario();
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expectRefusal(() => t.run("ic", { type: "log", text: "late note" }), "INCIDENT_ENDED");
    expectRefusal(() => t.run("ic", { type: "set-status", status: "stable" }), "INVALID_TRANSITION");
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
