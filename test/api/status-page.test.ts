import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { plain, smtp } from "../support/smtp.js";
import { freePort } from "../support/postgres.js";

type Snapshot = {
  overall: string;
  groups: {
    label: string | null;
    components: { name: string; state: string; history: { state: string }[] }[];
  }[];
  active: { id: string; title: string }[];
  past: { id: string; title: string; stage: string }[];
};

// Distinctive names, so that finding one anywhere on the public page is certainly a leak.
const IC = "quentinic";
const COMMS = "rosalindcomms";

describe.each(ENGINES)("the public status page (%s)", (engine) => {
  let s: TestServer;
  let mail: Awaited<ReturnType<typeof smtp>>;
  const t: Record<string, string> = {};
  const get = (url: string, headers: Record<string, string> = {}) =>
    s.app.inject({ method: "GET", url, headers });
  const publicBodies = async () =>
    [
      (await get("/status")).body,
      (await get("/status.json")).body,
      (await get("/status/feed.atom")).body,
    ].join("\n");

  beforeAll(async () => {
    mail = await smtp();
    s = await startTestServer(engine, {
      smtpUrl: mail.url,
      publicUrl: "https://status.example.test",
      statusPage: { title: "Acme status", logoUrl: "https://cdn.example.test/logo.png", accent: "#123456" },
    });
    s.runtime.consumers.start();
    for (const h of [IC, COMMS]) t[h] = await s.user(h);
    for (const [name, label, group] of [
      ["api", "Public API", "Core"],
      ["web", "Website", "Core"],
      ["eu-payments", "EU payments", null],
    ] as const) {
      const r = await call(s, s.adminToken, "PUT", `/api/v1/status-components/${name}`, { label, group });
      expect(r.status).toBe(200);
    }
  });
  afterAll(async () => {
    await s.close();
    await mail.close();
  });

  async function declare(body: Record<string, unknown>): Promise<string> {
    const r = await call(s, t[IC] ?? "", "POST", "/api/v1/incidents", body);
    expect(r.status).toBe(201);
    return String(r.body.number);
  }

  it("serves the page without sign-in, scripts or queries per request, with validators for caches", async () => {
    expect((await call(s, t[COMMS] ?? "", "PUT", "/api/v1/status-components/x", { label: "X" })).status).toBe(
      403,
    );
    const page = await get("/status");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("All systems operational");
    expect(page.body).toContain("Acme status");
    expect(page.body).toContain("Public API");
    expect(page.body).not.toMatch(/<script/i);
    expect(String(page.headers["content-security-policy"])).toContain(
      "img-src 'self' data: https://cdn.example.test",
    );
    expect(String(page.headers["cache-control"])).toContain("public");
    const etag = String(page.headers.etag);
    expect((await get("/status", { "if-none-match": etag })).statusCode).toBe(304);
    const json = JSON.parse((await get("/status.json")).body) as Snapshot;
    expect(json.overall).toBe("operational");
    expect(json.groups.map((g) => g.label)).toEqual(["Core", null]);
    expect(json.groups[0]?.components[0]?.history).toHaveLength(90);
    expect((await get("/status/incidents/nope")).statusCode).toBe(404);
  });

  it("shows only approved public updates: no drafts, internal text, names, codenames or restricted incidents", async () => {
    const ref = await declare({ synopsis: "Pool exhausted SYNOPSIS-INTERNAL", severity: "SEV1" });
    const name = String((await call(s, t[IC] ?? "", "GET", `/api/v1/incidents/${ref}`)).body.name);
    await call(s, t[IC] ?? "", "POST", `/api/v1/incidents/${ref}/responders`, { person: COMMS });
    await call(s, t[IC] ?? "", "PUT", `/api/v1/incidents/${ref}/roles/comms-lead`, { person: COMMS });
    await call(s, t[IC] ?? "", "PUT", `/api/v1/incidents/${ref}/comms/audiences`, { groups: ["public"] });
    await call(s, t[IC] ?? "", "POST", `/api/v1/incidents/${ref}/log`, { text: "LOG-INTERNAL db failover" });
    const drafted = await call(s, t[COMMS] ?? "", "POST", `/api/v1/incidents/${ref}/comms/updates`, {
      audience: "public",
      stage: "investigating",
      title: "API errors <script>alert(1)</script>",
      impact: "Requests to the API fail",
      text: "We are investigating errors & timeouts.",
      components: { api: "major-outage", web: "degraded" },
    });
    expect(drafted.status).toBe(201);
    const updates = (drafted.body as unknown as { comms: { updates: { id: string }[] } }).comms.updates;
    // A draft awaiting approval is nowhere to be seen.
    await new Promise((r) => setTimeout(r, 300));
    expect(await publicBodies()).not.toContain("API errors");
    const restricted = await declare({ synopsis: "RESTRICTED-SYNOPSIS key leak", visibility: "restricted" });
    expect(restricted).not.toBe(ref);

    const approve = await call(
      s,
      t[IC] ?? "",
      "POST",
      `/api/v1/incidents/${ref}/comms/updates/${updates[0]?.id ?? ""}/approve`,
      {},
    );
    expect(approve.status).toBe(200);
    await until(async () => (await get("/status")).body.includes("API errors"));
    const page = (await get("/status")).body;
    expect(page).toContain("Major outage");
    expect(page).toContain("API errors &lt;script&gt;");
    expect(page).not.toContain("<script>alert");
    const json = JSON.parse((await get("/status.json")).body) as Snapshot;
    expect(json.overall).toBe("major-outage");
    expect(json.groups[0]?.components.map((c) => c.state)).toEqual(["major-outage", "degraded"]);
    const feed = (await get("/status/feed.atom")).body;
    expect(feed).toContain("<feed");
    expect(feed).toContain("API errors &lt;script&gt;");
    expect(feed).not.toContain("<script>");
    const all = await publicBodies();
    for (const secret of [
      name,
      IC,
      COMMS,
      "SYNOPSIS-INTERNAL",
      "LOG-INTERNAL",
      "RESTRICTED-SYNOPSIS",
      "SEV1",
    ]) {
      expect(all).not.toContain(secret);
    }
    const one = await get(`/status/incidents/${json.active[0]?.id ?? ""}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain("Requests to the API fail");
    expect(one.body).not.toContain(COMMS);
  });

  it("subscribes by email with double opt-in, mails each public update, and unsubscribes in one click", async () => {
    const ref = await declare({ synopsis: "Website slow" });
    await call(s, t[IC] ?? "", "PUT", `/api/v1/incidents/${ref}/comms/audiences`, { groups: ["public"] });
    const form = (payload: string) =>
      s.app.inject({
        method: "POST",
        url: "/status/subscribe",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload,
      });
    expect((await form("email=not-an-address&scope=all")).statusCode).toBe(422);
    expect((await form("email=a%40example.test&scope=component%3Anope")).statusCode).toBe(422);
    expect((await form("email=a%00b%40example.test&scope=all")).statusCode).toBe(422);
    const asked = await form("email=Reader%40Example.test&scope=component%3Aweb");
    expect(asked.statusCode).toBe(202);
    expect(asked.body).toContain("Check your inbox");
    await until(() => mail.messages.some((m) => plain(m).includes("/status/confirm/")));
    const confirmation = plain(mail.messages.find((m) => plain(m).includes("/status/confirm/")) ?? "");
    const confirmUrl =
      /https:\/\/status\.example\.test(\/status\/confirm\/[^\s]+)/.exec(confirmation)?.[1] ?? "";
    expect((await get(confirmUrl.replace(/sig=[^&]+/, "sig=forged"))).statusCode).toBe(404);
    expect((await get(confirmUrl)).statusCode).toBe(200);

    const publish = async (title: string) => {
      const r = await call(s, t[IC] ?? "", "POST", `/api/v1/incidents/${ref}/comms/updates`, {
        audience: "public",
        stage: "identified",
        title,
        impact: "Pages load slowly",
        text: "A cache node failed.",
        components: { web: "degraded" },
      });
      expect(r.status).toBe(201);
    };
    await publish("Website slow for some");
    const update = async (title: string) => {
      await s.runtime.deliveries.tick();
      return mail.messages.map(plain).find((m) => m.includes(title) && m.includes("reader@example.test"));
    };
    await until(async () => (await update("Website slow for some")) !== undefined);
    const received = (await update("Website slow for some")) ?? "";
    const unsubscribeUrl =
      /https:\/\/status\.example\.test(\/status\/unsubscribe\/[^\s]+)/.exec(received)?.[1] ?? "";
    expect(unsubscribeUrl).not.toBe("");
    expect((await get(unsubscribeUrl)).statusCode).toBe(200);
    await publish("Website recovering");
    await until(async () => (await get("/status")).body.includes("Website recovering"));
    await new Promise((r) => setTimeout(r, 500));
    await s.runtime.deliveries.tick();
    expect(await update("Website recovering")).toBeUndefined();
  });

  it("moves an ended incident to the past, keeps it in the 90 days, and never shows a drill", async () => {
    const ref = await declare({ synopsis: "EU payments down" });
    await call(s, t[IC] ?? "", "PUT", `/api/v1/incidents/${ref}/comms/audiences`, { groups: ["public"] });
    await call(s, t[IC] ?? "", "POST", `/api/v1/incidents/${ref}/comms/updates`, {
      audience: "public",
      stage: "identified",
      title: "EU payments unavailable",
      impact: "EU card payments fail",
      text: "A provider is down.",
      components: { "eu-payments": "partial-outage" },
    });
    const ended = await call(s, t[IC] ?? "", "POST", `/api/v1/incidents/${ref}/status`, {
      status: "ended",
      summary: "Provider back",
    });
    expect(ended.status).toBe(200);
    await until(async () => {
      const json = JSON.parse((await get("/status.json")).body) as Snapshot;
      return json.past.some((p) => p.title === "EU payments unavailable");
    });
    const json = JSON.parse((await get("/status.json")).body) as Snapshot;
    expect(json.past.find((p) => p.title === "EU payments unavailable")?.stage).toBe("resolved");
    const eu = json.groups.flatMap((g) => g.components).find((c) => c.name === "eu-payments");
    expect(eu?.state).toBe("operational");
    expect(eu?.history.at(-1)?.state).toBe("partial-outage");

    const drill = await declare({ synopsis: "Game day", kind: "drill" });
    await call(s, t[IC] ?? "", "PUT", `/api/v1/incidents/${drill}/comms/audiences`, { groups: ["public"] });
    const r = await call(s, t[IC] ?? "", "POST", `/api/v1/incidents/${drill}/comms/updates`, {
      audience: "public",
      stage: "investigating",
      title: "DRILL-TITLE everything down",
      impact: "All",
      text: "Practice.",
      components: { api: "major-outage" },
    });
    expect(r.status).toBe(201);
    await s.runtime.services.statusPage.rebuild();
    expect(await publicBodies()).not.toContain("DRILL-TITLE");
  });
});

describe.each(ENGINES)("the status page when email cannot be sent, and hostile requests (%s)", (engine) => {
  let down: TestServer;
  let none: TestServer;
  beforeAll(async () => {
    // An SMTP address where nothing listens: the mail server is down.
    down = await startTestServer(engine, {
      smtpUrl: `smtp://127.0.0.1:${String(await freePort())}`,
      publicUrl: "https://status.example.test",
    });
    none = await startTestServer(engine);
  });
  afterAll(async () => {
    await down.close();
    await none.close();
  });
  const subscribe = (s: TestServer, payload: string, type = "application/json") =>
    s.app.inject({ method: "POST", url: "/status/subscribe", headers: { "content-type": type }, payload });

  it("says at once when the confirmation cannot be sent, and keeps the page up", async () => {
    const r = await subscribe(down, JSON.stringify({ email: "a@example.test" }));
    expect(r.statusCode).toBe(503);
    expect(r.headers["content-type"]).toContain("application/problem+json");
    expect(JSON.parse(r.body)).toMatchObject({ code: "MAIL_UNAVAILABLE" });
    expect(r.headers["retry-after"]).toBeDefined();
    expect((await down.app.inject({ method: "GET", url: "/status" })).statusCode).toBe(200);
  });

  it("holds back an address that asks to subscribe again and again", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await subscribe(down, JSON.stringify({ email: `victim${String(i)}@example.test` }))).statusCode,
      );
    }
    expect(statuses).toContain(503);
    expect(statuses.at(-1)).toBe(429);
    const held = await subscribe(down, JSON.stringify({ email: "one-more@example.test" }));
    expect(JSON.parse(held.body)).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(Number(held.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("offers no subscription without email, and says why if asked anyway", async () => {
    const page = await none.app.inject({ method: "GET", url: "/status" });
    expect(page.body).not.toContain("/status/subscribe");
    const r = await subscribe(none, JSON.stringify({ email: "a@example.test" }));
    expect(r.statusCode).toBe(409);
    expect(JSON.parse(r.body)).toMatchObject({ code: "EMAIL_DISABLED" });
  });

  it("refuses huge, deep and malformed bodies with a problem, and forged links alike", async () => {
    const huge = await subscribe(
      down,
      `email=${"a".repeat(10 * 1024 * 1024)}`,
      "application/x-www-form-urlencoded",
    );
    expect(huge.statusCode).toBe(413);
    const deep = await subscribe(down, `${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect([400, 422]).toContain(deep.statusCode);
    const nul = await subscribe(down, JSON.stringify({ email: "a@example.test", scope: "all\u0000" }));
    expect(nul.statusCode).toBe(422);
    for (const url of [
      "/status/confirm/not-a-uuid?sig=x",
      `/status/confirm/${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}?sig=x`,
      `/status/unsubscribe/${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}?sig=${"x".repeat(300)}`,
      `/stakeholder/${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}?sig=x`,
      "/status/incidents/%00",
    ]) {
      const r = await down.app.inject({ method: "GET", url, headers: { accept: "application/json" } });
      expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, url).toBeLessThan(500);
    }
  });
});
