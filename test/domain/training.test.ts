import { describe, expect, it } from "vitest";
import { trainingOf } from "../../src/capabilities/training/domain/record.js";
import type { Entry } from "../../src/capabilities/training/domain/rules.js";
import {
  DEFAULT_RULES,
  RulesSchema,
  describeRequirement,
  standings,
} from "../../src/capabilities/training/domain/rules.js";
import { Scenario } from "./helpers.js";

const MIN = 60_000;

describe("training records from an incident's record", () => {
  it("measures how long each person held each role and was checked in, across a handover and the end", () => {
    const t = new Scenario("ic", { severity: "SEV2" });
    t.staff(["tl", "bob"]);
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    t.advance(10);
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "bob", notes: "Over to you." });
    const offer = t.log.findLast((e) => e.type === "transfer.offered");
    t.run("bob", { type: "accept-transfer", id: offer?.type === "transfer.offered" ? offer.data.id : "" });
    t.advance(20);
    t.run("bob", { type: "set-status", status: "ended", summary: "Fixed." });
    t.advance(60); // after the end nothing is held
    t.run("bob", { type: "log", text: "wrap-up" });

    const r = trainingOf(t.log);
    const held = (person: string, role: string) =>
      r?.held.find((h) => h.person === person && h.role === role)?.ms;
    // Each command moves the scenario's clock a minute on: the stretches run between events' times.
    const at = (type: string) => Date.parse(t.log.find((e) => e.type === type)?.at ?? "");
    const declared = at("incident.declared");
    const handover = at("transfer.accepted");
    const end = Date.parse(t.log.findLast((e) => e.type === "incident.status-changed")?.at ?? "");
    expect(r?.ended).toBe(true);
    expect(held("ic", "incident-commander")).toBe(handover - declared);
    expect(handover - declared).toBeGreaterThan(10 * MIN);
    expect(held("bob", "incident-commander")).toBe(end - handover);
    expect(held("tl", "tech-lead")).toBe(end - at("role.filled"));
    expect(held("ic", "responder")).toBe(end - declared);
    // After the end nothing is held, however long the wrap-up.
    expect(Math.max(...(r?.held.map((h) => h.ms) ?? []))).toBe(end - declared);
    expect(r?.kind).toBe("real");
  });
});

describe("qualification rules", () => {
  const entry = (incidentId: string, kind: Entry["kind"], role: string, passed: boolean | null): Entry => ({
    incidentId,
    kind,
    role,
    ms: 10 * MIN,
    passed,
  });

  it("qualifies for IC after two passing drills as IC and one real incident as Deputy, with progress until then", () => {
    const ic = (es: Entry[]) => standings(es, DEFAULT_RULES).find((s) => s.role === "incident-commander");
    const drills = [
      entry("d1", "drill", "incident-commander", true),
      entry("d2", "drill", "incident-commander", false),
    ];
    expect(ic(drills)).toEqual({
      role: "incident-commander",
      qualified: false,
      progress: [
        { requirement: "2 drills as Incident Commander with a passing score", have: 1, need: 2, met: false },
        { requirement: "1 real incident as Deputy", have: 0, need: 1, met: false },
      ],
    });
    const all = [
      ...drills,
      entry("d3", "drill", "incident-commander", true),
      entry("r1", "real", "deputy", null),
      // A real incident as IC is not a drill; a drill as Deputy is not a real incident.
      entry("r2", "real", "incident-commander", true),
      entry("d4", "drill", "deputy", true),
    ];
    expect(ic(all)?.qualified).toBe(true);
    // The same incident in two roles counts once per requirement.
    expect(
      standings(
        [entry("r1", "real", "responder", null), entry("r1", "real", "tech-lead", null)],
        [{ role: "tech-lead", requires: [{ count: 2, as: "responder", in: "real", passing: false }] }],
      )[0]?.progress[0]?.have,
    ).toBe(1);
  });

  it("words requirements, and refuses a second rule for the same role at its path", () => {
    expect(describeRequirement({ count: 1, as: "responder", in: "any", passing: false })).toBe(
      "1 incident or drill as a responder",
    );
    expect(describeRequirement({ count: 3, as: "tech-lead", in: "any", passing: true })).toBe(
      "3 incidents or drills as Tech Lead with a passing score",
    );
    const twice = RulesSchema.safeParse([...DEFAULT_RULES, DEFAULT_RULES[0]]);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.path).toEqual([3, "role"]);
    expect(RulesSchema.safeParse([{ role: "tech-lead", requires: [] }]).success).toBe(false);
  });
});
