import { describe, expect, it } from "vitest";
import { buildOrgTree, defaultDomainConfig, foldEvents, renderOrgTree } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

describe("org tree", () => {
  it("puts a check-in in staging, available, until assigned", () => {
    const t = new Scenario();
    t.run("ic", { type: "check-in", person: "sue", skills: ["mysql"], note: "on laptop" });
    expect(t.state.responders.sue).toMatchObject({
      status: "available",
      skills: ["mysql"],
      note: "on laptop",
    });
    expect(buildOrgTree(t.state, defaultDomainConfig).staging).toEqual(["sue"]);
  });

  it("refuses a second check-in while checked in", () => {
    const t = new Scenario();
    t.run("ic", { type: "check-in", person: "sue" });
    expectRefusal(() => t.run("sue", { type: "check-in", person: "sue" }), "ALREADY_CHECKED_IN", "person");
  });

  it("lets anyone check themself in, but only responders check in others", () => {
    const t = new Scenario();
    t.run("sue", { type: "check-in", person: "sue" });
    expectRefusal(() => t.run("zed", { type: "check-in", person: "amy" }), "NOT_A_RESPONDER");
  });

  it("assigns under a supervisor: every person has exactly one", () => {
    const t = new Scenario();
    t.staff(["tl"]);
    t.staff(["a", "b"], "tl");
    const tree = buildOrgTree(t.state, defaultDomainConfig);
    expect(tree.root.person).toBe("ic");
    expect(tree.root.directReports.map((n) => n.person)).toEqual(["tl"]);
    expect(tree.root.directReports[0]?.directReports.map((n) => n.person)).toEqual(["a", "b"]);
  });

  it("refuses to give an assigned person a second supervisor: move them instead", () => {
    const t = new Scenario();
    t.staff(["tl", "a"]);
    expectRefusal(
      () => t.run("ic", { type: "assign", person: "a", supervisor: "tl" }),
      "ALREADY_ASSIGNED",
      "person",
    );
  });

  it("refuses assigning someone not checked in", () => {
    expectRefusal(
      () => new Scenario().run("ic", { type: "assign", person: "zed" }),
      "NOT_CHECKED_IN",
      "person",
    );
  });

  it("refuses a supervisor who is not in the response or still in staging", () => {
    const t = new Scenario();
    t.run("ic", { type: "check-in", person: "a" });
    t.run("ic", { type: "check-in", person: "b" });
    expectRefusal(
      () => t.run("ic", { type: "assign", person: "a", supervisor: "zed" }),
      "SUPERVISOR_NOT_IN_RESPONSE",
      "supervisor",
    );
    expectRefusal(
      () => t.run("ic", { type: "assign", person: "a", supervisor: "b" }),
      "SUPERVISOR_NOT_IN_RESPONSE",
      "supervisor",
    );
  });

  it("refuses self-supervision and cycles", () => {
    const t = new Scenario();
    t.staff(["a"]);
    t.staff(["b"], "a");
    t.staff(["c"], "b");
    expectRefusal(() => t.run("ic", { type: "move", person: "a", supervisor: "a" }), "SELF_SUPERVISION");
    expectRefusal(() => t.run("ic", { type: "move", person: "a", supervisor: "c" }), "CYCLE", "supervisor");
  });

  it("moves a person with their whole branch in one event", () => {
    const t = new Scenario();
    t.staff(["a", "b"]);
    t.staff(["c", "d"], "a");
    const events = t.run("ic", { type: "move", person: "a", supervisor: "b" });
    expect(events).toHaveLength(1);
    const tree = buildOrgTree(t.state, defaultDomainConfig);
    const b = tree.root.directReports.find((n) => n.person === "b");
    expect(b?.directReports[0]?.person).toBe("a");
    expect(b?.directReports[0]?.directReports.map((n) => n.person)).toEqual(["c", "d"]);
  });

  it("refuses to move the IC, who is the root", () => {
    const t = new Scenario();
    t.staff(["a"]);
    expectRefusal(() => t.run("ic", { type: "move", person: "ic", supervisor: "a" }), "COMMANDER_IS_ROOT");
  });

  it("advises near the span of control, warns above it (configurable), suggesting groups", () => {
    const t = new Scenario();
    t.staff(["a", "b", "c", "d", "e"]);
    expect(buildOrgTree(t.state, defaultDomainConfig).warnings).toEqual([]);
    t.staff(["f", "g"]);
    const near = buildOrgTree(t.state, defaultDomainConfig).warnings;
    expect(near.map((w) => w.code)).toEqual(["SPAN_NEAR_LIMIT"]);
    expect(near[0]?.message).toMatch(/7 direct reports, near the limit of 7; consider forming a group/);
    t.staff(["h"]);
    const tree = buildOrgTree(t.state, defaultDomainConfig);
    expect(tree.root.warnings[0]?.code).toBe("SPAN_OF_CONTROL");
    expect(tree.root.warnings[0]?.message).toMatch(/8 direct reports.*groups/);
    const strict = buildOrgTree(t.state, { ...defaultDomainConfig, spanOfControlMax: 10 });
    expect(strict.warnings).toEqual([]);
    const few = new Scenario();
    few.staff(["a", "b"]);
    expect(buildOrgTree(few.state, defaultDomainConfig).warnings).toEqual([]);
  });

  it("forms nested groups with leads; members report to the lead; a group moves as one event", () => {
    const t = new Scenario();
    t.staff(["net", "lan", "wan", "x", "y"]);
    t.run("ic", { type: "form-group", group: "network", lead: "net" });
    t.run("ic", { type: "form-group", group: "lan", lead: "lan", supervisor: "net" });
    t.run("ic", { type: "move", person: "x", supervisor: "lan" });
    expectRefusal(
      () => t.run("ic", { type: "form-group", group: "lan", lead: "y" }),
      "GROUP_EXISTS",
      "group",
    );
    t.run("ic", { type: "check-in", person: "z" });
    t.run("ic", { type: "assign", person: "z", group: "lan" });
    expect(t.state.responders.z?.supervisor).toBe("lan");
    const tree = buildOrgTree(t.state, defaultDomainConfig);
    const network = tree.root.directReports.find((n) => n.person === "net");
    expect(network?.group).toBe("network");
    expect(network?.directReports[0]).toMatchObject({ person: "lan", group: "lan" });
    const moved = t.run("ic", { type: "move-group", group: "lan", supervisor: "wan" });
    expect(moved).toHaveLength(1);
    expect(t.state.responders.lan?.supervisor).toBe("wan");
    expect(t.state.responders.z?.supervisor).toBe("lan");
    expectRefusal(
      () => t.run("ic", { type: "move-group", group: "nope", supervisor: null }),
      "GROUP_NOT_FOUND",
    );
  });

  it("computes the tree at any past time from the log", () => {
    const t = new Scenario();
    t.staff(["a", "b"]);
    const before = t.state.seq;
    t.run("ic", { type: "move", person: "b", supervisor: "a" });
    const past = foldEvents(t.log.filter((e) => e.seq <= before));
    expect(past?.responders.b?.supervisor).toBeNull();
    expect(t.state.responders.b?.supervisor).toBe("a");
    expect(foldEvents(t.log)).toEqual(t.state);
  });

  it("draws the tree as text with badges and warnings", () => {
    const t = new Scenario();
    t.staff(["tl"]);
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    t.staff(["a"], "tl");
    const text = renderOrgTree(buildOrgTree(t.state, defaultDomainConfig));
    expect(text).toContain("ic [IC, acting Scribe, acting Comms]");
    expect(text).toContain("└── tl [TL]");
    expect(text).toContain("    └── a");
  });
});

describe("release", () => {
  it("demobilises a responder and vacates their roles", () => {
    const t = new Scenario();
    t.staff(["sam"]);
    t.run("ic", { type: "fill-role", role: "scribe", person: "sam" });
    const events = t.run("ic", { type: "release", person: "sam", reason: "shift over" });
    expect(events.map((e) => e.type)).toEqual(["role.vacated", "responder.released"]);
    expect(t.state.responders.sam?.status).toBe("released");
    expect(t.state.roles.scribe).toBeUndefined();
  });

  it("refuses to release someone with reports until they are reassigned", () => {
    const t = new Scenario();
    t.staff(["tl"]);
    t.staff(["a"], "tl");
    const err = expectRefusal(() => t.run("ic", { type: "release", person: "tl" }), "HAS_REPORTS");
    expect(err.message).toContain("a");
  });

  it("refuses to release the IC without a transfer", () => {
    expectRefusal(
      () => new Scenario().run("ic", { type: "release", person: "ic" }),
      "CANNOT_RELEASE_COMMANDER",
    );
  });

  it("withdraws open offers to a released person and allows re-check-in later", () => {
    const t = new Scenario();
    t.staff(["a"]);
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "a", notes: "" });
    t.run("ic", { type: "release", person: "a" });
    expect(t.state.transfers).toEqual({});
    t.run("a", { type: "check-in", person: "a" });
    expect(t.state.responders.a?.status).toBe("available");
  });

  it("lets a supervisor release people in their own branch, not elsewhere", () => {
    const t = new Scenario();
    t.staff(["tl", "other"]);
    t.staff(["a"], "tl");
    t.run("tl", { type: "release", person: "a" });
    expectRefusal(() => t.run("tl", { type: "release", person: "other" }), "NOT_IN_COMMAND");
  });
});
