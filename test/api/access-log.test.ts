import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";

describe("access logs and request ids", () => {
  let s: TestServer;
  let app: FastifyInstance;
  let ann: string;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    s = await startTestServer("sqlite");
    ann = await s.user("ann");
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean)) {
          lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    app = await buildApp(s.runtime.services, { loggerInstance: pino({ level: "info" }, sink) });
  });
  afterAll(async () => {
    await app.close();
    await s.close();
  });

  it("keeps a proxy's X-Request-Id, echoes it, and logs one structured line per request", async () => {
    const r = await app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${ann}`, "x-request-id": "edge-7f3a.1" },
    });
    expect(r.headers["x-request-id"]).toBe("edge-7f3a.1");
    const line = lines.find((l) => l.reqId === "edge-7f3a.1" && l.msg === "request");
    expect(line).toMatchObject({ method: "GET", route: "/api/v1/me", status: 200, user: "ann" });
    expect(typeof line?.ms).toBe("number");
  });

  it("replaces an id that is not a sane token, and logs refusals too", async () => {
    const r = await app.inject({
      method: "GET",
      url: "/api/v1/incidents",
      headers: { "x-request-id": "<script>\nforged line" },
    });
    expect(r.statusCode).toBe(401);
    const id = String(r.headers["x-request-id"]);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.find((l) => l.reqId === id && l.msg === "request")).toMatchObject({
      status: 401,
      user: null,
    });
  });
});
