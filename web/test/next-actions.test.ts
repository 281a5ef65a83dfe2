import { describe, expect, it } from "vitest";
import type { Abilities, StatusDoc } from "../src/api.js";
import { abilitiesFor, buildStatusDoc } from "../../src/domain/index.js";
import { hasNeed, nextActions, roleName } from "../src/logic/next-actions.js";
import { Scenario } from "../../test/domain/helpers.js";

/** The room's view for one person: the status doc and their abilities, as the API returns them. */
function viewFor(t: Scenario, me: string): { doc: StatusDoc; can: Abilities } {
  const doc = buildStatusDoc(t.state, t.config);
  return { doc, can: abilitiesFor(t.state, me, false) as Abilities };
}

function actionsOf(t: Scenario, me: string, now = t.nextNow.getTime()) {
  const { doc, can } = viewFor(t, me);
  return nextActions(doc, me, can, now);
}

describe("your next actions", () => {
  it("tells a new responder their task, and the IC when it runs late", () => {
    const t = new Scenario("ic");
    t.staff(["cy"]);
    t.run("ic", { type: "assign-task", assignee: "cy", task: "Check PDU 3", timeBoxMinutes: 10 });
    const cy = actionsOf(t, "cy");
    expect(cy[0]).toMatchObject({ urgent: true, place: "plan" });
    expect(cy[0]?.text).toContain('Acknowledge your task "Check PDU 3" for ic');
    expect(actionsOf(t, "ic").some((a) => a.key.startsWith("late:"))).toBe(false);

    t.run("cy", { type: "ack-task", id: Object.keys(t.state.plan.tasks)[0] ?? "" });
    expect(actionsOf(t, "cy")[0]?.text).toContain("Report on your task");
    // Twenty minutes on, the time box has passed: cy is told it is overdue, the IC that cy is late.
    const later = t.nextNow.getTime() + 20 * 60_000;
    expect(actionsOf(t, "cy", later)[0]?.text).toContain("Report on (overdue)");
    const ic = actionsOf(t, "ic", later);
    expect(ic.find((a) => a.key.startsWith("late:"))?.text).toBe('cy is late reporting on "Check PDU 3"');
  });

  it("shows needs to the supervisor first and the offer of a role with its human name", () => {
    const t = new Scenario("ic");
    t.staff(["tl"]);
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    t.staff(["sue"], "tl");
    t.run("sue", { type: "report-can", conditions: "DB down", actions: "failing over", needs: "a DBA" });
    expect(actionsOf(t, "tl").map((a) => a.text)).toContain("sue needs: a DBA");
    expect(actionsOf(t, "sue").some((a) => a.key.startsWith("need:"))).toBe(false);
    // The IC sees it too, as a watch item rather than an urgent one.
    expect(actionsOf(t, "ic").find((a) => a.text === "sue needs: a DBA")?.urgent).toBe(false);

    t.run("ic", {
      type: "offer-transfer",
      role: "incident-commander",
      to: "tl",
      notes: "DB failover in flight",
    });
    const offer = actionsOf(t, "tl")[0];
    expect(offer?.place).toBe("handover");
    expect(offer?.text).toBe("ic offers you the Incident Commander role: read the briefing and answer");
  });

  it("asks the TL to clear a high-risk change and tells the proposer about objections", () => {
    const t = new Scenario("ic");
    t.staff(["tl"]);
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    t.staff(["bob", "cy"], "tl");
    const change = {
      type: "change-propose",
      what: "Point DNS at DC2",
      why: "DC1 is dark",
      system: "dns",
      rollbackPlan: "point back",
    } as const;
    t.run("bob", { ...change, risk: "high" });
    expect(actionsOf(t, "tl").map((a) => a.text)).toContain(
      'High-risk change "Point DNS at DC2" by bob waits for your clearance',
    );
    expect(actionsOf(t, "cy").some((a) => a.key.startsWith("clear:"))).toBe(false);
    const id = Object.keys(t.state.changes)[0] ?? "";
    t.run("cy", { type: "change-object", id, reason: "cold cache" });
    expect(actionsOf(t, "bob")[0]?.text).toBe('cy objects to your change "Point DNS at DC2"');
  });

  it("reminds those who post updates as the cadence comes due, urgently once overdue", () => {
    const t = new Scenario("ic", { severity: "SEV1" });
    const doc = viewFor(t, "ic").doc;
    const due = Date.parse(doc.nextUpdateDueAt ?? "");
    expect(actionsOf(t, "ic", due - 10 * 60_000).some((a) => a.key === "update")).toBe(false);
    expect(actionsOf(t, "ic", due - 60_000).find((a) => a.key === "update")?.urgent).toBe(false);
    expect(actionsOf(t, "ic", due + 60_000).find((a) => a.key === "update")).toMatchObject({
      urgent: true,
      text: "The stakeholder update is overdue: post one",
    });
  });

  it("offers one-step answers: check in, acknowledge a task, take a vacant command", () => {
    const t = new Scenario("ic");
    const visitor = actionsOf(t, "vi").find((a) => a.key === "check-in");
    expect(visitor?.quick).toEqual({
      label: "Check in now",
      method: "POST",
      path: "/responders",
      body: { person: "vi" },
    });
    t.staff(["cy"]);
    t.run("ic", { type: "assign-task", assignee: "cy", task: "Check PDU 3", timeBoxMinutes: 10 });
    const id = Object.keys(t.state.plan.tasks)[0] ?? "";
    expect(actionsOf(t, "cy")[0]?.quick).toMatchObject({ label: "Acknowledge", path: `/tasks/${id}/ack` });
    t.run("cy", { type: "ack-task", id });
    expect(actionsOf(t, "cy")[0]?.quick).toBeUndefined();
  });

  it("has nothing to say once the incident has ended", () => {
    const t = new Scenario("ic");
    t.staff(["cy"]);
    t.run("ic", { type: "assign-task", assignee: "cy", task: "Check PDU 3", timeBoxMinutes: 10 });
    t.run("ic", { type: "set-status", status: "ended", summary: "Power restored", confirm: true });
    expect(actionsOf(t, "cy")).toEqual([]);
  });

  it("reads needs the way people write 'nothing'", () => {
    for (const none of ["", " ", "none", "None.", "n/a", "N/A", "-", "nothing", "no needs"]) {
      expect(hasNeed(none), none).toBe(false);
    }
    for (const need of ["a DBA", "access to the PDU", "none of the runbooks work"]) {
      expect(hasNeed(need), need).toBe(true);
    }
  });

  it("names roles for people, not as slugs", () => {
    const t = new Scenario("ic");
    const { doc } = viewFor(t, "ic");
    expect(roleName(doc, "tech-lead")).toBe("Tech Lead");
    expect(roleName(doc, "liaison:customers")).toBe("Liaison (customers)");
  });
});

describe("stepping away in your next actions", () => {
  it("asks the IC who stepped away to resume, and tells the one acting until when", () => {
    const t = new Scenario("ic");
    t.staff(["dep"]);
    t.run("ic", { type: "fill-role", role: "deputy", person: "dep" });
    const until = new Date(t.nextNow.getTime() + 30 * 60_000).toISOString();
    t.run("ic", { type: "step-away", until, notes: "call with the DC provider" });
    const ic = actionsOf(t, "ic");
    expect(ic[0]).toMatchObject({
      key: "resume",
      urgent: true,
      dueAt: until,
      quick: { label: "Resume command", path: "/command/resume" },
    });
    const dep = actionsOf(t, "dep").find((a) => a.key === "acting");
    expect(dep?.text).toMatch(/^You command while ic is away, until .+: call with the DC provider$/);
    t.run("ic", { type: "resume-command" });
    expect(actionsOf(t, "ic").some((a) => a.key === "resume")).toBe(false);
    expect(actionsOf(t, "dep").some((a) => a.key === "acting")).toBe(false);
  });
});
