import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("command continuity through the API on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let dee: string;
  let tom: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    dee = await s.user("dee");
    tom = await s.user("tom");
  });
  afterAll(async () => s.close());

  async function incident(): Promise<string> {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "DC1 dark", severity: "SEV1" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    for (const person of ["dee", "tom"]) await call(s, ann, "POST", `${ref}/responders`, { person });
    await call(s, ann, "POST", `${ref}/responders/dee/assignment`, { role: "deputy" });
    await call(s, ann, "POST", `${ref}/responders/tom/assignment`, {});
    return ref;
  }

  it("lets the Deputy assume command of an IC who went quiet, and tells the old IC in their inbox", async () => {
    const ref = await incident();
    expect((await call(s, dee, "GET", `${ref}/abilities`)).body).toMatchObject({ assumeCommand: true });
    const refused = await call(s, tom, "POST", `${ref}/command/assume`, { reason: "ann is gone" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: "NOT_IN_COMMAND" });
    const blank = await call(s, dee, "POST", `${ref}/command/assume`, { reason: " " });
    expect(blank.status).toBe(422);
    expect(JSON.stringify(blank.body)).toContain("reason");
    const taken = await call(s, dee, "POST", `${ref}/command/assume`, { reason: "no answer for 15 min" });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ commander: "dee", command: { nextInLine: null, away: null } });
    const history = await call(s, dee, "GET", `${ref}/roles/history`);
    expect(JSON.stringify(history.body)).toContain('"via":"assume"');
    // The delivery worker moves what the outbox owes into inboxes (ticked here, not on a timer).
    await s.runtime.deliveries.tick();
    const inbox = (await call(s, ann, "GET", "/api/v1/inbox")).body.items as { body: string }[];
    expect(inbox.map((i) => i.body)).toContainEqual(
      expect.stringContaining("dee assumed command from ann as the Deputy"),
    );
  });

  it("steps away until a time and back, refusing bad times with the field named", async () => {
    const ref = await incident();
    const past = await call(s, ann, "POST", `${ref}/command/step-away`, { until: "2020-01-01T00:00:00Z" });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: "INVALID_TIME", field: "until" });
    const garbage = await call(s, ann, "POST", `${ref}/command/step-away`, { until: "half past two" });
    expect(garbage.status).toBe(422);
    expect(garbage.body).toMatchObject({ field: "until" });
    const until = new Date(Date.now() + 30 * 60_000).toISOString();
    const away = await call(s, ann, "POST", `${ref}/command/step-away`, {
      until,
      notes: "on the phone to DC ops",
    });
    expect(away.status).toBe(200);
    expect(away.body).toMatchObject({
      commander: "dee",
      command: { away: { commander: "ann", acting: "dee" } },
    });
    expect((await call(s, ann, "GET", `${ref}/abilities`)).body).toMatchObject({ resumeCommand: true });
    const back = await call(s, ann, "POST", `${ref}/command/resume`);
    expect(back.body).toMatchObject({ commander: "ann", command: { away: null, nextInLine: "dee" } });
  });

  it("names a successor, who can then assume command when there is no Deputy", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Queue backlog" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, ann, "POST", `${ref}/responders`, { person: "tom" });
    await call(s, ann, "POST", `${ref}/responders/tom/assignment`, {});
    const named = await call(s, ann, "PUT", `${ref}/command/successor`, { person: "tom" });
    expect(named.body).toMatchObject({ command: { successor: "tom", nextInLine: "tom" } });
    expect((await call(s, tom, "POST", `${ref}/command/assume`, { reason: "ann off sick" })).status).toBe(
      200,
    );
    // An admin who is not in the incident at all is the last resort.
    const admin = await call(s, s.adminToken, "POST", `${ref}/command/assume`, { reason: "tom unreachable" });
    expect(admin.status).toBe(200);
    expect(admin.body.commander).toBe("admin");
  });

  it("keeps links from the declaration on, refusing scripts and nonsense with the field named", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Payments API latency",
      links: [{ label: "Channel", url: "https://chat.example.com/pay-1" }],
    });
    expect(d.status).toBe(201);
    expect(d.body.links).toEqual([{ label: "Channel", url: "https://chat.example.com/pay-1" }]);
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    for (const url of ["javascript:alert(document.cookie)", "https://x.example/\u0000", "not a url"]) {
      const bad = await call(s, ann, "PUT", `${ref}/links`, { links: [{ label: "x", url }] });
      expect(bad.status, url).toBe(422);
      expect(bad.body.field, url).toMatch(/^links/);
    }
    const tooMany = await call(s, ann, "PUT", `${ref}/links`, {
      links: Array.from({ length: 13 }, (_, i) => ({ label: `l${String(i)}`, url: "https://x.example" })),
    });
    expect(tooMany.status).toBe(422);
    const set = await call(s, ann, "PUT", `${ref}/links`, {
      links: [{ label: "Bridge", url: "https://meet.example.com/pay" }],
    });
    expect(set.status).toBe(200);
    expect((await call(s, tom, "GET", ref)).body.links).toEqual([
      { label: "Bridge", url: "https://meet.example.com/pay" },
    ]);
    const md = await s.app.inject({
      method: "GET",
      url: ref,
      headers: { authorization: `Bearer ${ann}`, accept: "text/markdown" },
    });
    expect(md.body).toContain("- Bridge: https://meet.example.com/pay");
  });
});
