import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import type { Consumer } from "../../src/app/consumers.js";
import type { ServerConfig } from "../../src/config.js";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { buildApp } from "../../src/http/app.js";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";

export type Engine = "sqlite" | "postgres";
export const ENGINES: Engine[] = ["sqlite", "postgres"];

/** A fresh database on PostgreSQL: one per test runtime so tests never share state. */
export async function freshPostgresDatabase(baseUrl = inject("pgUrl")): Promise<string> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A server configuration for tests: a data dir for SQLite, or a fresh PostgreSQL database. */
export async function testConfig(
  engine: Engine,
  dataDir: string,
  overrides: Partial<ServerConfig> = {},
): Promise<ServerConfig> {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl: engine === "postgres" ? await freshPostgresDatabase() : undefined,
    adminToken: undefined,
    logLevel: "silent",
    domain: defaultDomainConfig,
    // Test receivers listen on loopback; the SSRF tests override this with nothing allowed.
    outboundAllow: ["127.0.0.0/8", "::1"],
    ...overrides,
  };
}

export type TestServer = {
  app: FastifyInstance;
  runtime: Runtime;
  adminToken: string;
  /** Creates a user and returns their bearer token. */
  user: (handle: string, admin?: boolean) => Promise<string>;
  close: () => Promise<void>;
};

/** An in-process Muster (no listening socket) on the given engine. */
export async function startTestServer(
  engine: Engine,
  overrides: Partial<ServerConfig> = {},
  consumers: Consumer[] = [],
  clock?: () => Date,
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "muster-test-"));
  const config = await testConfig(engine, dataDir, overrides);
  const runtime = await createRuntime(config, clock, undefined, consumers);
  const adminToken = (await bootstrapAdmin(runtime.services.users, undefined)) ?? "";
  const app = await buildApp(runtime.services, {
    oidc: config.oidc,
    sessionHours: config.sessionHours ?? 168,
  });
  return {
    app,
    runtime,
    adminToken,
    user: async (handle, admin = false) => {
      const users = runtime.services.users;
      const created = await users.create({ handle, displayName: handle.toUpperCase(), isAdmin: admin });
      if (!created) throw new Error(`user ${handle} exists`);
      return users.createToken(created.id, "test");
    },
    close: async () => {
      await app.close();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A virtual clock the tests move by hand (milliseconds, or minutes with `minutes`). */
export function virtualClock(start = "2026-11-23T10:00:00.000Z") {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance: (ms: number) => (now += ms),
    minutes: (m: number) => (now += m * 60_000),
  };
}
