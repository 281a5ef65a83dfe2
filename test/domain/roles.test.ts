import { describe, expect, it } from "vitest";
import { buildStatusDoc, defaultDomainConfig, parseRole } from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

describe("roles", () => {
  it("shows the IC as acting in every unfilled role", () => {
    const doc = buildStatusDoc(new Scenario().state, defaultDomainConfig);
    const acting = doc.roles.filter((r) => r.acting).map((r) => r.role);
    expect(acting).toEqual(["tech-lead", "comms-lead", "scribe"]);
    expect(doc.roles.find((r) => r.role === "scribe")?.holders).toEqual(["ic"]);
  });

  it("fills a vacant role, recording who, by whom and when; the IC stops acting in it", () => {
    const t = new Scenario();
    t.staff(["sam"]);
    const [filled] = t.run("ic", { type: "fill-role", role: "scribe", person: "sam" });
    expect(t.state.roles.scribe).toEqual(["sam"]);
    const tenure = t.state.roleHistory.find((h) => h.role === "scribe");
    expect(tenure).toMatchObject({ holder: "sam", by: "ic", from: filled?.at, to: null, via: "fill" });
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.roles.find((r) => r.role === "scribe")).toMatchObject({ holders: ["sam"], acting: false });
  });

  it("refuses to fill a role someone holds: transfer it instead", () => {
    const t = new Scenario();
    t.staff(["sam", "tom"]);
    t.run("ic", { type: "fill-role", role: "scribe", person: "sam" });
    expectRefusal(
      () => t.run("ic", { type: "fill-role", role: "scribe", person: "tom" }),
      "ROLE_FILLED",
      "role",
    );
  });

  it("allows several SMEs and liaisons per stakeholder group", () => {
    const t = new Scenario();
    t.staff(["a", "b", "c"]);
    t.run("ic", { type: "fill-role", role: "sme", person: "a" });
    t.run("ic", { type: "fill-role", role: "sme", person: "b" });
    t.run("ic", { type: "fill-role", role: "liaison:customers", person: "c" });
    expect(t.state.roles.sme).toEqual(["a", "b"]);
    expect(t.state.roles["liaison:customers"]).toEqual(["c"]);
    expectRefusal(() => t.run("ic", { type: "fill-role", role: "sme", person: "a" }), "ALREADY_HOLDS_ROLE");
  });

  it("refuses a role for someone not checked in, and by someone not in command", () => {
    const t = new Scenario();
    t.staff(["sam"]);
    expectRefusal(
      () => t.run("ic", { type: "fill-role", role: "scribe", person: "zed" }),
      "NOT_CHECKED_IN",
      "person",
    );
    expectRefusal(() => t.run("sam", { type: "fill-role", role: "scribe", person: "sam" }), "NOT_IN_COMMAND");
  });

  it("rejects malformed role names", () => {
    expect(parseRole("liaison:customers")).toBe("liaison:customers");
    expectRefusal(() => parseRole("boss"), "INVALID_ROLE", "role");
    expectRefusal(() => parseRole("liaison:Big Customers"), "INVALID_ROLE");
  });

  it("lets any responder take a vacant IC position; the TL then works under them", () => {
    const t = new Scenario("tl", { declarerRole: "tech-lead" });
    t.run("tl", { type: "check-in", person: "ivy" });
    t.run("ivy", { type: "fill-role", role: "incident-commander", person: "ivy" });
    expect(t.state.roles["incident-commander"]).toEqual(["ivy"]);
    expect(t.state.responders.tl?.supervisor).toBeNull();
    expect(t.state.responders.ivy?.supervisor).toBeNull();
  });

  it("answers who held IC from when to when", () => {
    const t = new Scenario("ann");
    t.staff(["bo"], null, "ann");
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "bo", notes: "" });
    const [accepted] = t.run("bo", { type: "accept-transfer", id: "t1" });
    const ic = t.state.roleHistory.filter((h) => h.role === "incident-commander");
    expect(ic.map((h) => [h.holder, h.to === null])).toEqual([
      ["ann", false],
      ["bo", true],
    ]);
    expect(ic[0]?.to).toBe(accepted?.at);
    expect(ic[1]?.from).toBe(accepted?.at);
  });
});
