import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";

/** The Command Post is built by `npm run build` (which `npm test` runs first) and served at `/`. */
describe("web UI", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer("sqlite");
  });
  afterAll(async () => s.close());

  it("serves the built app at / without authentication, and its assets", async () => {
    const page = await s.app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await s.app.inject({ method: "GET", url: script ?? "" });
    expect(asset.statusCode).toBe(200);
    expect(asset.body.length).toBeGreaterThan(1000);
  });

  it("keeps the API authenticated and unknown API routes as problem+json", async () => {
    expect((await s.app.inject({ method: "GET", url: "/api/v1/incidents" })).statusCode).toBe(401);
    const missing = await s.app.inject({ method: "GET", url: "/api/v1/nothing" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/problem+json");
  });
});
