import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

const NUL = "a\u0000b";

describe.each(ENGINES)("hostile text on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let mallory: string;
  let admin: string;
  let ref: string;
  let number: number;

  beforeAll(async () => {
    s = await startTestServer(engine);
    admin = s.adminToken;
    ann = await s.user("ann");
    mallory = await s.user("mallory");
    for (let i = 0; i < 6; i++) await s.user(`w${i}`);
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Hostile text" });
    number = Number(d.body.number);
    ref = `/api/v1/incidents/${String(number)}`;
    await call(s, ann, "POST", `${ref}/responders`, { person: "mallory" });
    for (let i = 0; i < 6; i++) await call(s, ann, "POST", `${ref}/responders`, { person: `w${i}` });
  });
  afterAll(async () => s.close());

  const seq = async (): Promise<number> => Number((await call(s, ann, "GET", ref)).body.seq);

  const cases: [string, string, () => string, unknown, string][] = [
    ["declare name", "POST", () => "/api/v1/incidents", { synopsis: "x", name: NUL }, "name"],
    ["declare synopsis", "POST", () => "/api/v1/incidents", { synopsis: NUL }, "synopsis"],
    [
      "change what",
      "POST",
      () => `${ref}/changes`,
      { what: NUL, why: "w", system: "db", risk: "low", rollbackPlan: "r" },
      "what",
    ],
    ["log text", "POST", () => `${ref}/log`, { text: NUL }, "text"],
    ["CAN needs", "POST", () => `${ref}/reports`, { conditions: "c", actions: "a", needs: NUL }, "needs"],
    ["patch impact", "PATCH", () => ref, { impact: NUL }, "impact"],
    [
      "nested notify list",
      "POST",
      () => "/api/v1/incidents",
      { synopsis: "x", notify: { people: [NUL] } },
      "notify.people.0",
    ],
    ["key with NUL", "POST", () => `${ref}/log`, { [NUL]: "x" }, NUL],
    ["lone surrogate", "POST", () => `${ref}/log`, { text: "a\ud800b" }, "text"],
    ["user display name", "POST", () => "/api/v1/users", { handle: "zed", displayName: NUL }, "displayName"],
    ["token label", "POST", () => "/api/v1/users/ann/tokens", { label: NUL }, "label"],
    ["path parameter", "GET", () => "/api/v1/incidents/%00", undefined, "ref"],
    ["query string", "GET", () => "/api/v1/incidents?status=%00", undefined, "status"],
  ];

  it.each(cases)(
    "refuses NUL or broken text in %s with a 422 naming the field",
    async (_n, method, url, body, field) => {
      const before = await seq();
      const token = url().startsWith("/api/v1/users") ? admin : ann;
      const r = await call(s, token, method, url(), body);
      expect(r.status).toBe(422);
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(r.body.code).toBe("VALIDATION");
      expect(r.body.field).toBe(field);
      expect(String(r.body.detail)).toMatch(/NUL|surrogate/);
      expect(await seq()).toBe(before);
    },
  );

  it("refuses JSON nested thousands of levels deep with a 422, not a crash", async () => {
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const r = await call(s, ann, "POST", `${ref}/log`, `{"text":"x","key":${deep}}`);
    expect(r.status).toBe(422);
    expect(String(r.body.detail)).toMatch(/nested more than 32 levels/);
  });

  it("refuses a 10 MB body with 413 and keeps serving", async () => {
    const r = await call(s, ann, "POST", `${ref}/log`, { text: "x".repeat(10 * 1024 * 1024) });
    expect(r.status).toBe(413);
    expect(r.headers["content-type"]).toContain("application/problem+json");
    expect((await call(s, ann, "POST", `${ref}/log`, { text: "still here" })).status).toBe(201);
  });

  it("one person's NUL-laden writes fail no one else's", async () => {
    let stop = false;
    const badStatuses = new Set<number>();
    const poison = (async () => {
      while (!stop) {
        const r = await call(s, mallory, "POST", `${ref}/changes`, {
          what: NUL,
          why: "w",
          system: "db",
          risk: "low",
          rollbackPlan: "r",
        });
        badStatuses.add(r.status);
      }
    })();
    const writers = Array.from({ length: 6 }, async (_x, w) => {
      const token = await s.user(`writer${w}-${engine}`);
      await call(s, ann, "POST", `${ref}/responders`, { person: `writer${w}-${engine}` });
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++) {
        const r = await call(s, token, "POST", `${ref}/reports`, {
          conditions: `w${w} round ${i}`,
          actions: "a",
          needs: "none",
        });
        statuses.push(r.status);
      }
      return statuses;
    });
    const results = (await Promise.all(writers)).flat();
    stop = true;
    await poison;
    expect(results).toHaveLength(90);
    expect(results.every((st) => st === 201)).toBe(true);
    expect([...badStatuses]).toEqual([422]);
  });

  it("a step that storage refuses fails alone; the rest of its group commit is written", async () => {
    // Below the HTTP schema, as a future adapter might call it: PostgreSQL cannot store NUL,
    // SQLite can (inside JSON it is escaped). Either way the good commands must all commit.
    const muster = s.runtime.services.muster;
    const actor = { handle: "ann", isAdmin: false };
    const good = Array.from({ length: 20 }, (_x, i) =>
      muster.execute(actor, String(number), { type: "log", text: `good ${i}` }),
    );
    // A notification's text is stored raw in the outbox, where PostgreSQL refuses the NUL.
    const bad = muster.execute(actor, String(number), {
      type: "notify",
      people: ["mallory"],
      teams: [],
      text: NUL,
    });
    const settled = await Promise.allSettled([...good, bad]);
    expect(settled.slice(0, 20).every((r) => r.status === "fulfilled")).toBe(true);
    if (engine === "postgres") expect(settled[20]?.status).toBe("rejected");
    const timeline = await call(s, ann, "GET", `${ref}/timeline?limit=1000`);
    const texts = (timeline.body.events ?? []).map((e) => e.data.text);
    for (let i = 0; i < 20; i++) expect(texts).toContain(`good ${i}`);
  });
});
