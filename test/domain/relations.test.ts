import { describe, expect, it } from "vitest";
// The core first: the capability's rules reach back into it, and it registers them.
import type { DeclareCommand, IncidentState } from "../../src/domain/index.js";
import { buildStatusDoc, defaultDomainConfig, describeEvent, noticesFor } from "../../src/domain/index.js";
import type { Target } from "../../src/capabilities/relations/domain/index.js";
import { childSummary, conflictsOf } from "../../src/capabilities/relations/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

function incident(ic: string, n: number, cmd: Partial<DeclareCommand> = {}): Scenario {
  return new Scenario(ic, { name: `inc-${String(n)}`, ...cmd }, defaultDomainConfig, {
    id: `id-${String(n)}`,
    number: n,
  });
}

function targetOf(s: IncidentState): Target {
  return {
    id: s.id,
    number: s.number,
    name: s.name,
    visibility: s.visibility,
    status: s.status,
    umbrella: s.relations.umbrella,
    commander: s.roles["incident-commander"]?.[0] ?? null,
  };
}

const ref = (s: IncidentState) => ({ id: s.id, number: s.number, name: s.name });

describe("meta-response", () => {
  it("links incidents both ways, and the mirrored side is idempotent", () => {
    const a = incident("ann", 1);
    const b = incident("bob", 2);
    a.run("ann", { type: "link-incident", target: targetOf(b.state), kind: "caused-by" });
    expectRefusal(
      () => a.run("ann", { type: "link-incident", target: targetOf(b.state), kind: "related" }),
      "RELATION_EXISTS",
      "incident",
    );
    expectRefusal(
      () => a.run("ann", { type: "link-incident", target: targetOf(a.state), kind: "related" }),
      "INVALID_RELATION",
    );
    const [mirrored] = b.run("muster", { type: "mirror-link", source: ref(a.state), kind: "causes" });
    expect(describeEvent(mirrored!)).toContain("this incident is the cause of it");
    expect(noticesFor(b.state, [mirrored!]).map((n) => n.recipient)).toEqual(["bob"]);
    expect(b.run("muster", { type: "mirror-link", source: ref(a.state), kind: "causes" })).toEqual([]);
    expect(buildStatusDoc(b.state, defaultDomainConfig).relations.links).toMatchObject([
      { kind: "causes", incident: { number: 1 } },
    ]);
    a.run("ann", { type: "unlink-incident", target: ref(b.state) });
    b.run("muster", { type: "mirror-link", source: ref(a.state), kind: null });
    expect(b.state.relations.links).toEqual([]);
  });

  it("keeps restricted incidents out of every relation", () => {
    const a = incident("ann", 1, { visibility: "restricted" });
    const b = incident("bob", 2);
    expectRefusal(
      () => a.run("ann", { type: "link-incident", target: targetOf(b.state), kind: "related" }),
      "RESTRICTED_RELATION",
    );
    expectRefusal(
      () => b.run("bob", { type: "link-incident", target: targetOf(a.state), kind: "related" }),
      "RESTRICTED_RELATION",
    );
    const u = incident("uma", 3, { umbrella: true });
    expectRefusal(
      () => a.run("ann", { type: "attach-to-umbrella", target: targetOf(u.state) }),
      "RESTRICTED_RELATION",
      "umbrella",
    );
  });

  it("merges a duplicate: it ends with work in flight confirmed, its people and audience move, key entries are referenced", () => {
    const dup = incident("dan", 1, { audience: ["vp"] });
    const main = incident("mia", 2);
    dup.staff(["sue"], null, "dan");
    dup.run("dan", { type: "assign-task", assignee: "sue", task: "check the LB", timeBoxMinutes: 15 });
    expectRefusal(
      () => dup.run("sue", { type: "merge-into", target: targetOf(main.state) }),
      "NOT_IN_COMMAND",
    );
    expectRefusal(
      () => dup.run("dan", { type: "merge-into", target: targetOf(main.state) }),
      "WORK_IN_FLIGHT",
      "confirm",
    );
    const events = dup.run("dan", { type: "merge-into", target: targetOf(main.state), confirm: true });
    expect(events.map((e) => e.type)).toEqual([
      "relation.linked",
      "relation.merged",
      "task.cancelled",
      "incident.status-changed",
    ]);
    expect(dup.state.status).toBe("ended");
    expect(dup.state.summary).toBe("Merged into #2 inc-2.");
    expect(
      noticesFor(dup.state, [events[1]!])
        .map((n) => n.recipient)
        .sort(),
    ).toEqual(["sue", "vp"]);

    const absorb = {
      type: "absorb-duplicate" as const,
      source: ref(dup.state),
      responders: ["dan", "sue"],
      audience: ["vp"],
      keyEntries: [{ seq: 4, at: "2026-11-23T10:04:00Z", text: "LB health checks failing" }],
    };
    const absorbed = main.run("muster", absorb);
    expect(absorbed.map((e) => e.type)).toEqual([
      "relation.absorbed",
      "responder.checked-in",
      "responder.checked-in",
    ]);
    expect(main.state.audience).toContain("vp");
    expect(main.state.responders.sue?.note).toBe("from #1 inc-1, merged into this incident");
    expect(main.run("muster", absorb)).toEqual([]);
  });

  it("rolls each child up into its umbrella, seats its Liaison there, and shows a missing Liaison on both sides", () => {
    const u = incident("uma", 1, { umbrella: true });
    const c = incident("cal", 2, { severity: "SEV2" });
    const other = incident("oli", 3);
    expectRefusal(
      () => c.run("cal", { type: "attach-to-umbrella", target: targetOf(other.state) }),
      "INVALID_RELATION",
      "umbrella",
    );
    expectRefusal(
      () => c.run("zed", { type: "attach-to-umbrella", target: targetOf(u.state) }),
      "NOT_IN_COMMAND",
    );
    const [attached] = c.run("cal", { type: "attach-to-umbrella", target: targetOf(u.state) });
    expect(noticesFor(c.state, [attached!]).map((n) => n.recipient)).toEqual([]); // cal attached it himself
    const codes = (s: IncidentState) => buildStatusDoc(s, defaultDomainConfig).warnings.map((w) => w.code);
    expect(codes(c.state)).toContain("LIAISON_MISSING");

    u.run("muster", { type: "track-child", summary: childSummary(c.state), attached: true });
    expect(codes(u.state)).toContain("LIAISON_MISSING");
    expect(buildStatusDoc(u.state, defaultDomainConfig).relations.children).toMatchObject([
      { incident: { number: 2 }, severity: "SEV2", commander: "cal", liaison: null },
    ]);

    c.run("cal", { type: "check-in", person: "lee" });
    c.run("cal", { type: "fill-role", role: "liaison:umbrella", person: "lee" });
    c.run("lee", {
      type: "report-can",
      conditions: "EU down",
      actions: "failing over",
      needs: "a network engineer",
    });
    expect(codes(c.state)).not.toContain("LIAISON_MISSING");
    const rolled = u.run("muster", { type: "track-child", summary: childSummary(c.state), attached: true });
    expect(rolled.map((e) => e.type)).toEqual([
      "umbrella.child-reported",
      "responder.checked-in",
      "role.filled",
    ]);
    expect(describeEvent(rolled[0]!)).toBe("#2 inc-2: Liaison lee, new CAN from lee, 1 open needs");
    expect(u.state.roles["liaison:inc-2"]).toEqual(["lee"]);
    expect(codes(u.state)).not.toContain("LIAISON_MISSING");
    // The same picture again (an older or unchanged summary) records nothing.
    expect(u.run("muster", { type: "track-child", summary: childSummary(c.state), attached: true })).toEqual(
      [],
    );

    c.run("cal", { type: "detach-from-umbrella" });
    const left = u.run("muster", { type: "track-child", summary: childSummary(c.state), attached: false });
    expect(left.map((e) => e.type)).toEqual(["role.vacated", "umbrella.child-detached"]);
    expect(u.state.relations.children).toEqual({});
  });

  it("shows people committed to two running incidents, across an umbrella's children, but not a Liaison's seat", () => {
    const u = incident("uma", 1, { umbrella: true });
    const a = incident("ann", 2);
    const b = incident("bob", 3);
    for (const child of [a, b]) {
      child.run(child.state.roles["incident-commander"]![0]!, {
        type: "attach-to-umbrella",
        target: targetOf(u.state),
      });
    }
    a.run("ann", { type: "check-in", person: "sue" });
    b.run("bob", { type: "check-in", person: "sue" });
    a.run("ann", { type: "check-in", person: "lee" });
    a.run("ann", { type: "fill-role", role: "liaison:umbrella", person: "lee" });
    for (const child of [a, b]) {
      u.run("muster", { type: "track-child", summary: childSummary(child.state), attached: true });
    }
    const running = [u.state, a.state, b.state];
    expect(conflictsOf(a.state, running).map((c) => c.person)).toEqual(["sue"]);
    const all = conflictsOf(u.state, running);
    expect(all).toMatchObject([{ person: "sue", incidents: [{ number: 2 }, { number: 3 }] }]);
  });
});
