import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";

describe("GET /api/v1/config", () => {
  let s: TestServer;
  let ann: string;
  const severities = [
    { level: "P0", definition: "Everything is down", response: "All hands" },
    { level: "P1", definition: "Something important is down", response: "Page the owners" },
  ];

  beforeAll(async () => {
    s = await startTestServer("sqlite", {
      domain: { ...defaultDomainConfig, severities, defaultSeverity: "P0", spanOfControlMax: 6 },
    });
    ann = await s.user("ann");
  });
  afterAll(async () => s.close());

  it("tells clients the deployment's own severities, roles and limits instead of letting them guess", async () => {
    const r = await call(s, ann, "GET", "/api/v1/config");
    expect(r.status).toBe(200);
    expect(r.body.severities).toEqual(severities);
    expect(r.body.defaultSeverity).toBe("P0");
    expect(r.body.spanOfControlMax).toBe(6);
    expect(r.body.kinds).toEqual(["real", "drill", "planned"]);
    const roles = r.body.roles as { name: string; label: string; badge: string }[];
    expect(roles.find((x) => x.name === "incident-commander")).toMatchObject({
      label: "Incident Commander",
      badge: "IC",
    });
    expect(roles.map((x) => x.name)).toContain("liaison:<group>");
    // What it advertises is what the server accepts, and nothing else.
    expect((await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "x", severity: "P1" })).status).toBe(
      201,
    );
    expect(
      (await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "x", severity: "SEV1" })).status,
    ).toBe(422);
  });

  it("needs a token", async () => {
    expect((await call(s, null, "GET", "/api/v1/config")).status).toBe(401);
  });
});
