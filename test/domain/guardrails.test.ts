import { describe, expect, it } from "vitest";
import {
  abilitiesFor,
  buildStatusDoc,
  checklistsFor,
  defaultChecklistTemplates,
  defaultDomainConfig,
  describeEvent,
  noticesFor,
  renderStatusMarkdown,
  stamp,
  timersFor,
} from "../../src/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

describe("guardrails of the practice", () => {
  it("warns while one person is both IC and Tech Lead (acting TL is expected)", () => {
    const t = new Scenario("ic");
    t.staff(["sue"]);
    const codes = () => buildStatusDoc(t.state, defaultDomainConfig).warnings.map((w) => w.code);
    expect(codes()).not.toContain("COMMANDER_IS_TECH_LEAD");
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "ic" });
    expect(codes()).toContain("COMMANDER_IS_TECH_LEAD");
    const warning = buildStatusDoc(t.state, defaultDomainConfig).warnings.find(
      (w) => w.code === "COMMANDER_IS_TECH_LEAD",
    );
    expect(warning?.message).toMatch(/one person cannot do both well/);
    t.run("ic", { type: "offer-transfer", role: "tech-lead", to: "sue", notes: "" });
    t.run("sue", { type: "accept-transfer", id: Object.keys(t.state.transfers)[0]! });
    expect(codes()).not.toContain("COMMANDER_IS_TECH_LEAD");
  });

  it("sends each update on the cadence to the declaration audience, with its text", () => {
    const t = new Scenario("ic", { audience: ["vp", "support"] });
    const [posted] = t.run("ic", { type: "post-update", text: "EU checkout restored for 80% of customers" });
    const notices = noticesFor(t.state, [posted!]);
    expect(notices.map((n) => n.recipient).sort()).toEqual(["support", "vp"]);
    expect(notices[0]?.body).toContain("EU checkout restored for 80% of customers");
  });

  it("labels every notice of a drill as a drill", () => {
    const t = new Scenario("ic", { kind: "drill", audience: ["vp"] });
    const [posted] = t.run("ic", { type: "post-update", text: "game day going well" });
    const [notice] = noticesFor(t.state, [posted!]);
    expect(notice?.title).toMatch(/^DRILL — /);
    expect(notice?.body).toMatch(/^DRILL — /);
    const real = new Scenario("ic", { audience: ["vp"] });
    const [update] = real.run("ic", { type: "post-update", text: "x" });
    expect(noticesFor(real.state, [update!])[0]?.title).not.toContain("DRILL");
  });

  it("gives the first minutes' checklist to a Tech Lead who declares, and to the IC once one takes command", () => {
    const t = new Scenario("tl", { declarerRole: "tech-lead" });
    const attach = (events = t.log) => {
      const more = checklistsFor(
        t.state,
        events,
        defaultChecklistTemplates,
        () => `c${String(Math.random())}`,
      );
      t.state = stamp(t.state, more, "muster", t.nextNow).state;
      return more;
    };
    attach();
    const first = Object.values(t.state.checklists).find((c) => c.trigger === "declared");
    expect(first?.owner).toBe("tl");
    t.run("ic", { type: "check-in", person: "ic" });
    const taken = t.run("ic", { type: "fill-role", role: "incident-commander", person: "ic" });
    const moved = attach(taken);
    expect(moved[0]).toEqual({
      type: "checklist.handed-over",
      data: { checklistId: first!.id, from: "tl", to: "ic" },
    });
    expect(t.state.checklists[first!.id]?.owner).toBe("ic");
  });

  it("lets only the IC, the Deputy and group leads (within their group) bring people in", () => {
    const t = new Scenario("ic");
    t.staff(["tl", "lead", "member"]);
    t.run("ic", { type: "fill-role", role: "tech-lead", person: "tl" });
    t.run("ic", { type: "form-group", group: "power", lead: "lead" });
    t.run("ic", { type: "move", person: "member", supervisor: "lead" });
    t.run("ic", { type: "check-in", person: "new1" });
    t.run("ic", { type: "check-in", person: "new2" });
    // Any responder used to pull a staged person under themself; now the TL cannot.
    const refused = expectRefusal(
      () => t.run("tl", { type: "assign", person: "new1", supervisor: "tl" }),
      "NOT_IN_COMMAND",
    );
    expect(refused.message).toMatch(/group lead/);
    expect(abilitiesFor(t.state, "tl", false).staff).toEqual([]);
    // The group lead staffs their own group, under themself or their members, and nowhere else.
    expect(abilitiesFor(t.state, "lead", false).staff).toEqual(["lead", "member"]);
    t.run("lead", { type: "assign", person: "new1", supervisor: "member" });
    expectRefusal(
      () => t.run("lead", { type: "assign", person: "new2", supervisor: "tl" }),
      "NOT_IN_COMMAND",
    );
    expectRefusal(() => t.run("lead", { type: "assign", person: "new2" }), "NOT_IN_COMMAND");
    expect(abilitiesFor(t.state, "ic", false).staff).toContain("");
    // Paging needs the same authority.
    const page = {
      type: "dispatch" as const,
      target: { person: "oncall" },
      escalation: ["oncall"],
      message: "help",
      ackMinutes: 5,
    };
    expectRefusal(() => t.run("tl", page), "NOT_IN_COMMAND");
    expect(abilitiesFor(t.state, "tl", false).page).toBe(false);
    expect(abilitiesFor(t.state, "lead", false).page).toBe(true);
  });

  it("keeps the incident's links: http(s) only, labelled, in the status doc and its Markdown", () => {
    const t = new Scenario("ic", {
      links: [{ label: " Channel ", url: "https://chat.example.com/inc-1" }],
    });
    expect(buildStatusDoc(t.state, defaultDomainConfig).links).toEqual([
      { label: "Channel", url: "https://chat.example.com/inc-1" },
    ]);
    t.staff(["sue"]);
    const links = [
      { label: "Channel", url: "https://chat.example.com/inc-1" },
      { label: "Bridge", url: "https://meet.example.com/dc1" },
    ];
    expectRefusal(() => t.run("sue", { type: "set-links", links }), "NOT_IN_COMMAND");
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "chat.example.com",
      "ftp://x.example",
    ]) {
      expectRefusal(
        () => t.run("ic", { type: "set-links", links: [{ label: "x", url }] }),
        "INVALID_LINK",
        "links",
      );
    }
    expectRefusal(
      () => t.run("ic", { type: "set-links", links: [{ label: " ", url: "https://x.example" }] }),
      "INVALID_LINK",
    );
    const [set] = t.run("ic", { type: "set-links", links });
    expect(describeEvent(set!)).toContain("set the links: Channel <https://chat.example.com/inc-1>, Bridge");
    expect(renderStatusMarkdown(buildStatusDoc(t.state, defaultDomainConfig))).toContain(
      "- Bridge: https://meet.example.com/dc1",
    );
    expectRefusal(() => t.run("ic", { type: "set-links", links }), "NOTHING_TO_UPDATE");
    t.run("ic", { type: "set-links", links: [] });
    expect(t.state.links).toEqual([]);
  });

  it("ends with work in flight only when confirmed, closing each item on the record", () => {
    const t = new Scenario("ic");
    t.staff(["cy", "dee"]);
    t.run("ic", { type: "set-objective", text: "Customers served from DC2", owner: "ic" });
    t.run("ic", { type: "assign-task", assignee: "cy", task: "Check PDU 3", timeBoxMinutes: 10 });
    t.run("cy", {
      type: "change-propose",
      what: "Point DNS at DC2",
      why: "DC1 dark",
      system: "dns",
      risk: "low",
      rollbackPlan: "back",
    });
    t.run("ic", { type: "offer-transfer", role: "incident-commander", to: "dee", notes: "" });
    const end = { type: "set-status" as const, status: "ended" as const, summary: "Power restored" };
    const refused = expectRefusal(() => t.run("ic", end), "WORK_IN_FLIGHT", "confirm");
    for (const named of [
      'task "Check PDU 3" (cy)',
      'change "Point DNS at DC2"',
      'objective "Customers served',
      "offer of Incident Commander to dee",
    ]) {
      expect(refused.message).toContain(named);
    }
    const events = t.run("ic", { ...end, confirm: true });
    expect(events.map((e) => e.type)).toEqual([
      "task.cancelled",
      "change.withdrawn",
      "transfer.withdrawn",
      "objective.updated",
      "incident.status-changed",
    ]);
    expect(Object.values(t.state.changes)[0]).toMatchObject({ status: "withdrawn" });
    expect(timersFor(t.state, defaultDomainConfig)).toEqual([]);
    const quiet = new Scenario("ic");
    expect(quiet.run("ic", end).map((e) => e.type)).toEqual(["incident.status-changed"]);
  });

  it("never pages anyone outside a drill", () => {
    const t = new Scenario("ic", { kind: "drill", audience: ["observer"] });
    t.staff(["sue"]);
    const page = (people: string[]) => ({
      type: "dispatch" as const,
      target: { team: "dba" },
      escalation: people,
      message: "game day: DB failover",
      ackMinutes: 5,
    });
    const refused = expectRefusal(
      () => t.run("ic", page(["sue", "oncall-dba"])),
      "DRILL_OUTSIDE_AUDIENCE",
      "team",
    );
    expect(refused.message).toContain("oncall-dba");
    expect(t.run("ic", page(["sue", "observer"])).map((e) => e.type)).toEqual(["dispatch.requested"]);
    const real = new Scenario("ic");
    expect(real.run("ic", page(["oncall-dba"])).map((e) => e.type)).toEqual(["dispatch.requested"]);
  });

  it("stands every responder down at the end, keeps the wrap-up theirs, and brings them back on a reopen", () => {
    const t = new Scenario("ic");
    t.staff(["sue"]);
    t.run("ic", { type: "check-in", person: "dan" });
    const [ended] = t.run("ic", { type: "set-status", status: "ended", summary: "power restored" });
    expect(ended?.type === "incident.status-changed" && ended.data.released).toEqual(["dan", "ic", "sue"]);
    expect(describeEvent(ended!)).toContain("3 responders stood down");
    expect(Object.values(t.state.responders).map((r) => r.status)).toEqual([
      "released",
      "released",
      "released",
    ]);
    expect(t.state.roles["incident-commander"]).toEqual(["ic"]);
    expect(buildStatusDoc(t.state, defaultDomainConfig).responderCounts).toEqual({
      assigned: 0,
      available: 0,
      released: 3,
    });
    t.run("sue", { type: "log", text: "timeline checked against the graphs" });
    expect(abilitiesFor(t.state, "sue", false).wrapUp).toBe(true);
    expect(abilitiesFor(t.state, "stranger", false).wrapUp).toBe(false);
    expectRefusal(() => t.run("stranger", { type: "log", text: "x" }), "NOT_A_RESPONDER");
    t.run("ic", { type: "set-status", status: "active", reason: "errors are back" });
    expect(t.state.responders.sue?.status).toBe("assigned");
    expect(t.state.responders.dan?.status).toBe("available");
  });
});
