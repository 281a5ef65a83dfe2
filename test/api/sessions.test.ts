import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { call } from "../support/http.js";

type Browser = { cookie: string; csrf: string };

/** Signs a browser in with a token the way the web app does; returns its cookie and CSRF token. */
async function signIn(s: TestServer, token: string): Promise<Browser & { setCookie: string }> {
  const response = await s.app.inject({
    method: "POST",
    url: "/api/v1/session",
    headers: { "content-type": "application/json", "user-agent": "test-browser" },
    payload: JSON.stringify({ token }),
  });
  expect(response.statusCode).toBe(200);
  const setCookie = String(response.headers["set-cookie"]);
  const cookie = /muster_session=([^;]+)/.exec(setCookie)?.[1] ?? "";
  return {
    cookie: `muster_session=${cookie}`,
    csrf: String(response.json<{ csrfToken: string }>().csrfToken),
    setCookie,
  };
}

/** A request from that browser (cookie sent; the CSRF header only when given). */
async function fromBrowser(
  s: TestServer,
  b: { cookie: string },
  method: string,
  url: string,
  csrf?: string,
  body?: unknown,
) {
  const response = await s.app.inject({
    method: method as "GET",
    url,
    headers: {
      cookie: b.cookie,
      ...(csrf === undefined ? {} : { "x-csrf-token": csrf }),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  const answer = response.body ? response.json<Record<string, unknown>>() : {};
  return { status: response.statusCode, body: answer, headers: response.headers };
}

describe.each(ENGINES)("browser sessions (%s)", (engine) => {
  let s: TestServer;
  let sue: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    sue = await s.user("sue");
  });
  afterAll(async () => {
    await s.close();
  });

  it("trades a token for an HttpOnly, SameSite cookie; the token is neither echoed nor kept", async () => {
    const b = await signIn(s, sue);
    expect(b.setCookie).toMatch(/HttpOnly/i);
    expect(b.setCookie).toMatch(/SameSite=Lax/i);
    // Served over plain HTTP here, so not Secure; behind TLS (X-Forwarded-Proto with a trusted proxy) it is.
    expect(b.setCookie).not.toMatch(/Secure/i);
    expect(b.setCookie).not.toContain(sue);
    const me = await fromBrowser(s, b, "GET", "/api/v1/session");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      via: "cookie",
      csrfToken: b.csrf,
      user: { handle: "sue", role: "member" },
    });
    expect(JSON.stringify(me.body)).not.toContain(sue);
  });

  it("refuses changes without the session's CSRF token, and accepts them with it", async () => {
    const b = await signIn(s, sue);
    const body = { synopsis: "Checkout down", severity: "SEV2" };
    const none = await fromBrowser(s, b, "POST", "/api/v1/incidents", undefined, body);
    expect(none.status).toBe(403);
    expect(none.body.code).toBe("CSRF");
    const other = await signIn(s, sue);
    const wrong = await fromBrowser(s, b, "POST", "/api/v1/incidents", other.csrf, body);
    expect(wrong.body.code).toBe("CSRF");
    const list = await call(s, sue, "GET", "/api/v1/incidents");
    expect((list.body.incidents as unknown[]).length).toBe(0);
    const right = await fromBrowser(s, b, "POST", "/api/v1/incidents", b.csrf, body);
    expect(right.status).toBe(201);
  });

  it("keeps the two kinds apart: a session secret is no bearer token, an API token no cookie", async () => {
    const b = await signIn(s, sue);
    const secret = b.cookie.split("=")[1] ?? "";
    expect((await call(s, secret, "GET", "/api/v1/me")).status).toBe(401);
    const asCookie = await fromBrowser(s, { cookie: `muster_session=${sue}` }, "GET", "/api/v1/me");
    expect(asCookie.status).toBe(401);
  });

  it("signs out at once; sessions are listed with the person's tokens and can be revoked there", async () => {
    const a = await signIn(s, sue);
    const b = await signIn(s, sue);
    const out = await fromBrowser(s, a, "DELETE", "/api/v1/session", a.csrf);
    expect(out.status).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(/muster_session=;/);
    expect((await fromBrowser(s, a, "GET", "/api/v1/me")).status).toBe(401);
    const tokens = (await call(s, sue, "GET", "/api/v1/users/sue/tokens")).body.tokens as {
      id: string;
      kind: string;
      label: string;
    }[];
    const sessions = tokens.filter((t) => t.kind === "session");
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions[0]?.label).toContain("test-browser");
    for (const t of sessions) {
      expect((await call(s, sue, "DELETE", `/api/v1/users/sue/tokens/${t.id}`)).status).toBe(204);
    }
    expect((await fromBrowser(s, b, "GET", "/api/v1/me")).status).toBe(401);
    // Sessions do not count against the 20 tokens a person may hold.
    expect(tokens.filter((t) => t.kind === "api").length).toBe(1);
  });

  it("ends every session of a deactivated person", async () => {
    const tok = await s.user("ann");
    const b = await signIn(s, tok);
    expect((await fromBrowser(s, b, "GET", "/api/v1/me")).status).toBe(200);
    expect((await call(s, s.adminToken, "POST", "/api/v1/users/ann/deactivate")).status).toBe(200);
    expect((await fromBrowser(s, b, "GET", "/api/v1/me")).status).toBe(401);
  });

  it("gives a read-only token a read-only session", async () => {
    const made = await call(s, sue, "POST", "/api/v1/users/sue/tokens", { scope: "read-only" });
    const b = await signIn(s, made.body.token as string);
    const write = await fromBrowser(s, b, "POST", "/api/v1/incidents", b.csrf, {
      synopsis: "x",
      severity: "SEV3",
    });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("TOKEN_SCOPE");
    // It may still sign itself out.
    expect((await fromBrowser(s, b, "DELETE", "/api/v1/session", b.csrf)).status).toBe(204);
    expect((await fromBrowser(s, b, "GET", "/api/v1/me")).status).toBe(401);
  });

  it("throttles wrong tokens at sign-in like wrong bearer tokens, and never makes a session of them", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) {
      const r = await s.app.inject({
        method: "POST",
        url: "/api/v1/session",
        remoteAddress: "10.9.9.9",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ token: `mst_wrong${String(i)}` }),
      });
      codes.push(r.statusCode);
      expect(r.headers["set-cookie"]).toBeUndefined();
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it("answers who is signed in for a bearer token too, without a CSRF token", async () => {
    const r = await call(s, sue, "GET", "/api/v1/session");
    expect(r.body).toMatchObject({ via: "bearer", csrfToken: null });
  });
});
