import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer, virtualClock } from "../support/runtime.js";
import { call } from "../support/http.js";

type RunBody = {
  id: string;
  status: string;
  speed: number;
  incident: { id: string; number: number } | null;
  clock: { elapsedMs: number; lengthMs: number };
  injects: { id: string; state: string; when: string; dueAtMs: number | null; type: string }[];
};

describe.each(ENGINES)("running drills on %s", (engine) => {
  let s: TestServer;
  const clock = virtualClock("2026-12-03T09:00:00.000Z");
  let fay: string; // the facilitator
  let ann: string;
  let out: string; // not in the drill

  beforeAll(async () => {
    s = await startTestServer(engine, {}, [], clock.now);
    fay = await s.user("fay");
    ann = await s.user("ann");
    await s.user("ben");
    out = await s.user("oli");
  });
  afterAll(async () => {
    await s.close();
  });

  /** Moves the drill's world on: the clock, then one look by the runner. */
  async function tick(minutes = 0): Promise<void> {
    clock.minutes(minutes);
    await s.runtime.drillRunner.tick();
  }
  async function run(id: string, token = fay): Promise<RunBody> {
    const r = await call(s, token, "GET", `/api/v1/drills/${id}`);
    expect(r.status).toBe(200);
    return r.body as unknown as RunBody;
  }
  const states = (r: RunBody) => Object.fromEntries(r.injects.map((i) => [i.id, i.state]));
  async function types(incidentId: string): Promise<string[]> {
    return (await s.runtime.services.reads.timeline(incidentId, 0, 1000)).map((e) => e.type);
  }

  it("refuses a start that does not fit the scenario, each on its field", async () => {
    const start = (body: Record<string, unknown>) => call(s, fay, "POST", "/api/v1/drills", body);
    const cases: [Record<string, unknown>, number, string, string | undefined][] = [
      [{ scenario: "no-such", participants: ["ann", "ben"] }, 404, "SCENARIO_NOT_FOUND", "scenario"],
      [{ scenario: "dc-power-failure", participants: ["ann"] }, 422, "VALIDATION", "participants"],
      [
        { scenario: "dc-power-failure", participants: ["ann", "zed"] },
        422,
        "UNKNOWN_PERSON",
        "participants.1",
      ],
      [{ scenario: "dc-power-failure", participants: ["ann", "ben"], speed: 0 }, 422, "VALIDATION", "speed"],
      [{ scenario: "slow-degradation", participants: ["ann", "ben", "fay"] }, 422, "VALIDATION", undefined],
      [
        { scenario: "dc-power-failure", participants: ["ann", "ben"], slots: { senior: "ann" } },
        422,
        "VALIDATION",
        "slots.senior",
      ],
    ];
    for (const [body, status, code, field] of cases) {
      const r = await start(body);
      expect([r.status, r.body.code], JSON.stringify(body)).toEqual([status, code]);
      if (field) expect(r.body.field).toBe(field);
    }
    expect((await call(s, fay, "GET", "/api/v1/drills")).body.runs).toEqual([]);
  });

  it("opens a drill incident, sends injects on the drill's clock and through the write path", async () => {
    const started = await call(s, fay, "POST", "/api/v1/drills", {
      scenario: "dc-power-failure",
      participants: ["ann", "ben"],
    });
    expect(started.status).toBe(201);
    const id = (started.body as unknown as RunBody).id;
    const incident = (started.body as unknown as RunBody).incident;
    expect(incident).not.toBeNull();
    const doc = await call(s, ann, "GET", `/api/v1/incidents/${String(incident?.number)}`);
    expect(doc.body).toMatchObject({ kind: "drill", severity: "SEV1", commander: null });
    expect(await types(incident?.id ?? "")).toContain("drill.injected"); // the brief

    await tick();
    let r = await run(id);
    expect(states(r)["ups-on-battery"]).toBe("fired");
    expect(states(r)["racks-dark"]).toBe("pending");
    const alerts = await call(s, ann, "GET", `/api/v1/incidents/${String(incident?.number)}`);
    expect(JSON.stringify(alerts.body)).toContain("UPS on battery (hall B)");

    await tick(3);
    r = await run(id);
    expect(states(r)["racks-dark"]).toBe("fired");
    expect(r.injects.find((i) => i.id === "facilities-report")).toMatchObject({
      when: "2m after the first role.filled (by 8m at the latest)",
      dueAtMs: 8 * 60_000,
    });

    // A condition: someone takes command; two drill minutes later facilities report to the TL.
    const ref = `/api/v1/incidents/${String(incident?.number)}`;
    expect((await call(s, ann, "POST", `${ref}/responders`, { person: "ann" })).status).toBe(201);
    const took = await call(s, ann, "PUT", `${ref}/roles/incident-commander`, {
      person: "ann",
    });
    expect(took.status, JSON.stringify(took.body)).toBe(200);
    await tick(1);
    expect(states(await run(id))["facilities-report"]).toBe("pending");
    await tick(2);
    expect(states(await run(id))["facilities-report"]).toBe("fired");
    await s.runtime.deliveries.tick();
    const inbox = await call(s, ann, "GET", "/api/v1/inbox");
    expect(JSON.stringify(inbox.body)).toContain("DRILL");
    expect(JSON.stringify(inbox.body)).toContain("main breaker");
  });

  it("gives the facilitator pause, resume, skip, fire early, ad-hoc injects and end; nobody else", async () => {
    const started = await call(s, fay, "POST", "/api/v1/drills", {
      scenario: "dc-power-failure",
      participants: ["ann", "ben"],
      speed: 10,
    });
    const id = (started.body as unknown as RunBody).id;
    const base = `/api/v1/drills/${id}`;
    await tick();
    // At ×10 one real minute is ten drill minutes: the VP's question (10m) arrives.
    await tick(1);
    let r = await run(id);
    expect(r.clock.elapsedMs).toBe(10 * 60_000);
    expect(states(r)["vp-asks"]).toBe("fired");

    expect((await call(s, ann, "POST", `${base}/pause`)).body.code).toBe("NOT_FACILITATOR");
    expect((await call(s, fay, "POST", `${base}/pause`)).status).toBe(200);
    await tick(5);
    r = await run(id);
    expect([r.status, r.clock.elapsedMs, states(r)["support-queue"]]).toEqual([
      "paused",
      10 * 60_000,
      "pending",
    ]);

    // Fired by hand while paused: it goes out at once; the clock still stands.
    expect((await call(s, fay, "POST", `${base}/injects/power-restored/fire`)).status).toBe(200);
    await tick();
    expect(states(await run(id))["power-restored"]).toBe("fired");
    const again = await call(s, fay, "POST", `${base}/injects/power-restored/fire`);
    expect([again.status, again.body.code]).toEqual([409, "INJECT_DONE"]);
    const missing = await call(s, fay, "POST", `${base}/injects/nope/skip`);
    expect([missing.status, missing.body.code, missing.body.field]).toEqual([
      404,
      "INJECT_NOT_FOUND",
      "inject",
    ]);
    expect((await call(s, fay, "POST", `${base}/injects/support-queue/skip`)).status).toBe(200);

    const adhoc = await call(s, fay, "POST", `${base}/injects`, {
      title: "The CFO calls",
      do: { type: "question", from: "vp-eng", text: "Is billing affected?" },
    });
    expect(adhoc.status).toBe(200);
    const stranger = await call(s, fay, "POST", `${base}/injects`, {
      title: "x",
      do: { type: "message", from: "nobody", text: "hi" },
    });
    expect([stranger.status, stranger.body.field]).toEqual([422, "do.from"]);
    await tick();
    r = await run(id);
    expect(states(r)).toMatchObject({ "support-queue": "skipped", "adhoc-1": "fired" });

    expect((await call(s, fay, "POST", `${base}/resume`, { speed: 20 })).body).toMatchObject({
      status: "running",
      speed: 20,
    });
    await tick(1); // twenty drill minutes: past the scenario's 45
    await tick(1);
    r = await run(id);
    expect([r.status, r.clock.elapsedMs]).toEqual(["ended", 45 * 60_000]);
    expect((await call(s, fay, "POST", `${base}/pause`)).body.code).toBe("RUN_ENDED");
    const questions = JSON.stringify(
      (await call(s, ann, "GET", `/api/v1/incidents/${String(r.incident?.number)}`)).body,
    );
    expect(questions).toContain("Is billing affected?");
  });

  it("hides a restricted drill from people outside it, and compares a run with earlier ones", async () => {
    const started = await call(s, fay, "POST", "/api/v1/drills", {
      scenario: "credential-leak",
      participants: ["ann", "ben"],
      speed: 10,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const leak = started.body as unknown as RunBody;
    expect((await call(s, out, "GET", `/api/v1/drills/${leak.id}`)).body.code).toBe("RUN_NOT_FOUND");
    const listed = (await call(s, out, "GET", "/api/v1/drills")).body.runs as RunBody[];
    expect(listed.map((x) => x.id)).not.toContain(leak.id);
    expect((await call(s, ann, "GET", `/api/v1/drills/${leak.id}`)).status).toBe(200);
    expect((await call(s, out, "GET", `/api/v1/incidents/${String(leak.incident?.number)}`)).status).toBe(
      404,
    );

    const runs = (await call(s, fay, "GET", "/api/v1/drills?scenario=dc-power-failure")).body
      .runs as RunBody[];
    expect(runs).toHaveLength(2);
    const newest = runs[0] as RunBody;
    const report = await call(
      s,
      ann,
      "GET",
      `/api/v1/incidents/${String(newest.incident?.number)}/practices`,
    );
    expect(report.status).toBe(200);
    expect(report.body.drill).toMatchObject({
      scenario: "dc-power-failure",
      title: "Data-centre power failure",
    });
    const earlier = (report.body.drill as { earlier: { incident: number }[] }).earlier;
    expect(earlier.map((e) => e.incident)).toEqual([runs[1]?.incident?.number]);
    const md = await s.app.inject({
      method: "GET",
      url: `/api/v1/incidents/${String(newest.incident?.number)}/practices`,
      headers: { authorization: `Bearer ${ann}`, accept: "text/markdown" },
    });
    expect(md.body).toContain("## Compared with earlier runs of Data-centre power failure");
  });
});
