import { describe, expect, it } from "vitest";
import type { ChecklistTemplate, EventEnvelope } from "../../src/domain/index.js";
import {
  buildStatusDoc,
  checklistsFor,
  defaultChecklistTemplates,
  defaultDomainConfig,
  stamp,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

let ids = 0;
const newId = () => `c${++ids}`;

/** Runs a command, then attaches the checklists its events start, as the write path does. */
function runWithChecklists(
  t: Scenario,
  actor: string,
  events: EventEnvelope[],
  templates = defaultChecklistTemplates,
): string[] {
  const attach = checklistsFor(t.state, events, templates, newId);
  const out = stamp(t.state, attach, actor, new Date("2026-11-23T12:00:00Z"));
  t.state = out.state;
  return out.envelopes.map((e) => (e.type === "checklist.attached" ? e.data.templateId : e.type));
}

describe("checklists", () => {
  it("attaches the declaring and IC checklists to the IC when an incident is declared", () => {
    const t = new Scenario();
    expect(runWithChecklists(t, "ic", t.log)).toEqual(["declared", "incident-commander"]);
    const doc = buildStatusDoc(t.state, defaultDomainConfig);
    expect(doc.checklists.map((c) => c.owner)).toEqual(["ic", "ic"]);
    expect(doc.commanderOpenItems.length).toBe(
      defaultChecklistTemplates
        .filter((c) => c.id === "declared" || c.id === "incident-commander")
        .reduce((n, c) => n + c.items.length, 0),
    );
  });

  it("attaches a role's checklist to whoever takes the role, including liaisons of any group", () => {
    const t = new Scenario();
    t.staff(["sam", "lee"]);
    expect(
      runWithChecklists(t, "ic", t.run("ic", { type: "fill-role", role: "scribe", person: "sam" })),
    ).toEqual(["scribe"]);
    expect(
      runWithChecklists(
        t,
        "ic",
        t.run("ic", { type: "fill-role", role: "liaison:customers", person: "lee" }),
      ),
    ).toEqual(["liaison"]);
    expect(Object.values(t.state.checklists).map((c) => [c.templateId, c.owner])).toEqual([
      ["scribe", "sam"],
      ["liaison", "lee"],
    ]);
  });

  it("attaches the handover checklist to the incoming IC, and the end and postmortem checklists on ending", () => {
    const t = new Scenario("ann");
    t.staff(["bo"], null, "ann");
    t.run("ann", { type: "offer-transfer", role: "incident-commander", to: "bo", notes: "" });
    expect(runWithChecklists(t, "bo", t.run("bo", { type: "accept-transfer", id: "t1" }))).toEqual([
      "incident-commander",
      "handover",
    ]);
    expect(
      runWithChecklists(t, "bo", t.run("bo", { type: "set-status", status: "ended", summary: "done" })),
    ).toEqual(["ended", "postmortem"]);
    expect(Object.values(t.state.checklists).every((c) => c.owner === "bo")).toBe(true);
  });

  it("does not attach a template twice while the owner's copy is still open", () => {
    const t = new Scenario();
    runWithChecklists(t, "ic", t.log);
    expect(checklistsFor(t.state, t.log, defaultChecklistTemplates, newId)).toEqual([]);
  });

  it("uses edited templates as data", () => {
    const custom: ChecklistTemplate[] = [
      { id: "sme-basics", name: "SME", trigger: "role:sme", items: ["Say what you see, not what you guess"] },
    ];
    const t = new Scenario();
    t.staff(["x"]);
    expect(
      runWithChecklists(t, "ic", t.run("ic", { type: "fill-role", role: "sme", person: "x" }), custom),
    ).toEqual(["sme-basics"]);
  });

  it("checks and unchecks items, recording who and when; refuses repeats and unknown items", () => {
    const t = new Scenario();
    runWithChecklists(t, "ic", t.log);
    const checklist = Object.values(t.state.checklists)[0]!;
    const [checked] = t.run("ic", {
      type: "check-item",
      checklistId: checklist.id,
      itemId: "1",
      checked: true,
    });
    expect(t.state.checklists[checklist.id]?.items[0]).toMatchObject({
      checkedBy: "ic",
      checkedAt: checked?.at,
    });
    expectRefusal(
      () => t.run("ic", { type: "check-item", checklistId: checklist.id, itemId: "1", checked: true }),
      "CHECKLIST_ITEM_STATE",
    );
    t.run("ic", { type: "check-item", checklistId: checklist.id, itemId: "1", checked: false });
    expect(t.state.checklists[checklist.id]?.items[0]?.checkedBy).toBeNull();
    expectRefusal(
      () => t.run("ic", { type: "check-item", checklistId: checklist.id, itemId: "99", checked: true }),
      "CHECKLIST_ITEM_NOT_FOUND",
    );
    expectRefusal(
      () => t.run("ic", { type: "check-item", checklistId: "nope", itemId: "1", checked: true }),
      "CHECKLIST_NOT_FOUND",
    );
    expectRefusal(
      () => t.run("zed", { type: "check-item", checklistId: checklist.id, itemId: "2", checked: true }),
      "NOT_A_RESPONDER",
    );
  });
});
