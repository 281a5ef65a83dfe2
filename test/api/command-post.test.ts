import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { SseReader } from "../support/sse.js";

/** The API the web Command Post leans on: the channel, abilities and the live incident list. */
describe.each(ENGINES)("command post API on %s", (engine) => {
  let s: TestServer;
  let base: string;
  let ann: string;
  let bob: string;
  let cy: string;
  let dee: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    bob = await s.user("bob");
    cy = await s.user("cy");
    dee = await s.user("dee");
    await s.app.listen({ port: 0, host: "127.0.0.1" });
    const address = s.app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => s.close());

  async function declare(body: Record<string, unknown>): Promise<string> {
    const d = await call(s, ann, "POST", "/api/v1/incidents", body);
    expect(d.status).toBe(201);
    return `/api/v1/incidents/${String(d.body.number)}`;
  }

  it("posts channel messages as timeline events, marking senders who are not checked in", async () => {
    const ref = await declare({ synopsis: "Chatty outage" });
    const fromIc = await call(s, ann, "POST", `${ref}/messages`, { text: "Who has eyes on the LB?" });
    expect(fromIc.status).toBe(201);
    expect(fromIc.body.events?.[0]).toMatchObject({
      type: "message.posted",
      actorRoles: ["incident-commander"],
      data: { text: "Who has eyes on the LB?", freelancing: false },
    });
    const outsider = await call(s, bob, "POST", `${ref}/messages`, { text: "I restarted it" });
    expect(outsider.body.events?.[0]?.data).toEqual({ text: "I restarted it", freelancing: true });
    const timeline = await call(s, bob, "GET", `${ref}/timeline`);
    const types = (timeline.body.events as { type: string }[]).map((e) => e.type);
    expect(types.filter((t) => t === "message.posted")).toHaveLength(2);
  });

  it("refuses empty messages with the field, and hides restricted incidents from outsiders", async () => {
    const ref = await declare({ synopsis: "Quiet one", visibility: "restricted" });
    const seq = (await call(s, ann, "GET", ref)).body.seq;
    const empty = await call(s, ann, "POST", `${ref}/messages`, { text: "   " });
    expect(empty.status).toBe(422);
    expect(empty.body.field).toBe("text");
    const hidden = await call(s, bob, "POST", `${ref}/messages`, { text: "hello?" });
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe("INCIDENT_NOT_FOUND");
    expect((await call(s, ann, "GET", ref)).body.seq).toBe(seq);
  });

  it("tells each person what they may do, by the same rules the commands enforce", async () => {
    const ref = await declare({ synopsis: "Abilities" });
    for (const p of ["bob", "cy"]) await call(s, ann, "POST", `${ref}/responders`, { person: p });
    await call(s, ann, "POST", `${ref}/responders/bob/assignment`, { role: "tech-lead" });
    await call(s, ann, "POST", `${ref}/responders/cy/assignment`, { supervisor: "bob", role: "sme" });
    const ic = (await call(s, ann, "GET", `${ref}/abilities`)).body;
    expect(ic).toMatchObject({
      person: "ann",
      command: true,
      handOverCommand: true,
      setStatus: ["stable", "ended"],
      organise: ["ann", "bob", "cy"],
    });
    const tl = (await call(s, bob, "GET", `${ref}/abilities`)).body;
    expect(tl).toMatchObject({ command: false, clearChanges: true, report: true, setStatus: [] });
    expect(tl.organise).toEqual(["bob", "cy"]);
    const outsider = (await call(s, dee, "GET", `${ref}/abilities`)).body;
    expect(outsider).toMatchObject({ responder: false, checkIn: true, report: false, message: true });
    // The rule behind the answer: the TL's move of her own SME is accepted, the outsider's is not.
    expect((await call(s, dee, "POST", `${ref}/log`, { text: "x" })).status).toBe(403);
    expect((await call(s, cy, "DELETE", `${ref}/responders/cy`, {})).status).toBe(200);
    expect((await call(s, cy, "GET", `${ref}/abilities`)).body).toMatchObject({
      responder: false,
      checkIn: true,
    });
  });

  it("lists the next update due and the synopsis for the board", async () => {
    const ref = await declare({ synopsis: "Board row", severity: "SEV1" });
    const { incidents } = (await call(s, ann, "GET", "/api/v1/incidents")).body as {
      incidents: {
        synopsis: string;
        nextUpdateDueAt: string | null;
        updateOverdue: boolean;
        number: number;
      }[];
    };
    const row = incidents.find((i) => `/api/v1/incidents/${String(i.number)}` === ref);
    expect(row).toMatchObject({ synopsis: "Board row", updateOverdue: false });
    expect(Date.parse(String(row?.nextUpdateDueAt))).toBeGreaterThan(Date.now());
  });

  it("streams the incident list live, never showing restricted incidents to outsiders, and resumes", async () => {
    const stream = await SseReader.open(`${base}/api/v1/incidents/stream`, bob);
    await stream.until((f) => f.event === "ready");
    await declare({ synopsis: "Secret", name: `Secret ${engine}`, visibility: "restricted" });
    const open = await declare({ synopsis: "Public", name: `Public ${engine}` });
    const row = await stream.until((f) => f.event === "incident" && f.data.name === `Public ${engine}`);
    expect(row.data).toMatchObject({ status: "active", commander: "ann", synopsis: "Public" });
    await call(s, ann, "POST", `${open}/status`, { status: "stable" });
    const stable = await stream.until(
      (f) => f.data.name === `Public ${engine}` && f.data.status === "stable",
    );
    stream.close();
    const seen = [row, stable, ...stream.drain()].map((f) => f.data.name);
    expect(seen).not.toContain(`Secret ${engine}`);
    // Resuming from the last id re-sends what changed since, including the secret only to its owner.
    const resumedBob = await SseReader.open(`${base}/api/v1/incidents/stream`, bob, row.id);
    await resumedBob.until((f) => f.event === "ready");
    resumedBob.close();
    const resumedAnn = await SseReader.open(`${base}/api/v1/incidents/stream`, ann, row.id);
    await resumedAnn.until((f) => f.data.name === `Secret ${engine}`);
    resumedAnn.close();
  });
});
