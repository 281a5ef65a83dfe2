import { describe, expect, it } from "vitest";
import type { EventEnvelope } from "../../src/domain/index.js";
import { defaultDomainConfig, fireTimer, stamp, timersFor } from "../../src/domain/index.js";
import type { InsightRow } from "../../src/capabilities/insights/domain/index.js";
import {
  incidentMetrics,
  incidentTable,
  insightsReport,
  weekOf,
} from "../../src/capabilities/insights/domain/index.js";
import { Scenario, expectRefusal } from "./helpers.js";

const config = { ...defaultDomainConfig, spanOfControlMax: 3 };
const MIN = 60_000;

/** Fires the update-overdue timer as the scheduler would. */
function overdue(t: Scenario): EventEnvelope[] {
  const timer = timersFor(t.state, config).find((x) => x.kind === "update-overdue")!;
  const out = stamp(t.state, fireTimer(t.state, timer, config), "muster", new Date(timer.dueAt));
  t.state = out.state;
  t.log.push(...out.envelopes);
  return out.envelopes;
}

/** A SEV2 found 20 minutes before it was declared, raised to SEV1, worked, handed over, ended. */
function fixture(): Scenario {
  const t = new Scenario(
    "tl",
    { severity: "SEV2", declarerRole: "tech-lead", detectedAt: "2026-11-23T09:41:00Z" },
    config,
  );
  t.advance(4);
  t.run("tl", { type: "check-in", person: "sue" });
  t.run("tl", { type: "fill-role", role: "incident-commander", person: "sue" });
  t.run("sue", { type: "update", severity: "SEV1", reason: "every region" });
  t.run("tl", { type: "report-can", conditions: "5xx at 40%", actions: "rolling back", needs: "none" });
  t.run("sue", { type: "post-update", text: "Investigating" });
  // Beyond the span of three once, however many more join; a group of three under a is within it.
  t.staff(["a", "b", "c", "d", "e"], null, "sue");
  t.run("sue", { type: "form-group", group: "db", lead: "a" });
  t.run("sue", { type: "move", person: "b", supervisor: "a" });
  t.run("sue", { type: "move", person: "c", supervisor: "a" });
  t.run("sue", { type: "move", person: "d", supervisor: "a" });
  t.run("e", { type: "post-message", text: "is it DNS?" });
  t.run("zed", { type: "post-message", text: "anything I can do?" });
  overdue(t);
  t.run("sue", { type: "post-update", text: "Still investigating, late" });
  const [proposed] = t.run("a", {
    type: "change-propose",
    what: "fail over",
    why: "primary sick",
    system: "db",
    risk: "high",
    rollbackPlan: "fail back",
  });
  const id = proposed?.type === "change.proposed" ? proposed.data.id : "";
  t.run("sue", { type: "change-clear", id });
  t.run("a", { type: "change-start", id });
  t.run("a", { type: "change-rollback", id, result: "no better" });
  t.run("sue", { type: "offer-transfer", role: "incident-commander", to: "b", notes: "long shift" });
  const offer = Object.keys(t.state.transfers)[0]!;
  t.run("b", { type: "accept-transfer", id: offer });
  t.advance(30);
  t.run("b", { type: "set-status", status: "stable", summary: "holding" });
  t.run("b", {
    type: "add-follow-up",
    title: "Alert on replica lag",
    owner: "a",
    dueAt: "2026-11-30T10:00:00Z",
  });
  t.advance(60);
  t.run("b", { type: "set-status", status: "ended", summary: "fixed", confirm: true });
  return t;
}

describe("insights: one incident's figures from its record", () => {
  it("measures the times, the handovers, the cadence, the span and the changes", () => {
    const t = fixture();
    const m = incidentMetrics(t.log, config)!;
    expect(m.severity).toBe("SEV1");
    expect(m.detectedAt).toBe("2026-11-23T09:41:00.000Z");
    // Declared at 10:01; the IC came two commands (minutes) after the four-minute wait.
    expect(m.timeToDeclareMs).toBe(20 * MIN);
    expect(m.timeToCommanderMs).toBe(6 * MIN);
    expect(m.timeToFirstCanMs).toBe(8 * MIN);
    expect(m.timeToEndMs).toBe(Date.parse(m.endedAt!) - Date.parse("2026-11-23T09:41:00Z"));
    expect(m.timeToMitigateMs).toBe(Date.parse(m.mitigatedAt!) - Date.parse("2026-11-23T09:41:00Z"));
    expect(m.handovers).toBe(1);
    expect(m.commandHandovers).toBe(1);
    expect(m.updatesOnTime).toBe(1);
    expect(m.updatesMissed).toBe(1);
    // sue with six under her; then b, who took command with the outgoing IC among four reports.
    expect(m.spanWarnings).toBe(2);
    expect(m.freelancingMessages).toBe(1);
    expect(m.changes).toBe(1);
    expect(m.changesRolledBack).toBe(1);
    expect(m.followUps.map(({ dueAt, closedAt, state }) => ({ dueAt, closedAt, state }))).toEqual([
      { dueAt: "2026-11-30T10:00:00Z", closedAt: null, state: "open" },
    ]);
  });

  it("counts a lead going beyond the span again only after coming back within it", () => {
    const t = new Scenario("ic", {}, config);
    t.staff(["a", "b", "c", "d"]);
    t.run("ic", { type: "release", person: "d" });
    t.run("ic", { type: "check-in", person: "d" });
    t.run("ic", { type: "assign", person: "d", supervisor: null });
    expect(incidentMetrics(t.log, config)!.spanWarnings).toBe(2);
  });

  it("has no time to declare without a detection time, and refuses one in the future", () => {
    const t = new Scenario("ic", {}, config);
    expect(incidentMetrics(t.log, config)!.timeToDeclareMs).toBeNull();
    expect(incidentMetrics(t.log, config)!.timeToCommanderMs).toBe(0);
    expectRefusal(
      () => new Scenario("ic", { detectedAt: "2099-01-01T00:00:00Z" }, config),
      "INVALID_TIME",
      "detectedAt",
    );
  });

  it("has no figures without a declaration", () => {
    expect(incidentMetrics([], config)).toBeNull();
  });
});

function row(
  number: number,
  over: Partial<InsightRow["metrics"]>,
  postmortem: InsightRow["postmortem"] = null,
): InsightRow {
  const t = new Scenario("ic", {}, config, { id: `inc-${number}`, number });
  t.run("ic", { type: "set-status", status: "ended", summary: "done", confirm: true });
  return { metrics: { ...incidentMetrics(t.log, config)!, ...over }, postmortem };
}

describe("insights over a period", () => {
  const from = new Date("2026-11-02T00:00:00Z");
  const to = new Date("2026-11-30T00:00:00Z");
  const now = new Date("2026-12-01T00:00:00Z");
  const severities = config.severities.map((s) => s.level);
  const rows = [
    row(
      1,
      {
        severity: "SEV1",
        declaredAt: "2026-11-03T10:00:00Z",
        timeToMitigateMs: 10 * MIN,
        timeToEndMs: 60 * MIN,
        updatesOnTime: 3,
        updatesMissed: 1,
      },
      { stage: "published", publishDue: "2026-11-17T10:00:00Z", publishedAt: "2026-11-10T10:00:00Z" },
    ),
    row(
      2,
      {
        severity: "SEV1",
        declaredAt: "2026-11-04T10:00:00Z",
        timeToMitigateMs: 30 * MIN,
        timeToEndMs: 90 * MIN,
        updatesOnTime: 1,
      },
      { stage: "draft", publishDue: "2026-11-18T10:00:00Z", publishedAt: null },
    ),
    row(
      3,
      {
        severity: "SEV3",
        declaredAt: "2026-11-12T10:00:00Z",
        timeToMitigateMs: null,
        timeToEndMs: 20 * MIN,
        followUps: [
          {
            createdAt: "2026-11-12T11:00:00Z",
            dueAt: "2026-11-20T00:00:00Z",
            closedAt: "2026-11-19T00:00:00Z",
            state: "done",
          },
          { createdAt: "2026-11-12T11:00:00Z", dueAt: "2026-11-21T00:00:00Z", closedAt: null, state: "open" },
          {
            createdAt: "2026-11-12T11:00:00Z",
            dueAt: null,
            closedAt: "2026-11-13T00:00:00Z",
            state: "wont-do",
          },
        ],
      },
      { stage: "draft", publishDue: "2026-12-20T10:00:00Z", publishedAt: null },
    ),
    row(4, { severity: "SEV2", kind: "drill", declaredAt: "2026-11-13T10:00:00Z", timeToEndMs: 5 * MIN }),
    row(5, { severity: "SEV2", declaredAt: "2026-10-01T10:00:00Z", timeToEndMs: 5 * MIN }),
  ];

  it("gives medians, shares and counts overall and by severity, without drills or other periods", () => {
    const r = insightsReport(rows, { from, to, drills: false, severities, now });
    expect(r.overall.incidents).toBe(3);
    expect(r.severities).toEqual(["SEV1", "SEV3"]);
    expect(r.overall.durations.timeToEndMs).toEqual({
      count: 3,
      medianMs: 60 * MIN,
      p90Ms: 90 * MIN,
      meanMs: (170 / 3) * MIN,
    });
    expect(r.overall.durations.timeToMitigateMs.count).toBe(2);
    expect(r.overall.cadenceKept).toBe(4 / 5);
    // One on time, one past its due date still a draft, one not yet due.
    expect(r.overall.postmortems).toEqual({ published: 1, onSchedule: 1, late: 1, pending: 1, none: 0 });
    expect(r.overall.postmortemsOnSchedule).toBe(1 / 2);
    expect(r.overall.followUps).toEqual({ total: 3, done: 1, doneOnTime: 1, wontDo: 1, open: 1, overdue: 1 });
    expect(r.overall.followUpsOnTime).toBe(1 / 2);
    expect(r.bySeverity.map((s) => [s.severity, s.incidents, s.durations.timeToEndMs.medianMs])).toEqual([
      ["SEV1", 2, 60 * MIN],
      ["SEV3", 1, 20 * MIN],
    ]);
  });

  it("goes week by week, Mondays UTC, with the follow-up burn-down", () => {
    const r = insightsReport(rows, { from, to, drills: true, severities, now });
    expect(r.overall.incidents).toBe(4);
    expect(r.weeks.map((w) => w.week)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(r.weeks[0]!.incidents).toEqual({ SEV1: 2, SEV2: 0, SEV3: 0 });
    expect(r.weeks[0]!.medianTimeToMitigateMs.SEV1).toBe(10 * MIN);
    expect(r.weeks[1]!.incidents).toEqual({ SEV1: 0, SEV2: 1, SEV3: 1 });
    expect(r.weeks.map((w) => w.followUpsOpen)).toEqual([0, 2, 1, 1]);
    expect(r.weeks.map((w) => w.followUpsClosed)).toEqual([0, 1, 1, 0]);
    expect(weekOf(Date.parse("2026-11-29T23:59:00Z"))).toBe(Date.parse("2026-11-23T00:00:00Z"));
  });

  it("has empty figures, not errors, for a period with no incidents", () => {
    const r = insightsReport([], { from, to, drills: false, severities, now });
    expect(r.overall.incidents).toBe(0);
    expect(r.overall.cadenceKept).toBeNull();
    expect(r.overall.durations.timeToEndMs).toEqual({ count: 0, medianMs: null, p90Ms: null, meanMs: null });
  });

  it("tabulates one row per incident in minutes", () => {
    const table = incidentTable(rows.slice(0, 1));
    expect(table[0]).toContain("minutes_to_end");
    expect(table[1]?.[table[0]!.indexOf("minutes_to_end")]).toBe(60);
    expect(table[1]?.[table[0]!.indexOf("postmortem_stage")]).toBe("published");
  });
});
