import { describe, expect, it } from "vitest";
import {
  buildStatusDoc,
  defaultDomainConfig,
  describeEvent,
  renderStatusMarkdown,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

describe("CAN reports, log and decisions", () => {
  it("rolls the latest CAN per responder up under their place in the tree", () => {
    const t = new Scenario();
    t.staff(["tl"]);
    t.staff(["sme"], "tl");
    t.run("sme", { type: "report-can", conditions: "db1 down", actions: "failing over", needs: "none" });
    t.run("tl", {
      type: "report-can",
      conditions: "storage degraded",
      actions: "two SMEs on it",
      needs: "a network SME",
    });
    t.run("sme", { type: "report-can", conditions: "db1 failed over", actions: "watching", needs: "none" });
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.reports.map((r) => [r.reporter, r.depth, r.supervisor, r.conditions])).toEqual([
      ["tl", 1, "ic", "storage degraded"],
      ["sme", 2, "tl", "db1 failed over"],
    ]);
    expect(renderStatusMarkdown(doc)).toContain("Needs: a network SME");
  });

  it("accepts CANs only from responders", () => {
    expectRefusal(
      () => new Scenario().run("zed", { type: "report-can", conditions: "c", actions: "a", needs: "none" }),
      "NOT_A_RESPONDER",
    );
  });

  it("logs free text with an optional key-event flag", () => {
    const t = new Scenario();
    const [e] = t.run("ic", { type: "log", text: "Paged facilities", key: true });
    expect(e).toMatchObject({ type: "log.entry", data: { text: "Paged facilities", key: true } });
  });

  it("records decisions with rationale and who decided", () => {
    const t = new Scenario();
    t.staff(["scribe"]);
    t.run("scribe", {
      type: "decide",
      decision: "Fail over to DC2",
      rationale: "DC1 power ETA unknown",
      decidedBy: "ic",
    });
    expect(buildStatusDoc(t.state, defaultDomainConfig).decisions[0]).toMatchObject({
      decision: "Fail over to DC2",
      decidedBy: "ic",
      by: "scribe",
    });
    expectRefusal(
      () => t.run("scribe", { type: "decide", decision: "x", rationale: "y", decidedBy: "zed" }),
      "NOT_CHECKED_IN",
      "decidedBy",
    );
  });

  it("stamps every event with the actor and the roles they held at that moment", () => {
    const t = new Scenario();
    t.staff(["sam"]);
    const [before] = t.run("sam", { type: "log", text: "joining" });
    t.run("ic", { type: "fill-role", role: "scribe", person: "sam" });
    const [after] = t.run("sam", { type: "log", text: "now scribing" });
    expect(before?.actorRoles).toEqual([]);
    expect(after?.actorRoles).toEqual(["scribe"]);
    expect(after?.actor).toBe("sam");
  });

  it("shows the whole snapshot in the status doc", () => {
    const t = new Scenario();
    t.run("ic", { type: "check-in", person: "sue" });
    t.run("ic", { type: "update", impact: "EU checkout down", eta: "30 min" });
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc).toMatchObject({
      name: "Incident 26-Alpha",
      severity: "SEV2",
      status: "active",
      kind: "real",
      impact: "EU checkout down",
      eta: "30 min",
      seq: t.state.seq,
    });
    expect(doc.staging.map((s) => s.person)).toEqual(["sue"]);
    expect(doc.updatedAt).toBe(t.log[t.log.length - 1]?.at);
  });
});

describe("update cadence", () => {
  it("shows the next update due from declaration, by severity, and resets when an update is posted", () => {
    const t = new Scenario("ic", { severity: "SEV1" });
    const declared = Date.parse(t.state.declaredAt);
    let doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.cadenceMinutes).toBe(30);
    expect(doc.nextUpdateDueAt).toBe(new Date(declared + 30 * 60_000).toISOString());
    const [posted] = t.run("ic", { type: "post-update", text: "Mitigation in progress" });
    doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.lastUpdate).toMatchObject({ by: "ic", text: "Mitigation in progress" });
    expect(doc.nextUpdateDueAt).toBe(new Date(Date.parse(posted!.at) + 30 * 60_000).toISOString());
    t.run("ic", { type: "update", severity: "SEV3" });
    expect(buildStatusDoc(t.state, defaultDomainConfig).nextUpdateDueAt).toBe(
      new Date(Date.parse(posted!.at) + 240 * 60_000).toISOString(),
    );
    expect(renderStatusMarkdown(buildStatusDoc(t.state, defaultDomainConfig))).toContain("Next update due:");
  });

  it("records why the severity changed, and never a reason alone", () => {
    const t = new Scenario();
    const [changed] = t.run("ic", {
      type: "update",
      severity: "SEV3",
      reason: "  EU only, failover holding ",
    });
    expect(changed).toMatchObject({
      type: "incident.updated",
      data: { severity: "SEV3", reason: "EU only, failover holding" },
    });
    expect(describeEvent(changed!)).toContain("severity → SEV3 (reason: EU only, failover holding)");
    expect(describeEvent(changed!)).not.toContain("reason →");
    expectRefusal(() => t.run("ic", { type: "update", reason: "just because" }), "NOTHING_TO_UPDATE");
  });

  it("lets the IC, Deputy or Comms Lead post updates, nobody else; none are due once ended", () => {
    const t = new Scenario();
    t.staff(["cara", "sme"]);
    t.run("ic", { type: "fill-role", role: "comms-lead", person: "cara" });
    t.run("cara", { type: "post-update", text: "Investigating" });
    expectRefusal(() => t.run("sme", { type: "post-update", text: "x" }), "NOT_IN_COMMAND");
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expect(buildStatusDoc(t.state, defaultDomainConfig).nextUpdateDueAt).toBeNull();
  });
});

describe("the incident channel", () => {
  it("marks messages from people who are not checked in as freelancing", () => {
    const t = new Scenario();
    const [fromIc] = t.run("ic", { type: "post-message", text: "status?" });
    expect(fromIc).toMatchObject({ type: "message.posted", data: { text: "status?", freelancing: false } });
    const [fromOutsider] = t.run("zed", { type: "post-message", text: "I bounced the LB" });
    expect(fromOutsider?.data).toEqual({ text: "I bounced the LB", freelancing: true });
  });

  it("takes no messages once the incident has ended", () => {
    const t = new Scenario();
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expectRefusal(() => t.run("ic", { type: "post-message", text: "late" }), "INCIDENT_ENDED");
  });
});
