import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("follow-ups through the API on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let bob: string;
  let eve: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    bob = await s.user("bob");
    eve = await s.user("eve");
  });
  afterAll(async () => s.close());

  it("adds follow-ups, moves them to done, and lists mine and the overdue ones across incidents", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Cert expired", severity: "SEV2" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, ann, "POST", `${ref}/responders`, { person: "bob" });
    const bad = await call(s, ann, "POST", `${ref}/follow-ups`, {
      title: "x",
      owner: "bob",
      dueAt: "next week",
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("dueAt");
    expect(
      (await call(s, ann, "POST", `${ref}/follow-ups`, { title: "x", owner: "nobody" })).body,
    ).toMatchObject({ code: "UNKNOWN_PERSON", field: "owner" });
    expect((await call(s, eve, "POST", `${ref}/follow-ups`, { title: "x", owner: "bob" })).status).toBe(403);
    const added = await call(s, ann, "POST", `${ref}/follow-ups`, {
      title: "Alert before certificates expire",
      owner: "bob",
      dueAt: "2020-01-01T00:00:00Z",
      priority: "high",
    });
    expect(added.status).toBe(201);
    const id = (added.body.followUps as { id: string }[])[0]!.id;
    await call(s, ann, "POST", `${ref}/status`, { status: "ended", summary: "Renewed" });
    const later = await call(s, ann, "POST", `${ref}/follow-ups`, {
      title: "Runbook for manual renewal",
      owner: "ann",
    });
    expect(later.status).toBe(201);

    const mine = (await call(s, bob, "GET", "/api/v1/follow-ups?owner=bob")).body.followUps as {
      id: string;
      incident: { number: number };
    }[];
    expect(mine.map((f) => f.id)).toEqual([id]);
    expect(mine[0]?.incident.number).toBe(d.body.number);
    const overdue = (await call(s, eve, "GET", "/api/v1/follow-ups?overdue=true")).body.followUps as {
      title: string;
    }[];
    expect(overdue.map((f) => f.title)).toContain("Alert before certificates expire");

    const wont = await call(s, bob, "PATCH", `${ref}/follow-ups/${id}`, { state: "wont-do" });
    expect(wont.body).toMatchObject({ code: "REASON_REQUIRED", field: "reason" });
    const done = await call(s, bob, "PATCH", `${ref}/follow-ups/${id}`, { state: "done" });
    expect(done.status).toBe(200);
    expect(
      (await call(s, bob, "GET", "/api/v1/follow-ups?owner=bob&state=done")).body.followUps,
    ).toHaveLength(1);
    expect((await call(s, bob, "PATCH", `${ref}/follow-ups/nope`, { state: "done" })).status).toBe(404);
  });

  it("never lists a restricted incident's follow-ups or postmortem to someone who cannot see it", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Key leak",
      visibility: "restricted",
    });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, ann, "POST", `${ref}/follow-ups`, { title: "Rotate the signing key", owner: "ann" });
    await call(s, ann, "POST", `${ref}/postmortem`);
    const asEve = JSON.stringify((await call(s, eve, "GET", "/api/v1/follow-ups")).body);
    expect(asEve).not.toContain("Rotate the signing key");
    expect(JSON.stringify((await call(s, eve, "GET", "/api/v1/postmortems")).body)).not.toContain("Key leak");
    expect((await call(s, eve, "GET", `${ref}/postmortem`)).status).toBe(404);
    expect(JSON.stringify((await call(s, ann, "GET", "/api/v1/follow-ups")).body)).toContain(
      "Rotate the signing key",
    );
  });
});
