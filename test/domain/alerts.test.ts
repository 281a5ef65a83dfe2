import { describe, expect, it } from "vitest";
import type { DesiredTimer } from "../../src/domain/index.js";
import { defaultDomainConfig, fireTimer, noticesFor, stamp, timersFor } from "../../src/domain/index.js";
import type { AlertGroupView } from "../../src/capabilities/alerts/domain/index.js";
import {
  GenericPayload,
  WebhookPayload,
  fingerprintOf,
  fromGeneric,
  fromWebhook,
} from "../../src/capabilities/alerts/domain/intake.js";
import type { AlertRule } from "../../src/capabilities/alerts/domain/rules.js";
import { matches, parseMatcher, routeFor, severityFor } from "../../src/capabilities/alerts/domain/rules.js";
import { draftPostmortem } from "../../src/capabilities/postmortems/domain/draft.js";
import { Scenario, expectRefusal } from "./helpers.js";

function view(firing: number, resolved = 0): AlertGroupView {
  return {
    id: "g-1",
    source: "prom",
    title: "DiskFull",
    status: firing > 0 ? "firing" : "resolved",
    firing,
    resolved,
    firstAt: "2026-11-23T09:50:00.000Z",
    lastAt: "2026-11-23T10:00:00.000Z",
    labels: { severity: "critical" },
    alerts: [
      {
        fingerprint: "a",
        name: "DiskFull",
        summary: "db-1 is full",
        status: firing > 0 ? "firing" : "resolved",
        startsAt: "2026-11-23T09:50:00.000Z",
        endsAt: null,
        url: null,
      },
    ],
  };
}

const rule = (over: Partial<AlertRule>): AlertRule => ({
  name: "r",
  position: 10,
  match: [],
  sources: [],
  action: "open",
  severity: "SEV3",
  severityLabel: "severity",
  severityMap: {},
  page: null,
  notify: { people: [], teams: [] },
  ...over,
});

describe("routing rules", () => {
  it("parses Alertmanager's matchers and matches whole values", () => {
    expect(parseMatcher('severity="critical"')).toEqual({ label: "severity", op: "=", value: "critical" });
    expect(parseMatcher("team=~db|storage")).toMatchObject({ op: "=~", value: "db|storage" });
    expect(parseMatcher('env!~"dev.*"')).toMatchObject({ op: "!~" });
    expect(typeof parseMatcher("severity==critical")).toBe("string");
    expect(typeof parseMatcher('x=~"("')).toBe("string");
    const m = parseMatcher('service=~"db"');
    if (typeof m === "string") throw new Error(m);
    expect(matches(m, { service: "db" })).toBe(true);
    // Anchored, as in Alertmanager: "db" does not match "mydb".
    expect(matches(m, { service: "mydb" })).toBe(false);
    const absent = parseMatcher('team=""');
    if (typeof absent === "string") throw new Error(absent);
    expect(matches(absent, {})).toBe(true);
  });

  it("takes the first rule by position whose matchers all hold and whose sources include the group's", () => {
    const rules = [
      rule({ name: "late", position: 50, match: ['severity="critical"'] }),
      rule({ name: "grafana-only", position: 1, match: ['severity="critical"'], sources: ["grafana"] }),
      rule({ name: "both", position: 10, match: ['severity="critical"', 'team="db"'] }),
    ];
    expect(routeFor(rules, "prom", { severity: "critical", team: "db" })?.name).toBe("both");
    expect(routeFor(rules, "prom", { severity: "critical" })?.name).toBe("late");
    expect(routeFor(rules, "grafana", { severity: "critical" })?.name).toBe("grafana-only");
    expect(routeFor(rules, "prom", { severity: "info" })).toBeNull();
  });

  it("maps a label to a severity, else takes a known level as it is, else the rule's own", () => {
    const r = rule({ severityMap: { critical: "SEV1" }, severity: "SEV3" });
    const known = ["SEV1", "SEV2", "SEV3", "SEV4"];
    expect(severityFor(r, { severity: "critical" }, known)).toBe("SEV1");
    expect(severityFor(r, { severity: "SEV2" }, known)).toBe("SEV2");
    expect(severityFor(r, { severity: "warning" }, known)).toBe("SEV3");
    expect(severityFor(r, { severity: "constructor" }, known)).toBe("SEV3");
    expect(severityFor(r, {}, known)).toBe("SEV3");
  });
});

describe("payloads", () => {
  it("reads Alertmanager's zero end time as not ended, and computes a stable fingerprint when none is sent", () => {
    const p = WebhookPayload.parse({
      version: "4",
      groupKey: "{}:{}",
      status: "firing",
      groupLabels: { alertname: "X", service: "api" },
      commonLabels: { alertname: "X" },
      alerts: [
        {
          status: "firing",
          labels: { alertname: "X", b: "2", a: "1" },
          startsAt: "2026-11-23T09:00:00+01:00",
          endsAt: "0001-01-01T00:00:00Z",
        },
      ],
    });
    const d = fromWebhook(p, "2026-11-23T10:00:00.000Z");
    expect(d.title).toBe("X (service=api)");
    expect(d.alerts[0]).toMatchObject({ endsAt: null, startsAt: "2026-11-23T08:00:00.000Z", summary: "X" });
    expect(d.alerts[0]?.fingerprint).toBe(fingerprintOf("X", { a: "1", b: "2", alertname: "X" }));
    expect(fingerprintOf("X", { a: "1" })).not.toBe(fingerprintOf("X", { a: "2" }));
  });

  it("groups generic alerts by their group, or by title when none is given", () => {
    const p = GenericPayload.parse({
      alerts: [
        { title: "A", labels: { k: "1" } },
        { title: "B" },
        { title: "A", labels: { k: "2" }, status: "resolved" },
      ],
    });
    const ds = fromGeneric(p, "2026-11-23T10:00:00.000Z");
    expect(ds.map((d) => [d.groupKey, d.alerts.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
    expect(ds[0]?.alerts[1]?.endsAt).toBe("2026-11-23T10:00:00.000Z");
  });
});

describe("alerts on an incident", () => {
  it("attaches once, paging the team all at once and telling whom the rule names, in the same step", () => {
    const t = new Scenario();
    const events = t.run(
      "muster",
      {
        type: "record-alerts",
        group: view(2),
        page: { team: "dcops", escalation: ["ana", "ben"], all: true, ackMinutes: 5 },
        notify: { people: ["vp"], teams: [] },
      },
      true,
    );
    expect(events.map((e) => e.type)).toEqual(["alerts.attached", "dispatch.requested", "notification.sent"]);
    expect(noticesFor(t.state, events.slice(1, 2)).map((n) => n.recipient)).toEqual(["ana", "ben"]);
    expect(t.state.alerts["g-1"]?.firing).toBe(2);
    // Either of them acknowledges; the other is not asked again.
    const id = Object.keys(t.state.dispatches)[0] ?? "";
    expect(t.run("ben", { type: "ack-dispatch", id, checkIn: true })[0]?.type).toBe("dispatch.acknowledged");
    // The same group again: nothing new, no second page.
    expect(
      t.run(
        "muster",
        {
          type: "record-alerts",
          group: view(2),
          page: { team: "dcops", escalation: ["ana"], all: false, ackMinutes: 5 },
        },
        true,
      ),
    ).toEqual([]);
    const changed = t.run("muster", { type: "record-alerts", group: view(0, 2) }, true);
    expect(changed.map((e) => e.type)).toEqual(["alerts.changed"]);
    expect(t.state.alerts["g-1"]?.status).toBe("resolved");
  });

  it("withdraws its page when every alert resolves before anyone acknowledged, telling those asked", () => {
    const t = new Scenario();
    t.run(
      "muster",
      {
        type: "record-alerts",
        group: view(1),
        page: { team: "dcops", escalation: ["ana", "ben"], all: false, ackMinutes: 5 },
      },
      true,
    );
    const resolved = t.run("muster", { type: "record-alerts", group: view(0, 1) }, true);
    expect(resolved.map((e) => e.type)).toEqual(["alerts.changed", "dispatch.cancelled"]);
    expect(noticesFor(t.state, resolved.slice(1)).map((n) => n.recipient)).toEqual(["ana"]);
    expect(Object.values(t.state.dispatches)[0]?.status).toBe("cancelled");
    expect(timersFor(t.state, defaultDomainConfig).some((x) => x.kind === "dispatch-ack")).toBe(false);
    // Firing again does not page again: the incident is taken up by whoever is in it.
    expect(t.run("muster", { type: "record-alerts", group: view(1) }, true).map((e) => e.type)).toEqual([
      "alerts.changed",
    ]);
  });

  it("a page of all whom nobody acknowledges is exhausted after one wait, not walked down the list", () => {
    const t = new Scenario();
    t.run("ic", {
      type: "dispatch",
      target: { team: "dcops" },
      escalation: ["ana", "ben", "cy"],
      message: "x",
      ackMinutes: 5,
      all: true,
    });
    const timer = timersFor(t.state, defaultDomainConfig).find(
      (x) => x.kind === "dispatch-ack",
    ) as DesiredTimer;
    const out = stamp(
      t.state,
      fireTimer(t.state, timer, defaultDomainConfig),
      "muster",
      new Date(timer.dueAt),
    );
    expect(out.envelopes.map((e) => e.type)).toEqual(["dispatch.exhausted"]);
  });

  it("is refused to someone not in the response, and after the end", () => {
    const t = new Scenario();
    expectRefusal(() => t.run("stranger", { type: "record-alerts", group: view(1) }), "NOT_A_RESPONDER");
    t.run("ic", { type: "set-status", status: "ended", summary: "done" });
    expectRefusal(() => t.run("muster", { type: "record-alerts", group: view(1) }, true), "INCIDENT_ENDED");
  });

  it("an incident Muster opens from alerts has no declarer in it, and its postmortem says how it was detected", () => {
    const t = new Scenario("muster", {
      automatic: true,
      detectedAt: "2026-11-23T09:50:00.000Z",
      severity: "SEV1",
    });
    expect(Object.keys(t.state.responders)).toEqual([]);
    t.run("muster", { type: "record-alerts", group: view(1) }, true);
    t.run("muster", { type: "record-alerts", group: view(0, 1) }, true);
    const draft = draftPostmortem(t.state, t.log);
    expect(draft).toContain("Alerts: DiskFull (from prom); the first started 2026-11-23 09:50 UTC.");
    expect(draft).toContain(
      "Detected 2026-11-23 09:50 UTC, 11 minutes before the declaration (Muster opened it from the alerts).",
    );
    expect(draft).toMatch(
      /- 2026-11-23 10:\d\d UTC — Alerts from prom attached: DiskFull \(1 alert firing\)/,
    );
    expect(draft).toContain("Alerts resolved: DiskFull");
  });
});
