import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { buildApp } from "../../src/http/app.js";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, freshPostgresDatabase, startTestServer } from "../support/runtime.js";

type Token = {
  id: string;
  label: string | null;
  scope: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

describe.each(ENGINES)("API tokens on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let eve: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    eve = await s.user("eve");
  });
  afterAll(async () => s.close());

  it("lists a person's tokens with label, scope, last use and expiry, and revokes one at once", async () => {
    const made = await call(s, ann, "POST", "/api/v1/users/ann/tokens", {
      label: "laptop",
      expiresInDays: 30,
    });
    expect(made.status).toBe(201);
    const laptop = made.body.token as string;
    // Used, with the cache warm: the revocation below must still take effect at once.
    expect((await call(s, laptop, "GET", "/api/v1/me")).status).toBe(200);
    expect((await call(s, laptop, "GET", "/api/v1/me")).status).toBe(200);
    // The last use is recorded off the request path (no write per request): it lands soon after.
    let list: Token[] = [];
    await until(async () => {
      list = (await call(s, ann, "GET", "/api/v1/users/ann/tokens")).body.tokens as Token[];
      return list.find((t) => t.id === made.body.id)?.lastUsedAt != null;
    });
    const entry = list.find((t) => t.id === made.body.id)!;
    expect(entry).toMatchObject({ label: "laptop", scope: "full" });
    expect(entry.lastUsedAt).not.toBeNull();
    expect(Date.parse(entry.expiresAt!) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(JSON.stringify(list)).not.toContain(laptop);

    expect((await call(s, eve, "GET", "/api/v1/users/ann/tokens")).status).toBe(403);
    expect((await call(s, eve, "DELETE", `/api/v1/users/ann/tokens/${String(made.body.id)}`)).status).toBe(
      403,
    );
    expect((await call(s, ann, "DELETE", `/api/v1/users/ann/tokens/${String(made.body.id)}`)).status).toBe(
      204,
    );
    const after = await call(s, laptop, "GET", "/api/v1/me");
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: "INVALID_TOKEN" });
    expect(
      (await call(s, ann, "DELETE", `/api/v1/users/ann/tokens/${String(made.body.id)}`)).body,
    ).toMatchObject({
      code: "TOKEN_NOT_FOUND",
    });
  });

  it("lets a read-only token read and nothing else, and refuses an expired one", async () => {
    const ro = (await call(s, ann, "POST", "/api/v1/users/ann/tokens", { scope: "read-only" })).body
      .token as string;
    expect((await call(s, ro, "GET", "/api/v1/incidents")).status).toBe(200);
    const write = await call(s, ro, "POST", "/api/v1/incidents", { synopsis: "x" });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ code: "TOKEN_SCOPE" });
    const user = await s.runtime.services.users.byHandle("ann");
    const expired = await s.runtime.services.users.createToken(user!.id, "old", undefined, {
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const refused = await call(s, expired, "GET", "/api/v1/me");
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).toContain("expired");
  });

  it("limits how many tokens a person makes for themself, and refuses bad expiries", async () => {
    expect((await call(s, eve, "POST", "/api/v1/users/eve/tokens", { expiresInDays: 0 })).status).toBe(422);
    expect((await call(s, eve, "POST", "/api/v1/users/eve/tokens", { scope: "root" })).status).toBe(422);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await call(s, eve, "POST", "/api/v1/users/eve/tokens", {})).status;
    expect(last).toBe(409);
    expect((await call(s, eve, "POST", "/api/v1/users/eve/tokens", {})).body).toMatchObject({
      code: "TOO_MANY_TOKENS",
    });
    // An admin is not limited.
    expect((await call(s, s.adminToken, "POST", "/api/v1/users/eve/tokens", {})).status).toBe(201);
  });
});

describe.each(ENGINES)("the audit log on %s", (engine) => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(async () => s.close());

  it("records who did which administrative action to what, and only what succeeded", async () => {
    const admin = s.adminToken;
    expect(
      (await call(s, admin, "POST", "/api/v1/users", { handle: "kim", displayName: "Kim" })).status,
    ).toBe(201);
    const kim = (await call(s, admin, "POST", "/api/v1/users/kim/tokens", { label: "cli" })).body as {
      token: string;
      id: string;
    };
    expect(
      (await call(s, kim.token, "POST", "/api/v1/users", { handle: "x", displayName: "X" })).status,
    ).toBe(403);
    const saved = await call(s, admin, "PUT", "/api/v1/teams/dba", {
      displayName: "DBAs",
      escalation: ["kim"],
    });
    expect(saved.status).toBeLessThan(300);
    expect((await call(s, kim.token, "DELETE", `/api/v1/users/kim/tokens/${kim.id}`)).status).toBe(204);

    expect((await call(s, s.adminToken, "GET", "/api/v1/audit")).status).toBe(200);
    const entries = (await call(s, admin, "GET", "/api/v1/audit")).body.entries as {
      actor: string;
      action: string;
      target: string;
      requestId: string;
    }[];
    // Newest first; requests within one millisecond may tie, so compare as a set.
    const seen = entries.map((e) => [e.actor, e.action, e.target].join(" ")).sort();
    expect(seen).toEqual(
      [
        "admin user.created handle=kim",
        "admin token.created handle=kim",
        "admin team.saved name=dba",
        `kim token.revoked handle=kim id=${kim.id}`,
      ].sort(),
    );
    expect(entries.every((e) => e.requestId.length > 0)).toBe(true);
    const other = await s.user("lee");
    expect((await call(s, other, "GET", "/api/v1/audit")).status).toBe(403);
  });
});

describe.each(ENGINES)("deactivating a person on %s", (engine) => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(async () => s.close());

  it("kills their tokens at once, keeps their name in the record, and stops new work reaching them", async () => {
    const kim = await s.user("kim");
    const lee = await s.user("lee");
    const d = await call(s, lee, "POST", "/api/v1/incidents", { synopsis: "Disk full on db-3" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, kim, "POST", `${ref}/messages`, { text: "looking" });
    expect((await call(s, kim, "GET", "/api/v1/me")).status).toBe(200); // cached now

    expect((await call(s, lee, "POST", "/api/v1/users/kim/deactivate")).status).toBe(403);
    const done = await call(s, s.adminToken, "POST", "/api/v1/users/kim/deactivate");
    expect(done.status).toBe(200);
    expect(done.body.deactivatedAt).not.toBeNull();
    expect((await call(s, kim, "GET", "/api/v1/me")).status).toBe(401);
    const timeline = JSON.stringify((await call(s, lee, "GET", `${ref}/timeline`)).body);
    expect(timeline).toContain('"actor":"kim"');
    const assign = await call(s, lee, "POST", `${ref}/responders`, { person: "kim" });
    expect(assign.body).toMatchObject({ code: "UNKNOWN_PERSON" });
    expect((await call(s, s.adminToken, "POST", "/api/v1/users/admin/deactivate")).body).toMatchObject({
      code: "CANNOT_DEACTIVATE_SELF",
    });

    expect((await call(s, s.adminToken, "POST", "/api/v1/users/kim/reactivate")).body).toMatchObject({
      deactivatedAt: null,
    });
    const fresh = (await call(s, s.adminToken, "POST", "/api/v1/users/kim/tokens", {})).body.token as string;
    expect((await call(s, fresh, "GET", "/api/v1/me")).status).toBe(200);
    const audit = (await call(s, s.adminToken, "GET", "/api/v1/audit")).body.entries as { action: string }[];
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.deactivated", "user.reactivated"]),
    );
  });
});

describe("revoking a token with two instances on one PostgreSQL", () => {
  let a: Runtime;
  let b: Runtime;
  let appA: FastifyInstance;
  let appB: FastifyInstance;

  beforeAll(async () => {
    const config = {
      port: 0,
      host: "127.0.0.1",
      dataDir: "/nonexistent",
      databaseUrl: await freshPostgresDatabase(),
      adminToken: undefined,
      logLevel: "silent",
      domain: defaultDomainConfig,
    };
    a = await createRuntime(config);
    b = await createRuntime(config);
    await bootstrapAdmin(a.services.users, undefined);
    appA = await buildApp(a.services);
    appB = await buildApp(b.services);
  });
  afterAll(async () => {
    await appA.close();
    await appB.close();
    await a.close();
    await b.close();
  });

  it("takes effect on the other instance at once, though it had the token cached", async () => {
    const user = await a.services.users.create({ handle: "ann", displayName: "Ann" });
    const token = await a.services.users.createToken(user!.id, "cli");
    const me = (app: FastifyInstance) =>
      app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });
    expect((await me(appB)).statusCode).toBe(200); // cached on b now
    const id = (await a.services.users.tokens(user!.id))[0]!.id;
    const revoked = await appA.inject({
      method: "DELETE",
      url: `/api/v1/users/ann/tokens/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(204);
    // Told through NOTIFY: well within the cache's 30 s.
    await until(async () => (await me(appB)).statusCode === 401, 5000);
  });
});
