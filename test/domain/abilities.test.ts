import { describe, expect, it } from "vitest";
import type { Command } from "../../src/domain/index.js";
import { DomainError, abilitiesFor, decide } from "../../src/domain/index.js";
import { Scenario } from "./helpers.js";

/** Whether a command is accepted (decide is pure, so nothing is kept). */
function accepted(t: Scenario, actor: string, cmd: Command): boolean {
  try {
    decide(t.state, cmd, { actor, now: t.nextNow, config: t.config, isAdmin: false, newId: () => "probe" });
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}

describe("abilities", () => {
  it("agree with the commands they stand for, person by person", () => {
    const t = new Scenario();
    t.staff(["tl"]);
    t.staff(["sme"], "tl");
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    for (const person of ["ic", "tl", "sme", "zed"]) {
      const can = abilitiesFor(t.state, person, false);
      expect(can.report, person).toBe(accepted(t, person, { type: "log", text: "x" }));
      expect(can.checkIn, person).toBe(accepted(t, person, { type: "check-in", person }));
      expect(can.command, person).toBe(accepted(t, person, { type: "update", synopsis: "new words" }));
      expect(can.setStatus.includes("stable"), person).toBe(
        accepted(t, person, { type: "set-status", status: "stable" }),
      );
      expect(can.organise.includes("sme"), person).toBe(
        accepted(t, person, { type: "move", person: "sme", supervisor: null }),
      );
      expect(can.handOverCommand, person).toBe(
        accepted(t, person, { type: "offer-transfer", role: "incident-commander", to: "tl", notes: "" }),
      );
    }
  });

  it("offer nothing but reopening once the incident has ended", () => {
    const t = new Scenario();
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    const can = abilitiesFor(t.state, "ic", false);
    expect(can).toMatchObject({ command: false, report: false, message: false, organise: [] });
    expect(can.setStatus).toEqual(["active"]);
    expect(abilitiesFor(t.state, "zed", true).setStatus).toEqual(["active"]);
    expect(abilitiesFor(t.state, "zed", false).setStatus).toEqual([]);
  });
});
