import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MusterClient } from "../../src/contract/client.js";
import { musterClient } from "../../src/contract/client.js";
import { CONTRACT_FILE, contractSource } from "../../scripts/contract-source.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer } from "../support/runtime.js";

describe("the typed contract", () => {
  let s: TestServer;
  let client: MusterClient;
  let anonymous: MusterClient;

  beforeAll(async () => {
    s = await startTestServer("sqlite");
    await s.app.listen({ port: 0, host: "127.0.0.1" });
    const address = s.app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const token = await s.user("ann");
    client = musterClient(base, () => token);
    anonymous = musterClient(base, () => null);
  });
  afterAll(async () => s.close());

  it("is generated from the routes' schemas and up to date (run `npm run contract` after changing them)", async () => {
    expect(readFileSync(CONTRACT_FILE, "utf8")).toBe(await contractSource());
  }, 60_000);

  it("types requests and answers end to end through the one client the web app and CLI share", async () => {
    const declared = await client.POST("/api/v1/incidents", {
      body: { synopsis: "Typed all the way", severity: "SEV2" },
    });
    expect(declared.response.status).toBe(201);
    const number = declared.data?.number ?? 0;
    expect(declared.data?.events.map((e) => e.type)).toContain("incident.declared");

    const doc = await client.GET("/api/v1/incidents/{ref}", { params: { path: { ref: String(number) } } });
    // The same path answers Markdown when asked for it, so the JSON body is the non-string case.
    const status = typeof doc.data === "string" ? null : doc.data;
    expect(status?.synopsis).toBe("Typed all the way");
    expect(status?.commander).toBe("ann");

    const missing = await client.GET("/api/v1/incidents/{ref}", { params: { path: { ref: "999999" } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.code).toBe("INCIDENT_NOT_FOUND");

    const config = await client.GET("/api/v1/config");
    expect(config.data?.severities.map((x) => x.level)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4"]);

    const refused = await anonymous.GET("/api/v1/me");
    expect(refused.response.status).toBe(401);
    expect(refused.error?.code).toBe("UNAUTHENTICATED");
  });
});
