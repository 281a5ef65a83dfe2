import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OidcConfig } from "../../src/config.js";
import type { Account } from "../support/oidc.js";
import { TestProvider } from "../support/oidc.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { call } from "../support/http.js";

const REDIRECT = "http://127.0.0.1:4999/api/v1/auth/oidc/callback";

const alice: Account = {
  sub: "a-1",
  email: "alice@example.com",
  name: "Alice Liddell",
  groups: ["sre", "muster-admins"],
};

function oidcConfig(issuer: string, overrides: Partial<OidcConfig> = {}): OidcConfig {
  return {
    issuer,
    clientId: "muster",
    clientSecret: "muster-secret-0123456789",
    redirectUrl: REDIRECT,
    scopes: "openid email profile groups",
    label: "Sign in with Example SSO",
    groupsClaim: "groups",
    roleGroups: { admin: ["muster-admins"], viewer: ["staff"] },
    teamGroups: { db: ["dba"] },
    defaultRole: "member",
    clockSkewSeconds: 0,
    ...overrides,
  };
}

/** Starts a sign-in at Muster: the provider URL it redirects to, and the state cookie it set. */
async function begin(s: TestServer, returnTo = "#/incidents/1") {
  const r = await s.app.inject({
    method: "GET",
    url: `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`,
  });
  expect(r.statusCode).toBe(302);
  const cookie = /muster_oidc_state=[^;]+/.exec(String(r.headers["set-cookie"]))?.[0] ?? "";
  return { to: String(r.headers.location), cookie };
}

/** The provider sent the browser back: Muster's answer (where it redirects, and its cookie). */
async function land(s: TestServer, callback: URL, cookie: string) {
  const r = await s.app.inject({
    method: "GET",
    url: callback.pathname + callback.search,
    headers: { cookie },
  });
  expect(r.statusCode).toBe(303);
  const session = /muster_session=([^;]+)/.exec(String(r.headers["set-cookie"]))?.[1];
  return { location: String(r.headers.location), session: session ? `muster_session=${session}` : null };
}

async function whoIs(s: TestServer, session: string) {
  const r = await s.app.inject({ method: "GET", url: "/api/v1/session", headers: { cookie: session } });
  return r.json<{ user: { handle: string; role: string; email: string; displayName: string } }>().user;
}

describe.each(ENGINES)("single sign-on with a real OpenID provider (%s)", (engine) => {
  let idp: TestProvider;
  let s: TestServer;
  beforeAll(async () => {
    idp = await TestProvider.start(REDIRECT);
    s = await startTestServer(engine, { oidc: oidcConfig(idp.issuer) });
    await call(s, s.adminToken, "POST", "/api/v1/users", { handle: "sue", displayName: "Sue" });
    await call(s, s.adminToken, "PUT", "/api/v1/teams/db", { displayName: "Databases", escalation: ["sue"] });
  });
  afterAll(async () => {
    await s.close();
    await idp.stop();
  });

  it("tells the sign-in page that single sign-on is there", async () => {
    const r = await call(s, null, "GET", "/api/v1/auth/methods");
    expect(r.body).toEqual({ oidc: { label: "Sign in with Example SSO" }, token: true });
  });

  it("signs a new person in with PKCE, provisions them, and maps their groups to a role and a team", async () => {
    const { to, cookie } = await begin(s);
    const url = new URL(to);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("nonce")).toBeTruthy();
    idp.as(alice);
    const { location, session } = await land(s, await idp.authorize(to), cookie);
    expect(location).toBe("/#/incidents/1");
    expect(session).not.toBeNull();
    const me = await whoIs(s, session ?? "");
    expect(me).toMatchObject({
      handle: "alice",
      role: "admin",
      email: "alice@example.com",
      displayName: "Alice Liddell",
    });
    // Signing in again is the same person, not a second one.
    const again = await begin(s);
    const second = await land(s, await idp.authorize(again.to), again.cookie);
    expect((await whoIs(s, second.session ?? "")).handle).toBe("alice");
    const users = (await call(s, s.adminToken, "GET", "/api/v1/users")).body.users as { handle: string }[];
    expect(users.filter((u) => u.handle.startsWith("alice"))).toHaveLength(1);
  });

  it("adds people to mapped teams' escalation lists, and links an existing account by verified email", async () => {
    await call(s, s.adminToken, "POST", "/api/v1/users", {
      handle: "bob",
      displayName: "Bob",
      email: "Bob@example.com",
    });
    const { to, cookie } = await begin(s);
    idp.as({ sub: "b-1", email: "bob@example.com", name: "Robert", groups: ["dba"] });
    const { session } = await land(s, await idp.authorize(to), cookie);
    expect(await whoIs(s, session ?? "")).toMatchObject({
      handle: "bob",
      role: "member",
      displayName: "Bob",
    });
    const team = await call(s, s.adminToken, "GET", "/api/v1/teams");
    expect((team.body.teams as { name: string; escalation: string[] }[])[0]?.escalation).toEqual([
      "sue",
      "bob",
    ]);
  });

  it("never links an account by an email the provider has not verified", async () => {
    await call(s, s.adminToken, "POST", "/api/v1/users", {
      handle: "carol",
      displayName: "Carol",
      email: "carol@example.com",
    });
    const { to, cookie } = await begin(s);
    idp.as({
      sub: "c-evil",
      email: "carol@example.com",
      name: "Not Carol",
      groups: [],
      emailVerified: false,
    });
    const { session } = await land(s, await idp.authorize(to), cookie);
    const me = await whoIs(s, session ?? "");
    expect(me.handle).not.toBe("carol");
    expect(me.email).toBeNull();
  });

  it("refuses a callback whose state is not this browser's", async () => {
    const mine = await begin(s);
    const theirs = await begin(s);
    idp.as(alice);
    const callback = await idp.authorize(theirs.to);
    const { location, session } = await land(s, callback, mine.cookie);
    expect(location).toBe("/?signin_error=SIGN_IN_EXPIRED");
    expect(session).toBeNull();
    // With no state cookie at all (a link planted in someone else's browser), the same.
    expect((await land(s, callback, "")).location).toBe("/?signin_error=SIGN_IN_EXPIRED");
  });

  it("refuses a replayed callback (its code and state were used)", async () => {
    const { to, cookie } = await begin(s);
    idp.as(alice);
    const callback = await idp.authorize(to);
    expect((await land(s, callback, cookie)).session).not.toBeNull();
    const replay = await land(s, callback, cookie);
    expect(replay).toEqual({ location: "/?signin_error=SIGN_IN_EXPIRED", session: null });
  });

  it("refuses a code the provider issued to another client", async () => {
    const { to, cookie } = await begin(s);
    const foreign = new URL(to);
    foreign.searchParams.set("client_id", "other");
    idp.as(alice);
    const { location, session } = await land(s, await idp.authorize(foreign.href), cookie);
    expect(location).toBe("/?signin_error=SIGN_IN_FAILED");
    expect(session).toBeNull();
  });

  it("keeps a deactivated person out", async () => {
    await call(s, s.adminToken, "POST", "/api/v1/users/carol/deactivate");
    const { to, cookie } = await begin(s);
    idp.as({ sub: "c-1", email: "carol@example.com", name: "Carol", groups: [] });
    expect((await land(s, await idp.authorize(to), cookie)).location).toBe(
      "/?signin_error=ACCOUNT_DEACTIVATED",
    );
  });

  it("returns only to the app's own pages", async () => {
    for (const evil of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
      const { to, cookie } = await begin(s, evil);
      idp.as(alice);
      expect((await land(s, await idp.authorize(to), cookie)).location).toBe("/");
    }
  });
});

describe("single sign-on when things go wrong", () => {
  it("refuses an expired ID token (this server's clock two hours ahead)", async () => {
    const idp = await TestProvider.start(REDIRECT);
    const s = await startTestServer("sqlite", { oidc: oidcConfig(idp.issuer, { clockSkewSeconds: 7200 }) });
    try {
      const { to, cookie } = await begin(s);
      idp.as(alice);
      const { location, session } = await land(s, await idp.authorize(to), cookie);
      expect(location).toBe("/?signin_error=SIGN_IN_FAILED");
      expect(session).toBeNull();
    } finally {
      await s.close();
      await idp.stop();
    }
  });

  it("says the provider is unreachable, then works once it is back, without a restart", async () => {
    // Find a free port, then leave it closed: the provider is "down".
    const probe = await TestProvider.start(REDIRECT);
    const port = Number(new URL(probe.issuer).port);
    await probe.stop();
    const s = await startTestServer("sqlite", { oidc: oidcConfig(`http://127.0.0.1:${String(port)}`) });
    try {
      const down = await s.app.inject({ method: "GET", url: "/api/v1/auth/oidc/login" });
      expect(down.statusCode).toBe(303);
      expect(down.headers.location).toBe("/?signin_error=SIGN_IN_UNAVAILABLE");
      const idp = await TestProvider.start(REDIRECT, port);
      try {
        const { to, cookie } = await begin(s);
        idp.as(alice);
        expect((await land(s, await idp.authorize(to), cookie)).session).not.toBeNull();
      } finally {
        await idp.stop();
      }
    } finally {
      await s.close();
    }
  });

  it("answers 404 with a clear problem when single sign-on is not configured", async () => {
    const s = await startTestServer("sqlite");
    try {
      const r = await call(s, null, "GET", "/api/v1/auth/oidc/login");
      expect(r.status).toBe(404);
      expect(r.body.code).toBe("OIDC_DISABLED");
      expect((await call(s, null, "GET", "/api/v1/auth/methods")).body.oidc).toBeNull();
    } finally {
      await s.close();
    }
  });
});
