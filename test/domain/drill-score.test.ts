import { describe, expect, it } from "vitest";
import { scoreDrill } from "../../src/capabilities/drills/domain/score.js";
import type { DrillScore } from "../../src/capabilities/drills/domain/score.js";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { Scenario } from "./helpers.js";

const verdicts = (s: DrillScore) => Object.fromEntries(s.practices.map((p) => [p.id, p.verdict]));

function score(t: Scenario): DrillScore {
  const start = t.log[0]?.at ?? "";
  return scoreDrill(t.log, defaultDomainConfig, { start });
}

function change(t: Scenario, who: string): string {
  const [e] = t.run(who, {
    type: "change-propose",
    what: "fail over to the standby",
    why: "primary lost power",
    system: "db",
    risk: "high",
    rollbackPlan: "fail back",
  });
  if (e?.type !== "change.proposed") throw new Error("expected change.proposed");
  return e.data.id;
}

describe("scoring a drill against the practices", () => {
  it("scores a disciplined response as keeping every practice it tested, with the evidence", () => {
    const t = new Scenario("ic", { severity: "SEV1" });
    t.staff(["tl", "sue", "bob"]);
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    t.run("tl", { type: "report-can", conditions: "hall B dark", actions: "failing over", needs: "none" });
    const id = change(t, "sue");
    t.run("tl", { type: "change-clear", id });
    t.run("sue", { type: "change-start", id });
    t.run("sue", { type: "change-observe", id, result: "standby serving" });
    t.run("tl", { type: "change-keep", id });
    t.run("ic", { type: "post-update", text: "Failed over; customers recovering" });
    t.advance(15);
    t.run("tl", {
      type: "report-can",
      conditions: "serving from standby",
      actions: "watching",
      needs: "none",
    });
    t.run("ic", {
      type: "offer-transfer",
      role: "incident-commander",
      to: "bob",
      notes: "Failed over; watch lag.",
    });
    const offer = t.log.findLast((e) => e.type === "transfer.offered");
    t.run("bob", { type: "accept-transfer", id: offer?.type === "transfer.offered" ? offer.data.id : "" });
    t.run("bob", { type: "set-status", status: "ended", summary: "Power restored; back on the primary." });

    const s = score(t);
    expect(verdicts(s)).toEqual({
      "command-early": "kept",
      "ic-tl-apart": "kept",
      "can-cadence": "kept",
      "span-of-control": "kept",
      "no-freelancing": "kept",
      handovers: "kept",
      "change-protocol": "kept",
      "update-cadence": "kept",
      "needs-answered": "not-tested",
      "end-announced": "kept",
    });
    expect(s.score).toBe(1);
    expect(s.passed).toBe(true);
    const cans = s.practices.find((p) => p.id === "can-cadence");
    expect(cans?.evidence).toHaveLength(2);
    expect(cans?.finding).toMatch(/^First CAN \d+ min after the IC; 2 in all/);
    expect(cans?.lesson).toContain("Conditions, Actions and Needs");
    // Every piece of evidence is an event of the record.
    const seqs = new Set(t.log.map((e) => e.seq));
    for (const p of s.practices) for (const seq of p.evidence) expect(seqs.has(seq)).toBe(true);
  });

  it("scores a crowd without command, doubled roles, freelancing, an overruled objection and no end as failing", () => {
    const t = new Scenario("ic", { severity: "SEV1", declarerRole: "tech-lead" });
    t.advance(20);
    for (const who of ["x", "y", "z"]) t.run(who, { type: "post-message", text: "I restarted the db" });
    t.run("ic", { type: "fill-role", role: "incident-commander", person: "ic" });
    t.staff(["sue", "bob"]);
    const id = change(t, "sue");
    t.run("bob", { type: "change-object", id, reason: "standby is stale" });
    t.run("ic", { type: "change-start", id, override: "no time" });
    t.advance(90);

    const s = score(t);
    expect(verdicts(s)).toMatchObject({
      "command-early": "missed",
      "ic-tl-apart": "missed",
      "can-cadence": "missed",
      "no-freelancing": "missed",
      handovers: "not-tested",
      "change-protocol": "missed",
      "end-announced": "missed",
    });
    expect(s.passed).toBe(false);
    expect(s.score).toBeLessThan(0.3);
    expect(s.practices.find((p) => p.id === "no-freelancing")?.evidence).toHaveLength(3);
    expect(s.practices.find((p) => p.id === "command-early")?.finding).toMatch(
      /IC|Incident Commander|command/,
    );
  });

  it("counts a span of control crossed, and command taken without a handover", () => {
    const t = new Scenario("ic");
    t.staff(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(verdicts(score(t))).toMatchObject({ "span-of-control": "partly", handovers: "not-tested" });
    t.run("ic", { type: "designate-successor", person: "a" });
    t.run("a", { type: "assume-command", reason: "ic unreachable" }, false);
    const s = score(t);
    expect(verdicts(s)).toMatchObject({ handovers: "missed" });
    expect(s.practices.find((p) => p.id === "handovers")?.finding).toContain("1 command taken without one");
  });
});
