import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationIdFor } from "../../src/http/openapi.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";

type Op = {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Doc = { openapi: string; paths: Record<string, Record<string, Op>> };

describe("the OpenAPI document", () => {
  let s: TestServer;
  let doc: Doc;

  beforeAll(async () => {
    s = await startTestServer("sqlite");
    const r = await call(s, null, "GET", "/api/openapi.json");
    expect(r.status).toBe(200);
    doc = r.body as unknown as Doc;
  });
  afterAll(async () => s.close());

  const operations = (): [string, string, Op][] =>
    Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.entries(item).map(([m, op]) => [p, m, op] as [string, string, Op]),
    );

  it("is a valid OpenAPI 3.1 document (swagger-parser resolves and validates every reference)", async () => {
    expect(doc.openapi).toBe("3.1.0");
    // validate() dereferences in place; give it a copy so the other checks see the $refs.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("gives every operation a unique operationId", () => {
    const ids = operations().map(([, , op]) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdFor("post", "/api/v1/incidents/{ref}/reports")).toBe("postIncidentsByRefReports");
  });

  it("documents every error response as problem+json and every authenticated one with 401", () => {
    for (const [p, m, op] of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${m} ${p} ${status}`).toEqual([
          "application/problem+json",
        ]);
      }
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic) expect(Object.keys(op.responses), `${m} ${p}`).toContain("401");
    }
  });

  it("describes the live streams as Server-Sent Events", () => {
    const streams = operations().filter(([p]) => p.endsWith("/stream"));
    expect(streams.map(([p]) => p).sort()).toEqual([
      "/api/v1/inbox/stream",
      "/api/v1/incidents/stream",
      "/api/v1/incidents/{ref}/stream",
    ]);
    for (const [, , op] of streams) {
      expect(Object.keys(op.responses["200"]?.content ?? {})).toEqual(["text/event-stream"]);
    }
  });

  it("documents the public probes without security", () => {
    expect(doc.paths["/healthz"]?.get?.security).toEqual([]);
    expect(doc.paths["/readyz"]?.get?.security).toEqual([]);
  });
});
