import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEvent } from "../../src/domain/describe.js";
import type { EventEnvelope } from "../../src/domain/index.js";
import { buildApp } from "../../src/http/app.js";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";
import { ENGINES, testConfig } from "../support/runtime.js";

type Body = Record<string, unknown> & { events?: { type: string; data: Record<string, unknown> }[] };
type Shift = { person: string; start: string; end: string; source: Record<string, unknown> };

/** A feed parsed as a calendar app would (ical.js, Mozilla's parser). */
function calendarOf(text: string): ICAL.Component {
  // ical.js types its parse result as any: one calendar is a jCal array.
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

/** A weekly London rotation handing over on Mondays at 09:00, and an office-hours layer. */
const primary = {
  name: "Database primary",
  timeZone: "Europe/London",
  layers: [
    {
      name: "weekly",
      participants: ["ana", "ben"],
      rotation: { every: 1, unit: "weeks" },
      start: "2027-03-15T09:00",
    },
  ],
};

describe.each(ENGINES)("on-call schedules on %s", (engine) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-schedules-"));
  // Wednesday 24 March 2027, 12:00 GMT: ben's week (from Monday 22 March 09:00).
  let now = Date.parse("2027-03-24T12:00:00.000Z");
  let runtime: Runtime;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  const call = async (who: string | null, method: string, url: string, body?: unknown) => {
    const res = await app.inject({
      method: method as "GET",
      url,
      headers: {
        ...(who === null ? {} : { authorization: `Bearer ${tokens[who] ?? ""}` }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    const json = (res.headers["content-type"] ?? "").toString().includes("json");
    return {
      status: res.statusCode,
      type: String(res.headers["content-type"] ?? ""),
      text: res.body,
      body: (json ? JSON.parse(res.body || "{}") : {}) as Body,
    };
  };

  beforeAll(async () => {
    runtime = await createRuntime(await testConfig(engine, dir), () => new Date(now));
    tokens.admin = (await bootstrapAdmin(runtime.services.users, undefined)) ?? "";
    for (const h of ["ic", "ana", "ben", "cal", "lead"]) {
      const user = await runtime.services.users.create({ handle: h, displayName: h });
      tokens[h] = await runtime.services.users.createToken(user!.id, "t");
    }
    app = await buildApp(runtime.services);
  });
  afterAll(async () => {
    await app.close();
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets admins write schedules and refuses bad ones with the field that is wrong", async () => {
    expect((await call("ana", "PUT", "/api/v1/schedules/db-primary", primary)).status).toBe(403);
    const cases: [unknown, string][] = [
      [{ ...primary, timeZone: "Europe/Lundun" }, "timeZone"],
      [
        { ...primary, layers: [{ ...primary.layers[0], participants: ["ana", "ghost"] }] },
        "layers.0.participants.1",
      ],
      [{ ...primary, layers: [{ ...primary.layers[0], start: "2027-03-15 09:00" }] }, "layers.0.start"],
      [
        { ...primary, layers: [{ ...primary.layers[0], rotation: { every: 0, unit: "days" } }] },
        "layers.0.rotation.every",
      ],
      [
        {
          ...primary,
          layers: [{ ...primary.layers[0], restriction: { weekdays: [1], from: "09:00", to: "09:00" } }],
        },
        "layers.0.restriction.to",
      ],
      [{ ...primary, layers: [] }, "layers"],
    ];
    for (const [body, field] of cases) {
      const res = await call("admin", "PUT", "/api/v1/schedules/db-primary", body);
      expect([res.status, res.body.field], field).toEqual([422, field]);
      expect(String(res.body.detail).length).toBeGreaterThan(10);
    }
    expect((await call("admin", "GET", "/api/v1/schedules/db-primary")).status).toBe(404);
    const made = await call("admin", "PUT", "/api/v1/schedules/db-primary", primary);
    expect(made.status).toBe(201);
    expect(made.body.onCall).toMatchObject({
      now: { person: "ben", start: "2027-03-22T09:00:00.000Z", end: "2027-03-29T08:00:00.000Z" },
      next: { person: "ana", start: "2027-03-29T08:00:00.000Z" },
    });
    expect((await call("admin", "PUT", "/api/v1/schedules/db-primary", primary)).status).toBe(200);
  });

  it("says who is on call now and next, at any moment, and lists shifts across the clock change", async () => {
    const list = await call("cal", "GET", "/api/v1/schedules");
    expect(list.body.schedules).toEqual([
      expect.objectContaining({
        schedule: "db-primary",
        now: expect.objectContaining({ person: "ben" }) as unknown,
      }),
    ]);
    // 29 March 08:00Z is 09:00 BST, the first Monday after the clocks went forward.
    const before = await call("cal", "GET", "/api/v1/schedules/db-primary/on-call?at=2027-03-29T07:59:00Z");
    const after = await call("cal", "GET", "/api/v1/schedules/db-primary/on-call?at=2027-03-29T08:00:00Z");
    expect([before.body.now, after.body.now].map((s) => (s as Shift).person)).toEqual(["ben", "ana"]);
    const shifts = await call(
      "cal",
      "GET",
      "/api/v1/schedules/db-primary/shifts?from=2027-03-20T00:00:00Z&to=2027-04-06T00:00:00Z",
    );
    expect((shifts.body.shifts as Shift[]).map((s) => [s.person, s.start])).toEqual([
      ["ana", "2027-03-20T00:00:00.000Z"],
      ["ben", "2027-03-22T09:00:00.000Z"],
      ["ana", "2027-03-29T08:00:00.000Z"],
      ["ben", "2027-04-05T08:00:00.000Z"],
    ]);
    const tooLong = await call(
      "cal",
      "GET",
      "/api/v1/schedules/db-primary/shifts?from=2027-01-01T00:00:00Z&to=2029-01-01T00:00:00Z",
    );
    expect([tooLong.status, tooLong.body.field]).toEqual([422, "to"]);
    const backwards = await call(
      "cal",
      "GET",
      "/api/v1/schedules/db-primary/shifts?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z",
    );
    expect([backwards.status, backwards.body.field]).toEqual([422, "to"]);
    const mine = await call(
      "ana",
      "GET",
      "/api/v1/users/ana/shifts?from=2027-03-20T00:00:00Z&to=2027-04-06T00:00:00Z",
    );
    expect((mine.body.shifts as (Shift & { schedule: string })[]).map((s) => [s.schedule, s.start])).toEqual([
      ["db-primary", "2027-03-20T00:00:00.000Z"],
      ["db-primary", "2027-03-29T08:00:00.000Z"],
    ]);
  });

  it("takes overrides from members, which win until they end or are removed", async () => {
    const bad = await call("ana", "POST", "/api/v1/schedules/db-primary/overrides", {
      person: "cal",
      start: "2027-03-24T18:00:00Z",
      end: "2027-03-24T17:00:00Z",
    });
    expect([bad.status, bad.body.field]).toEqual([422, "end"]);
    const ghost = await call("ana", "POST", "/api/v1/schedules/db-primary/overrides", {
      person: "ghost",
      start: "2027-03-24T10:00:00Z",
      end: "2027-03-24T18:00:00Z",
    });
    expect([ghost.status, ghost.body.field]).toEqual([422, "person"]);
    const o = await call("ben", "POST", "/api/v1/schedules/db-primary/overrides", {
      person: "cal",
      start: "2027-03-24T10:00:00Z",
      end: "2027-03-24T18:00:00Z",
      note: "ben at the dentist",
    });
    expect(o.status).toBe(201);
    expect(o.body).toMatchObject({ person: "cal", createdBy: "ben", note: "ben at the dentist" });
    const onCall = await call("ana", "GET", "/api/v1/schedules/db-primary/on-call");
    expect(onCall.body.now).toMatchObject({
      person: "cal",
      source: { override: o.body.id },
      end: "2027-03-24T18:00:00.000Z",
    });
    expect(onCall.body.next).toMatchObject({ person: "ben", start: "2027-03-24T18:00:00.000Z" });
    const shown = await call("ana", "GET", "/api/v1/schedules/db-primary");
    expect((shown.body.overrides as { id: string }[]).map((x) => x.id)).toEqual([o.body.id]);
    const audit = await runtime.services.audit.recent(20);
    expect(audit.map((a) => a.action)).toContain("schedule.override-added");
    expect(
      (await call("ana", "DELETE", `/api/v1/schedules/db-primary/overrides/${String(o.body.id)}`)).status,
    ).toBe(204);
    expect(
      (await call("ana", "DELETE", `/api/v1/schedules/db-primary/overrides/${String(o.body.id)}`)).body.code,
    ).toBe("OVERRIDE_NOT_FOUND");
    expect(
      ((await call("ana", "GET", "/api/v1/schedules/db-primary/on-call")).body.now as Shift).person,
    ).toBe("ben");
  });

  it("keeps a schedule's overrides bounded", async () => {
    await call("admin", "PUT", "/api/v1/schedules/busy", { ...primary, name: "Busy" });
    for (let i = 0; i < 200; i++) {
      const start = new Date(now + i * 3_600_000).toISOString();
      const end = new Date(now + (i + 1) * 3_600_000).toISOString();
      await runtime.services.schedules.addOverride(
        "busy",
        { person: "cal", start, end, note: null, createdBy: "ana" },
        new Date(now),
      );
    }
    const refused = await call("ana", "POST", "/api/v1/schedules/busy/overrides", {
      person: "cal",
      start: new Date(now).toISOString(),
      end: new Date(now + 3_600_000).toISOString(),
    });
    expect([refused.status, refused.body.code]).toEqual([409, "TOO_MANY_OVERRIDES"]);
    expect((await call("admin", "DELETE", "/api/v1/schedules/busy")).status).toBe(204);
    expect((await runtime.services.schedules.overrides("busy", new Date(0))).length).toBe(0);
  });

  it("pages whoever a team's schedule has on call at the moment of paging, then the team lead", async () => {
    const unknown = await call("admin", "PUT", "/api/v1/teams/db", {
      displayName: "Databases",
      escalation: ["schedule:nope", "lead"],
    });
    expect([unknown.status, unknown.body.code, unknown.body.field]).toEqual([
      404,
      "SCHEDULE_NOT_FOUND",
      "escalation.0",
    ]);
    const malformed = await call("admin", "PUT", "/api/v1/teams/db", {
      displayName: "Databases",
      escalation: ["schedule:"],
    });
    expect([malformed.status, malformed.body.field]).toEqual([422, "escalation.0"]);
    expect(
      (
        await call("admin", "PUT", "/api/v1/teams/db", {
          displayName: "Databases",
          escalation: ["schedule:db-primary", "lead"],
        })
      ).status,
    ).toBe(200);

    const listed = (await call("ic", "GET", "/api/v1/teams")).body.teams as { name: string; now: unknown }[];
    expect(listed.find((t) => t.name === "db")?.now).toEqual({
      people: ["ben", "lead"],
      onCall: [{ person: "ben", schedule: "db-primary" }],
      uncovered: [],
    });
    const d = await call("ic", "POST", "/api/v1/incidents", { synopsis: "Replica lag climbing" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const first = await call("ic", "POST", `${ref}/dispatches`, {
      team: "db",
      message: "Lag on the replicas",
    });
    expect(first.status).toBe(201);
    expect(first.body.events?.[0]?.data).toMatchObject({
      escalation: ["ben", "lead"],
      onCall: [{ person: "ben", schedule: "db-primary" }],
    });
    const timeline = await call("ic", "GET", `${ref}/timeline`);
    const requested = (timeline.body.events as EventEnvelope[]).find((e) => e.type === "dispatch.requested");
    expect(describeEvent(requested!)).toContain("on call: ben for db-primary");

    // After Monday's handoff (09:00 BST = 08:00Z), the same team pages ana.
    now = Date.parse("2027-03-29T08:30:00.000Z");
    const second = await call("ic", "POST", `${ref}/dispatches`, {
      team: "db",
      message: "Still lagging",
      all: true,
    });
    expect(second.body.events?.[0]?.data).toMatchObject({ escalation: ["ana", "lead"], all: true });
    const doc = await call("ic", "GET", ref);
    const secondId = second.body.events?.[0]?.data.id;
    const shown = (doc.body.dispatches as { id: string; onCall?: unknown }[]).find((x) => x.id === secondId);
    expect(shown?.onCall).toEqual([{ person: "ana", schedule: "db-primary" }]);

    // A notification to the team reaches whoever is on call now.
    const told = await call("ic", "POST", `${ref}/notifications`, {
      teams: ["db"],
      text: "Failover planned",
    });
    expect(told.body.events?.[0]?.data).toMatchObject({ audience: ["ana", "lead"] });

    const inUse = await call("admin", "DELETE", "/api/v1/schedules/db-primary");
    expect([inUse.status, inUse.body.code]).toEqual([409, "SCHEDULE_IN_USE"]);
    expect(String(inUse.body.detail)).toContain("db");
    now = Date.parse("2027-03-24T12:00:00.000Z");
  });

  it("refuses to page a team whose only schedule has nobody on call", async () => {
    await call("admin", "PUT", "/api/v1/schedules/later", {
      ...primary,
      name: "Starts later",
      layers: [{ ...primary.layers[0], start: "2028-01-03T09:00" }],
    });
    await call("admin", "PUT", "/api/v1/teams/future", {
      displayName: "Future",
      escalation: ["schedule:later"],
    });
    const d = await call("ic", "POST", "/api/v1/incidents", { synopsis: "Nobody home" });
    const res = await call("ic", "POST", `/api/v1/incidents/${String(d.body.number)}/dispatches`, {
      team: "future",
      message: "x",
    });
    expect([res.status, res.body.code, res.body.field]).toEqual([409, "NOBODY_ON_CALL", "team"]);
    expect(String(res.body.detail)).toContain("later");
  });

  it("serves signed calendar feeds that calendar apps read, and revokes them on rotation", async () => {
    const link = await call("cal", "GET", "/api/v1/schedules/db-primary/calendar");
    const url = String(link.body.url);
    expect(url).toMatch(/^\/api\/v1\/calendars\/schedules\/db-primary\.ics\?key=[\w-]+$/);
    const feed = await call(null, "GET", url);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("text/calendar");
    const events = calendarOf(feed.text)
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const ana = events.find((e) => e.startDate.toJSDate().toISOString() === "2027-03-29T08:00:00.000Z");
    expect(ana?.summary).toBe("ana on call (Database primary)");
    expect(ana?.endDate.toJSDate().toISOString()).toBe("2027-04-05T08:00:00.000Z");
    expect(events.length).toBeGreaterThanOrEqual(15);

    for (const wrong of [
      url.replace(/key=.*/, "key=forged"),
      url.replace("db-primary", "later"),
      url.replace(/\?.*/, ""),
    ]) {
      const res = await call(null, "GET", wrong);
      expect(res.status, wrong).toBeGreaterThanOrEqual(400);
      expect(res.status, wrong).toBeLessThan(500);
      expect(res.text).not.toContain("BEGIN:VCALENDAR");
    }
    expect((await call("cal", "POST", "/api/v1/schedules/db-primary/calendar/rotate")).status).toBe(403);
    const rotated = await call("admin", "POST", "/api/v1/schedules/db-primary/calendar/rotate");
    expect((await call(null, "GET", url)).body.code).toBe("FEED_NOT_FOUND");
    expect((await call(null, "GET", String(rotated.body.url))).status).toBe(200);

    // A person's feed: their own address, or an admin's; never someone else's.
    expect((await call("cal", "GET", "/api/v1/users/ana/calendar")).status).toBe(403);
    const mine = String((await call("ana", "GET", "/api/v1/users/ana/calendar")).body.url);
    expect(String((await call("admin", "GET", "/api/v1/users/ana/calendar")).body.url)).toBe(mine);
    const personal = await call(null, "GET", mine);
    const summaries = calendarOf(personal.text)
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries.length).toBeGreaterThan(3);
    expect(new Set(summaries)).toEqual(new Set(["On call: Database primary"]));
    const anaUser = await runtime.services.users.byHandle("ana");
    await runtime.services.users.setDeactivated(anaUser!.id, new Date(now));
    expect((await call(null, "GET", mine)).body.code).toBe("FEED_NOT_FOUND");
  });
});
