import { describe, expect, it } from "vitest";
import {
  buildStatusDoc,
  decideDeclare,
  defaultDomainConfig,
  generateCodename,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

const ctx = {
  actor: "sue",
  now: new Date("2026-03-01T00:00:00Z"),
  config: defaultDomainConfig,
  id: "x",
  number: 1,
  openNames: [],
};

describe("declare", () => {
  it("makes the declarer IC by default, checked in and at the root", () => {
    const t = new Scenario("sue");
    expect(t.state.roles["incident-commander"]).toEqual(["sue"]);
    expect(t.state.responders.sue?.status).toBe("assigned");
    expect(t.state.responders.sue?.supervisor).toBeNull();
    expect(t.log[0]?.actorRoles).toEqual(["incident-commander"]);
  });

  it("generates a codename when no name is given, unique among open incidents", () => {
    expect(generateCodename(1, 2026, [])).toBe("Incident 26-Alpha");
    expect(generateCodename(1, 2026, ["Incident 26-Alpha"])).toBe("Incident 26-Bravo");
    expect(generateCodename(2, 2026, [])).toBe("Incident 26-Bravo");
    const all = Array.from({ length: 26 }, (_, i) => generateCodename(i + 1, 2026, []));
    expect(new Set(all).size).toBe(26);
    expect(generateCodename(1, 2026, all)).toBe("Incident 26-Alpha-2");
  });

  it("refuses a chosen name already used by an open incident", () => {
    expectRefusal(
      () => decideDeclare({ synopsis: "s", name: "db down" }, { ...ctx, openNames: ["DB Down"] }),
      "NAME_TAKEN",
      "name",
    );
  });

  it("defaults severity to the configured level and refuses unknown levels", () => {
    expect(new Scenario().state.severity).toBe("SEV2");
    expectRefusal(
      () => decideDeclare({ synopsis: "s", severity: "SEV9" }, ctx),
      "UNKNOWN_SEVERITY",
      "severity",
    );
  });

  it("accepts configured severities", () => {
    const config = {
      ...defaultDomainConfig,
      severities: [{ level: "P1", definition: "bad", response: "all hands" }],
      defaultSeverity: "P1",
    };
    const t = new Scenario("sue", { severity: "P1" }, config);
    expect(buildStatusDoc(t.state, config).severityDefinition).toBe("bad");
  });

  it("records kind and visibility", () => {
    const t = new Scenario("sue", { kind: "drill", visibility: "restricted" });
    expect(t.state.kind).toBe("drill");
    expect(t.state.visibility).toBe("restricted");
  });

  it("lets the declarer name another commander, who is checked in as IC", () => {
    const t = new Scenario("sue", { commander: "bob" });
    expect(t.state.roles["incident-commander"]).toEqual(["bob"]);
    expect(t.state.responders.sue?.status).toBe("available");
  });

  it("lets a first responder declare as Tech Lead and leave IC wanted", () => {
    const t = new Scenario("sue", { declarerRole: "tech-lead" });
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.commander).toBeNull();
    expect(doc.commanderWanted).toBe(true);
    expect(doc.warnings.map((w) => w.code)).toContain("COMMANDER_WANTED");
    expect(t.state.roles["tech-lead"]).toEqual(["sue"]);
  });
});
