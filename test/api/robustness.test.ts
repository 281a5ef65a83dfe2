import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("bad input and concurrency on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let ref: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    for (let i = 0; i < 20; i++) await s.user(`r${i}`);
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Load" });
    ref = `/api/v1/incidents/${String(d.body.number)}`;
  });
  afterAll(async () => s.close());

  const bad: [string, string, string, unknown, number, string, string?][] = [
    ["missing synopsis", "POST", "/api/v1/incidents", {}, 422, "VALIDATION", "synopsis"],
    ["empty synopsis", "POST", "/api/v1/incidents", { synopsis: "  " }, 422, "VALIDATION", "synopsis"],
    [
      "unknown field",
      "POST",
      "/api/v1/incidents",
      { synopsis: "x", colour: "red" },
      422,
      "VALIDATION",
      "colour",
    ],
    ["wrong type", "POST", "/api/v1/incidents", { synopsis: 42 }, 422, "VALIDATION", "synopsis"],
    ["array body", "POST", "/api/v1/incidents", [1, 2], 422, "VALIDATION"],
    ["bad kind", "POST", "/api/v1/incidents", { synopsis: "x", kind: "test" }, 422, "VALIDATION", "kind"],
    [
      "unknown severity",
      "POST",
      "/api/v1/incidents",
      { synopsis: "x", severity: "SEV9" },
      422,
      "UNKNOWN_SEVERITY",
      "severity",
    ],
    [
      "unknown commander",
      "POST",
      "/api/v1/incidents",
      { synopsis: "x", commander: "nobody" },
      422,
      "UNKNOWN_PERSON",
      "commander",
    ],
    ["malformed JSON", "POST", "/api/v1/incidents", "{synopsis:", 400, "MALFORMED_JSON"],
    ["bad handle", "POST", "/INC/responders", { person: "Not A Handle" }, 422, "VALIDATION", "person"],
    ["unknown person", "POST", "/INC/responders", { person: "ghost" }, 422, "UNKNOWN_PERSON", "person"],
    ["bad role", "PUT", "/INC/roles/overlord", { person: "ann" }, 422, "INVALID_ROLE", "role"],
    [
      "CAN without needs",
      "POST",
      "/INC/reports",
      { conditions: "c", actions: "a" },
      422,
      "VALIDATION",
      "needs",
    ],
    ["bad status", "POST", "/INC/status", { status: "closed" }, 422, "VALIDATION", "status"],
    ["end without summary", "POST", "/INC/status", { status: "ended" }, 422, "SUMMARY_REQUIRED", "summary"],
    ["bad timeline cursor", "GET", "/INC/timeline?after=-1", undefined, 422, "VALIDATION", "after"],
    ["bad org time", "GET", "/INC/org?at=yesterday", undefined, 422, "VALIDATION", "at"],
    ["unknown transfer", "POST", "/INC/transfers/nope/accept", undefined, 404, "TRANSFER_NOT_FOUND", "id"],
    ["unknown route", "GET", "/api/v1/nothing", undefined, 404, "NOT_FOUND"],
    [
      "huge number ref",
      "GET",
      "/api/v1/incidents/99999999999999999999",
      undefined,
      404,
      "INCIDENT_NOT_FOUND",
    ],
  ];

  it.each(bad)("answers %s with a clear problem", async (_name, method, path, body, status, code, field) => {
    const before = (await call(s, ann, "GET", ref)).body.seq;
    const res = await call(s, ann, method, path.replace("/INC", ref), body);
    expect(res.status).toBe(status);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.body.code).toBe(code);
    if (field) expect(res.body.field).toBe(field);
    expect(String(res.body.detail).length).toBeGreaterThan(10);
    expect((await call(s, ann, "GET", ref)).body.seq).toBe(before);
  });

  it("serialises 60 concurrent CAN reports on one incident into a gap-free log matching the read model", async () => {
    for (let i = 0; i < 20; i++) await call(s, ann, "POST", `${ref}/responders`, { person: `r${i}` });
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, i) => s.runtime.services.users.byHandle(`r${i}`)),
    );
    const minted = await Promise.all(tokens.map((u) => s.runtime.services.users.createToken(u!.id, "t")));
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        call(s, minted[i % 20]!, "POST", `${ref}/reports`, {
          conditions: `c${i}`,
          actions: "a",
          needs: "none",
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const timeline = await call(s, ann, "GET", `${ref}/timeline?limit=1000`);
    const seqs = (timeline.body.events as { seq: number }[]).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const doc = await call(s, ann, "GET", ref);
    expect(doc.body.seq).toBe(seqs[seqs.length - 1]);
    expect((doc.body.reports as unknown[]).length).toBe(20);
  });

  it("lets exactly one of several concurrent identical check-ins win; the rest get 409", async () => {
    await s.user("solo");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => call(s, ann, "POST", `${ref}/responders`, { person: "solo" })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.code === "ALREADY_CHECKED_IN")).toHaveLength(7);
  });

  it("gives concurrent declarations distinct numbers and distinct codenames", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => call(s, ann, "POST", "/api/v1/incidents", { synopsis: "burst" })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.body.number)).size).toBe(10);
    expect(new Set(results.map((r) => r.body.name)).size).toBe(10);
  });
});
