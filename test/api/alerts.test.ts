import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

type Group = {
  id: string;
  status: string;
  firing: number;
  resolved: number;
  outcome: string | null;
  rule: string | null;
  incident: { id: string; number: number; status: string } | null;
};

const GRAFANA = readFileSync(new URL("../fixtures/grafana-webhook.json", import.meta.url), "utf8");

/** An Alertmanager webhook body (version 4), as `webhook_config` sends it. */
function alertmanager(
  groupKey: string,
  alerts: { name: string; instance: string; status?: "firing" | "resolved"; severity?: string }[],
  common: Record<string, string> = {},
): Record<string, unknown> {
  const status = alerts.some((a) => (a.status ?? "firing") === "firing") ? "firing" : "resolved";
  return {
    version: "4",
    groupKey,
    truncatedAlerts: 0,
    status,
    receiver: "muster",
    groupLabels: { alertname: alerts[0]?.name ?? "x" },
    commonLabels: { alertname: alerts[0]?.name ?? "x", ...common },
    commonAnnotations: {},
    externalURL: "http://alertmanager.example:9093",
    alerts: alerts.map((a) => ({
      status: a.status ?? "firing",
      labels: {
        alertname: a.name,
        instance: a.instance,
        ...(a.severity ? { severity: a.severity } : common),
      },
      annotations: { summary: `${a.name} on ${a.instance}` },
      startsAt: "2026-12-01T10:00:00Z",
      endsAt: a.status === "resolved" ? "2026-12-01T10:05:00Z" : "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus.example:9090/graph?g0.expr=up",
      fingerprint: `${a.name}-${a.instance}`,
    })),
  };
}

describe.each(ENGINES)("alert intake and routing (%s)", (engine) => {
  let s: TestServer;
  const secrets: Record<string, string> = {};
  let sue = "";

  const post = (source: string, body: unknown, secret = secrets[source] ?? "") =>
    s.app.inject({
      method: "POST",
      url: `/api/v1/alerts/${source}`,
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      payload: typeof body === "string" ? body : JSON.stringify(body),
    });
  const groups = async (token = s.adminToken): Promise<Group[]> =>
    (await call(s, token, "GET", "/api/v1/alert-groups?limit=200")).body.groups as Group[];
  const groupNamed = async (id: string): Promise<Group | undefined> =>
    (await groups()).find((g) => g.id === id);
  const settled = async (id: string): Promise<Group> => {
    let found: Group | undefined;
    await until(async () => {
      found = await groupNamed(id);
      return found !== undefined && found.outcome !== null && found.outcome !== "opening";
    });
    return found as Group;
  };
  const routedQuietly = async (): Promise<void> => {
    // Rounds run just after intake; tick by hand too, so the test never waits on a timer.
    await s.runtime.alertRouter.poller.tick();
  };

  beforeAll(async () => {
    s = await startTestServer(engine);
    // As a server runs it, with a shorter quiet time between a group's changes to its incident.
    s.runtime.alertRouter.quietMs = 300;
    s.runtime.alertRouter.start(100);
    sue = await s.user("sue");
    for (const h of ["dana", "omar", "lee"]) await s.user(h);
    expect(
      (
        await call(s, s.adminToken, "PUT", "/api/v1/teams/dcops", {
          displayName: "DC Ops",
          escalation: ["dana", "omar"],
        })
      ).status,
    ).toBe(200);
    for (const [name, kind] of [
      ["prom", "alertmanager"],
      ["grafana", "grafana"],
      ["hooks", "generic"],
    ] as const) {
      const r = await call(s, s.adminToken, "PUT", `/api/v1/alert-sources/${name}`, { kind });
      expect(r.status).toBe(201);
      expect(r.body.url).toBe(`/api/v1/alerts/${name}`);
      secrets[name] = String(r.body.secret);
      expect(secrets[name].length).toBeGreaterThan(30);
    }
    const rules = [
      [
        "critical",
        {
          position: 10,
          match: ['severity=~"critical|page"'],
          action: "open",
          severityMap: { critical: "SEV1", page: "SEV2" },
          page: { team: "dcops", all: true },
          notify: { people: ["lee"] },
        },
      ],
      [
        "warnings",
        {
          position: 20,
          match: ['severity="warning"'],
          sources: ["grafana", "hooks"],
          action: "open",
          severity: "SEV3",
        },
      ],
      ["the-rest", { position: 99, action: "record" }],
    ] as const;
    for (const [name, rule] of rules) {
      const r = await call(s, s.adminToken, "PUT", `/api/v1/alert-rules/${name}`, rule);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
  });
  afterAll(async () => {
    await s.close();
  });

  it("refuses a wrong or missing secret with 401 and stores nothing", async () => {
    const body = alertmanager('{}:{alertname="Nope"}', [
      { name: "Nope", instance: "a", severity: "critical" },
    ]);
    for (const secret of ["wrong", ""]) {
      const r = await post("prom", body, secret);
      expect(r.statusCode).toBe(401);
      expect((JSON.parse(r.body) as { code: string }).code).toBe("INVALID_SOURCE_SECRET");
    }
    const other = await post("prom", body, secrets["grafana"]);
    expect(other.statusCode).toBe(401);
    const unknown = await post("nosuch", body, secrets["prom"]);
    expect(unknown.statusCode).toBe(401);
    // The secret is checked before the path is validated: a hostile name is just unknown.
    for (const name of ["%00", "a%00b", "x".repeat(90), "..%2F..%2Fetc"]) {
      expect((await post(name, body, secrets["prom"])).statusCode).toBe(401);
    }
    // A stranger's body is never read: 17 MB without the secret is a 401, not a 413.
    const huge = await post("prom", `{"pad":"${"x".repeat(17 * 1024 * 1024)}"}`, "wrong");
    expect(huge.statusCode).toBe(401);
    expect(await s.runtime.services.alerts.count()).toBe(0);
    // The secret is never shown again.
    const listed = await call(s, s.adminToken, "GET", "/api/v1/alert-sources");
    expect(JSON.stringify(listed.body)).not.toContain(secrets["prom"]);
    expect(listed.body.sources).toHaveLength(3);
  });

  it("answers malformed payloads with a 4xx problem naming the field, and stores nothing", async () => {
    const cases: [unknown, number, string | undefined][] = [
      ["{not json", 400, undefined],
      [{ version: "4", groupKey: "k", status: "firing" }, 422, "alerts"],
      [
        {
          ...alertmanager("k", [{ name: "A", instance: "a" }]),
          alerts: [{ status: "burning", labels: {}, startsAt: "2026-12-01T10:00:00Z" }],
        },
        422,
        "alerts.0.status",
      ],
      [
        alertmanager("k", [{ name: "A", instance: "a" }]).alerts && {
          ...alertmanager("k", [{ name: "A", instance: "a" }]),
          alerts: [{ status: "firing", labels: { alertname: "A" }, startsAt: "yesterday" }],
        },
        422,
        "alerts.0.startsAt",
      ],
      [{ ...alertmanager("k", [{ name: "A", instance: "a" }]), groupKey: "nul\u0000key" }, 422, "groupKey"],
      [
        { ...alertmanager("k", [{ name: "A", instance: "a" }]), commonLabels: { big: "x".repeat(2000) } },
        422,
        "commonLabels.big",
      ],
    ];
    for (const [body, status, field] of cases) {
      const r = await post("prom", body);
      expect(r.statusCode, r.body).toBe(status);
      const problem = JSON.parse(r.body) as { field?: string; detail: string };
      if (field) expect(problem.field).toBe(field);
      expect(r.headers["content-type"]).toContain("application/problem+json");
    }
    let deep = "{}";
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    expect((await post("prom", deep)).statusCode).toBe(422);
    expect(await s.runtime.services.alerts.count()).toBe(0);
  });

  it("opens one incident for a critical group: severity mapped, detected when it started, the team paged all at once", async () => {
    const body = alertmanager(
      '{}:{alertname="DiskFull"}',
      [
        { name: "DiskFull", instance: "db-1", severity: "critical" },
        { name: "DiskFull", instance: "db-2", severity: "critical" },
      ],
      { severity: "critical" },
    );
    const r = await post("prom", body);
    expect(r.statusCode, r.body).toBe(202);
    const answer = JSON.parse(r.body) as { accepted: number; groups: { id: string }[] };
    expect(answer.accepted).toBe(2);
    const id = answer.groups[0]?.id ?? "";
    const g = await settled(id);
    expect(g.outcome).toBe("opened");
    expect(g.rule).toBe("critical");
    expect(g.firing).toBe(2);
    const doc = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}`)).body as {
      severity: string;
      roles: { role: string; holders: string[] }[];
      alerts: { id: string; firing: number; alerts: unknown[] }[];
      dispatches: { all?: boolean; escalation: string[]; status: string; id: string }[];
    };
    expect(doc.severity).toBe("SEV1");
    expect(doc.alerts[0]?.id).toBe(id);
    expect(doc.alerts[0]?.alerts).toHaveLength(2);
    expect(doc.dispatches).toHaveLength(1);
    expect(doc.dispatches[0]?.all).toBe(true);
    expect(doc.dispatches[0]?.escalation).toEqual(["dana", "omar"]);
    // Muster opened it: nobody holds command until a paged person takes it.
    expect(doc.roles.find((x) => x.role === "incident-commander")?.holders ?? []).toEqual([]);
    const timeline = (
      await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}/timeline`)
    ).body.events as {
      type: string;
      data: Record<string, unknown>;
    }[];
    const declared = timeline.find((e) => e.type === "incident.declared");
    expect(declared?.data["detectedAt"]).toBe("2026-12-01T10:00:00.000Z");
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(["alerts.attached", "dispatch.requested", "notification.sent"]),
    );
    // Both of the team were asked at once: either may acknowledge.
    const omar = await s.runtime.services.users.byHandle("omar");
    expect(omar).toBeDefined();
    await s.runtime.deliveries.tick();
    const inbox = await s.runtime.services.outbox.inbox("omar", { unread: false, limit: 10 });
    expect(inbox.some((i) => i.kind === "dispatch.requested")).toBe(true);
    const danaInbox = await s.runtime.services.outbox.inbox("dana", { unread: false, limit: 10 });
    expect(danaInbox.some((i) => i.kind === "dispatch.requested")).toBe(true);

    // The same notification again changes nothing: no second incident, no event.
    const before = timeline.length;
    expect((await post("prom", body)).statusCode).toBe(202);
    await routedQuietly();
    await until(async () => (await groupNamed(id))?.outcome === "attached");
    const again = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}/timeline`))
      .body.events as unknown[];
    expect(again).toHaveLength(before);
    expect((await groups()).filter((x) => x.incident?.id === g.incident?.id)).toHaveLength(1);

    // One resolves, then both: the incident's timeline says so and the group is marked resolved.
    const half = alertmanager(
      '{}:{alertname="DiskFull"}',
      [
        { name: "DiskFull", instance: "db-1", severity: "critical", status: "resolved" },
        { name: "DiskFull", instance: "db-2", severity: "critical" },
      ],
      { severity: "critical" },
    );
    expect((await post("prom", half)).statusCode).toBe(202);
    await until(async () => {
      const d = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}`)).body as {
        alerts: { firing: number }[];
      };
      return d.alerts[0]?.firing === 1;
    });
    const all = alertmanager(
      '{}:{alertname="DiskFull"}',
      [
        { name: "DiskFull", instance: "db-1", severity: "critical", status: "resolved" },
        { name: "DiskFull", instance: "db-2", severity: "critical", status: "resolved" },
      ],
      { severity: "critical" },
    );
    expect((await post("prom", all)).statusCode).toBe(202);
    await until(async () => {
      const d = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}`)).body as {
        alerts: { status: string; resolved: number }[];
      };
      return d.alerts[0]?.status === "resolved" && d.alerts[0].resolved === 2;
    });
    const types = (
      (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}/timeline`)).body
        .events as { type: string }[]
    ).map((e) => e.type);
    expect(types.filter((t) => t === "alerts.changed")).toHaveLength(2);
    // Nobody acknowledged before the alerts resolved: the page is withdrawn, not escalated.
    expect(types).toContain("dispatch.cancelled");
    expect((await groupNamed(id))?.status).toBe("resolved");
  });

  it("pages whoever the team's schedule has on call when the alert arrives", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const schedule = await call(s, s.adminToken, "PUT", "/api/v1/schedules/dc-nights", {
      name: "DC nights",
      timeZone: "UTC",
      layers: [
        {
          name: "all",
          participants: ["omar"],
          rotation: { every: 1, unit: "days" },
          start: `${today}T00:00`,
        },
      ],
    });
    expect(schedule.status).toBe(201);
    await call(s, s.adminToken, "PUT", "/api/v1/teams/dc-night", {
      displayName: "DC nights",
      escalation: ["schedule:dc-nights", "lee"],
    });
    const rule = await call(s, s.adminToken, "PUT", "/api/v1/alert-rules/power", {
      position: 5,
      match: ['alertname="PowerLoss"'],
      action: "open",
      severity: "SEV2",
      page: { team: "dc-night" },
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(200);
    const r = await post(
      "prom",
      alertmanager('{}:{alertname="PowerLoss"}', [{ name: "PowerLoss", instance: "pdu-3" }]),
    );
    expect(r.statusCode, r.body).toBe(202);
    const g = await settled((JSON.parse(r.body) as { groups: { id: string }[] }).groups[0]?.id ?? "");
    expect([g.outcome, g.rule]).toEqual(["opened", "power"]);
    const doc = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}`)).body as {
      dispatches: { escalation: string[]; onCall?: unknown }[];
    };
    expect(doc.dispatches[0]).toMatchObject({
      escalation: ["omar", "lee"],
      onCall: [{ person: "omar", schedule: "dc-nights" }],
    });
    await call(s, s.adminToken, "DELETE", "/api/v1/alert-rules/power");
  });

  it("records what no rule opens, and a responder can attach it to an incident by hand", async () => {
    const r = await post(
      "prom",
      alertmanager('{}:{alertname="Chatty"}', [{ name: "Chatty", instance: "x", severity: "info" }], {
        severity: "info",
      }),
    );
    const id = (JSON.parse(r.body) as { groups: { id: string }[] }).groups[0]?.id ?? "";
    const g = await settled(id);
    expect(g.outcome).toBe("recorded");
    expect(g.rule).toBe("the-rest");
    expect(g.incident).toBeNull();
    const declared = await call(s, sue, "POST", "/api/v1/incidents", {
      synopsis: "Something chatty",
      severity: "SEV3",
    });
    const number = String(declared.body.number);
    const attached = await call(s, sue, "POST", `/api/v1/alert-groups/${id}/incident`, { incident: number });
    expect(attached.status, JSON.stringify(attached.body)).toBe(200);
    const doc = (await call(s, sue, "GET", `/api/v1/incidents/${number}`)).body as {
      alerts: { id: string }[];
    };
    expect(doc.alerts.map((a) => a.id)).toEqual([id]);
    expect((await groupNamed(id))?.incident?.number).toBe(Number(number));
    // New alerts of the group now go there.
    await post(
      "prom",
      alertmanager(
        '{}:{alertname="Chatty"}',
        [
          { name: "Chatty", instance: "x", severity: "info" },
          { name: "Chatty", instance: "y", severity: "info" },
        ],
        { severity: "info" },
      ),
    );
    await until(async () => {
      const d = (await call(s, sue, "GET", `/api/v1/incidents/${number}`)).body as {
        alerts: { firing: number }[];
      };
      return d.alerts[0]?.firing === 2;
    });
  });

  it("takes Grafana's webhook body as Grafana sends it, and generic JSON", async () => {
    const r = await post("grafana", GRAFANA);
    expect(r.statusCode, r.body).toBe(202);
    const id = (JSON.parse(r.body) as { groups: { id: string }[] }).groups[0]?.id ?? "";
    const g = await settled(id);
    expect(g.outcome).toBe("opened");
    expect(g.firing).toBe(2);
    const detail = (await call(s, s.adminToken, "GET", `/api/v1/alert-groups/${id}`)).body as {
      all: { fingerprint: string; url: string; labels: Record<string, string>; startsAt: string }[];
    };
    expect(detail.all.map((a) => a.fingerprint).sort()).toEqual(["bc97ff14869b13e3", "c6eadffa33fcdf37"]);
    expect(detail.all.find((a) => a.fingerprint === "c6eadffa33fcdf37")?.startsAt).toBe(
      "2026-12-01T07:51:03.157Z",
    );
    const doc = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident?.id ?? ""}`)).body as {
      severity: string;
    };
    expect(doc.severity).toBe("SEV3");

    const generic = await post("hooks", {
      group: "checkout-latency",
      alerts: [
        {
          id: "p99",
          title: "Checkout p99 over 2 s",
          labels: { severity: "warning", service: "checkout" },
          url: "https://grafana.example/d/checkout",
        },
        {
          id: "errors",
          title: "Checkout errors over 1%",
          labels: { severity: "warning", service: "checkout" },
        },
      ],
    });
    expect(generic.statusCode, generic.body).toBe(202);
    const gid = (JSON.parse(generic.body) as { groups: { id: string }[] }).groups[0]?.id ?? "";
    const gg = await settled(gid);
    expect(gg.outcome).toBe("opened");
    expect(gg.firing).toBe(2);
    // Generic JSON is strict: a misspelt field is named, not ignored.
    const typo = await post("hooks", { alerts: [{ title: "x", severity: "warning" }] });
    expect(typo.statusCode).toBe(422);
    expect((JSON.parse(typo.body) as { field: string }).field).toBe("alerts.0");
  });

  it("an alert storm in one group is one incident and one page, with every alert stored", async () => {
    const before = await s.runtime.services.alerts.count();
    const posts = Array.from({ length: 50 }, (_, batch) =>
      post(
        "prom",
        alertmanager(
          '{}:{alertname="Storm"}',
          Array.from({ length: 20 }, (_, i) => ({
            name: "Storm",
            instance: `node-${batch * 20 + i}`,
            severity: "page",
          })),
          { severity: "page" },
        ),
      ),
    );
    const answers = await Promise.all(posts);
    expect(answers.every((a) => a.statusCode === 202)).toBe(true);
    expect(await s.runtime.services.alerts.count()).toBe(before + 1000);
    const id = (JSON.parse(answers[0]?.body ?? "{}") as { groups: { id: string }[] }).groups[0]?.id ?? "";
    await until(
      async () =>
        ((await groupNamed(id))?.firing === 1000 && (await groupNamed(id))?.outcome === "attached") ||
        (await groupNamed(id))?.outcome === "opened",
    );
    await routedQuietly();
    await until(async () => {
      const g = await groupNamed(id);
      if (!g?.incident) return false;
      const d = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g.incident.id}`)).body as {
        alerts: { firing: number }[];
      };
      return d.alerts[0]?.firing === 1000;
    });
    const g = await groupNamed(id);
    const incidents = (await call(s, s.adminToken, "GET", "/api/v1/incidents?limit=200")).body.incidents as {
      synopsis: string;
      id: string;
    }[];
    expect(incidents.filter((i) => i.synopsis.startsWith("Storm"))).toHaveLength(1);
    const doc = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${g?.incident?.id ?? ""}`)).body as {
      severity: string;
      dispatches: unknown[];
      alerts: { alerts: unknown[] }[];
    };
    expect(doc.severity).toBe("SEV2");
    expect(doc.dispatches).toHaveLength(1);
    // The incident keeps the counts and the newest alerts, not a thousand.
    expect(doc.alerts[0]?.alerts.length).toBe(20);
  });

  it("a group that fires again after its incident ended opens a new one", async () => {
    const body = alertmanager(
      '{}:{alertname="Flappy"}',
      [{ name: "Flappy", instance: "a", severity: "critical" }],
      { severity: "critical" },
    );
    const id =
      (JSON.parse((await post("prom", body)).body) as { groups: { id: string }[] }).groups[0]?.id ?? "";
    const first = await settled(id);
    expect(first.outcome).toBe("opened");
    // Opened by Muster, the IC seat is empty: dana (paged) takes command, then ends it.
    const dana = await s.runtime.services.users.createToken(
      (await s.runtime.services.users.byHandle("dana"))?.id ?? "",
      "test",
    );
    await call(s, dana, "POST", `/api/v1/incidents/${first.incident?.id ?? ""}/responders`, {
      person: "dana",
    });
    const took = await call(
      s,
      dana,
      "PUT",
      `/api/v1/incidents/${first.incident?.id ?? ""}/roles/incident-commander`,
      { person: "dana" },
    );
    expect(took.status, JSON.stringify(took.body)).toBe(200);
    const ended = await call(s, dana, "POST", `/api/v1/incidents/${first.incident?.id ?? ""}/status`, {
      status: "ended",
      summary: "flapped",
      confirm: true,
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(
      (
        await post(
          "prom",
          alertmanager(
            '{}:{alertname="Flappy"}',
            [{ name: "Flappy", instance: "a", severity: "critical", status: "resolved" }],
            { severity: "critical" },
          ),
        )
      ).statusCode,
    ).toBe(202);
    await until(async () => (await groupNamed(id))?.outcome === "resolved");
    expect((await post("prom", body)).statusCode).toBe(202);
    await until(async () => {
      const g = await groupNamed(id);
      return g?.outcome === "opened" && g.incident?.id !== first.incident?.id;
    });
  });

  it("a group on a restricted incident is not listed to those who cannot see it", async () => {
    const r = await post(
      "prom",
      alertmanager('{}:{alertname="Secret"}', [{ name: "Secret", instance: "vault", severity: "info" }], {
        severity: "info",
      }),
    );
    const id = (JSON.parse(r.body) as { groups: { id: string }[] }).groups[0]?.id ?? "";
    await settled(id);
    const restricted = await call(s, s.adminToken, "POST", "/api/v1/incidents", {
      synopsis: "Credential leak",
      visibility: "restricted",
    });
    expect(restricted.status).toBe(201);
    expect(
      (
        await call(s, s.adminToken, "POST", `/api/v1/alert-groups/${id}/incident`, {
          incident: String(restricted.body.number),
        })
      ).status,
    ).toBe(200);
    expect((await groups(sue)).some((g) => g.id === id)).toBe(false);
    const one = await call(s, sue, "GET", `/api/v1/alert-groups/${id}`);
    expect(one.status).toBe(404);
    expect(JSON.stringify(one.body)).not.toContain("Secret");
    // Nor can she attach it elsewhere.
    expect(
      (await call(s, sue, "POST", `/api/v1/alert-groups/${id}/incident`, { incident: "1" })).status,
    ).toBe(404);
  });

  it("deletes resolved groups past the retention, keeping firing ones and what incidents tracked", async () => {
    const before = await groups();
    const resolved = before.filter((g) => g.status === "resolved");
    expect(resolved.length).toBeGreaterThan(0);
    const withIncident = resolved.find((g) => g.incident !== null);
    expect(await s.runtime.services.alerts.prune(new Date(Date.now() + 60_000))).toBe(resolved.length);
    const after = await groups();
    expect(after.map((g) => g.id).sort()).toEqual(
      before
        .filter((g) => g.status === "firing")
        .map((g) => g.id)
        .sort(),
    );
    if (withIncident?.incident) {
      const doc = (await call(s, s.adminToken, "GET", `/api/v1/incidents/${withIncident.incident.id}`))
        .body as {
        alerts: { id: string }[];
      };
      expect(doc.alerts.map((a) => a.id)).toContain(withIncident.id);
    }
    // Within the retention, nothing goes.
    expect(await s.runtime.alertRouter.prune()).toBe(0);
  });

  it("checks rules when they are saved", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ action: "open", match: ["severity==critical"] }, "match.0"],
      [{ action: "open", match: ['team=~"(unclosed"'] }, "match.0"],
      [{ action: "open", severity: "SEV9" }, "severity"],
      [{ action: "open", page: { team: "nobody" } }, "page.team"],
      [{ action: "open", notify: { people: ["ghost"] } }, "notify.people"],
      [{ action: "shout" }, "action"],
    ];
    for (const [body, field] of bad) {
      const r = await call(s, s.adminToken, "PUT", "/api/v1/alert-rules/broken", body);
      expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.body.field).toBe(field);
    }
    expect((await call(s, sue, "PUT", "/api/v1/alert-rules/mine", { action: "record" })).status).toBe(403);
    expect((await call(s, sue, "PUT", "/api/v1/alert-sources/mine", { kind: "generic" })).status).toBe(403);
    const rules = (await call(s, sue, "GET", "/api/v1/alert-rules")).body.rules as { name: string }[];
    expect(rules.map((r) => r.name)).toEqual(["critical", "warnings", "the-rest"]);
  });
});
