import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../support/http.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

type Operation = { method: string; path: string };

/** Every operation of the API whose path names an incident, from the OpenAPI document. */
async function incidentOperations(s: TestServer, token: string): Promise<Operation[]> {
  const doc = await call(s, token, "GET", "/api/openapi.json");
  const paths = doc.body.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .filter(([p]) => p.includes("{ref}"))
    .flatMap(([p, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path: p })));
}

/** Fills path parameters other than the incident's with plausible values. */
function concrete(path: string, ref: string): string {
  return path
    .replace("{ref}", ref)
    .replace("{person}", "ann")
    .replace("{role}", "scribe")
    .replace(/\{[a-zA-Z]+\}/g, randomUUID());
}

/** Valid bodies for the commands most worth probing, so their not-found path is reached. */
const BODIES: Record<string, unknown> = {
  "POST /api/v1/incidents/{ref}/log": { text: "probe" },
  "POST /api/v1/incidents/{ref}/reports": { conditions: "c", actions: "a", needs: "none" },
  "POST /api/v1/incidents/{ref}/responders": { person: "eve" },
  "POST /api/v1/incidents/{ref}/status": { status: "stable" },
  "PATCH /api/v1/incidents/{ref}": { synopsis: "probe" },
  "PUT /api/v1/incidents/{ref}/roles/{role}": { person: "eve" },
  "POST /api/v1/incidents/{ref}/transfers": { role: "scribe", to: "eve", briefing: "b" },
  "POST /api/v1/incidents/{ref}/messages": { text: "probe" },
  "POST /api/v1/incidents/{ref}/decisions": { decision: "d", rationale: "r" },
  "POST /api/v1/incidents/{ref}/changes": {
    what: "w",
    why: "y",
    system: "s",
    risk: "low",
    rollbackPlan: "r",
  },
};

function withoutInstance(r: Reply): string {
  const rest: Record<string, unknown> = { ...r.body };
  delete rest.instance;
  return JSON.stringify({ status: r.status, type: r.headers["content-type"], body: rest });
}

describe.each(ENGINES)("one not-found for hidden and missing incidents on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let eve: string;
  let hidden: { id: string; number: number };

  beforeAll(async () => {
    s = await startTestServer(engine);
    ann = await s.user("ann");
    eve = await s.user("eve");
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Payroll data exposed",
      name: "Quiet Fox",
      visibility: "restricted",
    });
    hidden = { id: String(d.body.id), number: Number(d.body.number) };
  });
  afterAll(async () => s.close());

  it("answers every incident endpoint byte-identically (apart from instance) for a hidden and a missing incident", async () => {
    const operations = await incidentOperations(s, ann);
    expect(operations.length).toBeGreaterThan(30);
    let probedNotFound = 0;
    for (const op of operations) {
      const body = BODIES[`${op.method} ${op.path}`] ?? (op.method === "GET" ? undefined : {});
      const pairs: [string, string][] = [
        [String(hidden.number), "987654"],
        [hidden.id, randomUUID()],
      ];
      for (const [hiddenRef, missingRef] of pairs) {
        // Streams answer 404 before they start; everything else is a plain request.
        const a = await call(s, eve, op.method, concrete(op.path, hiddenRef), body);
        const b = await call(s, eve, op.method, concrete(op.path, missingRef), body);
        expect(withoutInstance(a), `${op.method} ${op.path}`).toBe(withoutInstance(b));
        expect(a.status, `${op.method} ${op.path}`).not.toBe(500);
        if (a.status === 404 && a.body.code === "INCIDENT_NOT_FOUND") probedNotFound++;
      }
    }
    // Not a comparison of two validation errors only: the not-found path itself was reached.
    expect(probedNotFound).toBeGreaterThan(20);
  });

  it("does not let name uniqueness reveal a restricted incident", async () => {
    const same = await call(s, eve, "POST", "/api/v1/incidents", { synopsis: "Other", name: "Quiet Fox" });
    expect(same.status).toBe(201);
    const again = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Third", name: "quiet fox" });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("NAME_TAKEN");
  });

  it("keeps the restricted incident visible to its responders and admins", async () => {
    expect((await call(s, ann, "GET", `/api/v1/incidents/${hidden.number}`)).status).toBe(200);
    expect((await call(s, s.adminToken, "GET", `/api/v1/incidents/${hidden.id}`)).status).toBe(200);
    const list = await call(s, eve, "GET", "/api/v1/incidents");
    expect(JSON.stringify(list.body)).not.toContain(hidden.id);
  });
});
