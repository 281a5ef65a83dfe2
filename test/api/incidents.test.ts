import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("incident API on %s", (engine) => {
  let s: TestServer;
  let admin: string;
  let ann: string;
  let bob: string;
  let cy: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    admin = s.adminToken;
    ann = await s.user("ann");
    bob = await s.user("bob");
    cy = await s.user("cy");
  });
  afterAll(async () => s.close());

  it("serves /healthz unauthenticated and the OpenAPI document", async () => {
    expect((await call(s, null, "GET", "/healthz")).status).toBe(200);
    const spec = await call(s, null, "GET", "/api/openapi.json");
    expect(spec.status).toBe(200);
    const paths = Object.keys(spec.body.paths as object);
    expect(paths).toContain("/api/v1/incidents/{ref}/transfers/{id}/accept");
    expect(paths).toContain("/api/v1/incidents/{ref}/reports");
  });

  it("refuses requests without a valid token with 401 problem+json", async () => {
    const none = await call(s, null, "GET", "/api/v1/incidents");
    expect(none.status).toBe(401);
    expect(none.headers["content-type"]).toContain("application/problem+json");
    expect(none.body.code).toBe("UNAUTHENTICATED");
    expect((await call(s, "mst_nope", "GET", "/api/v1/me")).body.code).toBe("INVALID_TOKEN");
  });

  it("declares (201 with the status doc) and reads by number and by id", async () => {
    const res = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Checkout 500s",
      severity: "SEV1",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ severity: "SEV1", status: "active", commander: "ann" });
    expect(res.body.events?.[0]?.type).toBe("incident.declared");
    const byNumber = await call(s, bob, "GET", `/api/v1/incidents/${String(res.body.number)}`);
    const byId = await call(s, bob, "GET", `/api/v1/incidents/${String(res.body.id)}`);
    expect(byNumber.body.id).toBe(res.body.id);
    expect(byId.body.name).toBe(res.body.name);
  });

  it("runs the command structure end to end through the API", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "DC power",
      name: `Power ${engine}`,
    });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    expect(
      (await call(s, bob, "POST", `${ref}/responders`, { person: "bob", skills: ["storage"] })).status,
    ).toBe(201);
    expect((await call(s, ann, "POST", `${ref}/responders`, { person: "cy" })).status).toBe(201);
    const assigned = await call(s, ann, "POST", `${ref}/responders/bob/assignment`, { role: "tech-lead" });
    expect(assigned.status).toBe(200);
    expect(assigned.body.events?.map((e) => e.type)).toEqual([
      "responder.assigned",
      "role.filled",
      "checklist.attached",
    ]);
    expect(
      (await call(s, ann, "POST", `${ref}/responders/cy/assignment`, { supervisor: "bob", role: "sme" }))
        .status,
    ).toBe(200);
    const can = await call(s, cy, "POST", `${ref}/reports`, {
      conditions: "array offline",
      actions: "reseating",
      needs: "none",
    });
    expect(can.status).toBe(201);
    expect(can.body.events?.[0]?.actorRoles).toEqual(["sme"]);
    expect((await call(s, ann, "POST", `${ref}/log`, { text: "Facilities paged", key: true })).status).toBe(
      201,
    );
    expect(
      (await call(s, ann, "POST", `${ref}/decisions`, { decision: "Fail over", rationale: "ETA unknown" }))
        .status,
    ).toBe(201);

    const org = await call(s, bob, "GET", `${ref}/org`);
    const root = org.body.root as {
      person: string;
      directReports: { person: string; directReports: { person: string }[] }[];
    };
    expect(root.person).toBe("ann");
    expect(root.directReports[0]?.person).toBe("bob");
    expect(root.directReports[0]?.directReports[0]?.person).toBe("cy");

    const offer = await call(s, ann, "POST", `${ref}/transfers`, {
      role: "incident-commander",
      to: "bob",
      briefing: "Ruled out UPS",
    });
    expect(offer.status).toBe(201);
    const offerId = (offer.body.offer as { id: string }).id;
    expect((offer.body.offer as { briefing: { snapshot: string } }).briefing.snapshot).toContain(
      "Incident Commander: ann",
    );
    expect((await call(s, cy, "POST", `${ref}/transfers/${offerId}/accept`)).body.code).toBe(
      "NOT_TRANSFER_RECIPIENT",
    );
    const accepted = await call(s, bob, "POST", `${ref}/transfers/${offerId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.commander).toBe("bob");

    const history = await call(s, cy, "GET", `${ref}/roles/history`);
    const ic = (history.body.history as { role: string; holder: string; to: string | null }[]).filter(
      (h) => h.role === "incident-commander",
    );
    expect(ic.map((h) => h.holder)).toEqual(["ann", "bob"]);

    const past = await call(s, cy, "GET", `${ref}/org?seq=${String(d.body.seq)}`);
    expect((past.body.root as { person: string }).person).toBe("ann");

    const ended = await call(s, bob, "POST", `${ref}/status`, {
      status: "ended",
      summary: "Power restored, failed back",
    });
    expect(ended.body).toMatchObject({ status: "ended", endedBy: "bob" });
    // After the end the wrap-up goes on (the log), the response does not (a CAN).
    expect((await call(s, bob, "POST", `${ref}/log`, { text: "late: vendor RCA due Friday" })).status).toBe(
      201,
    );
    const refused = await call(s, cy, "POST", `${ref}/reports`, {
      conditions: "c",
      actions: "a",
      needs: "n",
    });
    expect([refused.status, refused.body.code]).toEqual([409, "INCIDENT_ENDED"]);

    const timeline = await call(s, cy, "GET", `${ref}/timeline?after=0&limit=1000`);
    const seqs = (timeline.body.events as { seq: number }[]).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const md = await s.app.inject({
      method: "GET",
      url: ref,
      headers: { authorization: `Bearer ${cy}`, accept: "text/markdown" },
    });
    expect(md.body).toContain("Summary: Power restored");
  });

  it("keeps restricted incidents invisible to everyone but responders and admins", async () => {
    const d = await call(s, ann, "POST", "/api/v1/incidents", {
      synopsis: "Security: key leak",
      visibility: "restricted",
    });
    const id = String(d.body.id);
    const listed = async (token: string) =>
      ((await call(s, token, "GET", "/api/v1/incidents?limit=500")).body.incidents as { id: string }[]).some(
        (i) => i.id === id,
      );
    expect(await listed(bob)).toBe(false);
    expect(await listed(admin)).toBe(true);
    const hidden = await call(s, bob, "GET", `/api/v1/incidents/${id}`);
    const unknown = await call(s, bob, "GET", "/api/v1/incidents/00000000-0000-0000-0000-000000000000");
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, detail: "", instance: "" }).toEqual({
      ...unknown.body,
      detail: "",
      instance: "",
    });
    for (const path of ["timeline", "org", "stream", "roles/history", "transfers"]) {
      expect((await call(s, bob, "GET", `/api/v1/incidents/${id}/${path}`)).status).toBe(404);
    }
    expect((await call(s, bob, "POST", `/api/v1/incidents/${id}/responders`, { person: "bob" })).status).toBe(
      404,
    );
    await call(s, ann, "POST", `/api/v1/incidents/${id}/responders`, { person: "bob" });
    expect(await listed(bob)).toBe(true);
    expect(await listed(cy)).toBe(false);
  });

  it("filters the list by status and kind", async () => {
    await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Game day", kind: "drill" });
    const drills = await call(s, ann, "GET", "/api/v1/incidents?kind=drill");
    expect((drills.body.incidents as { kind: string }[]).every((i) => i.kind === "drill")).toBe(true);
    const ended = await call(s, ann, "GET", "/api/v1/incidents?status=ended");
    expect((ended.body.incidents as { status: string }[]).length).toBeGreaterThan(0);
    expect((ended.body.incidents as { status: string }[]).every((i) => i.status === "ended")).toBe(true);
  });

  it("lets admins create users and tokens; users may mint their own", async () => {
    expect((await call(s, ann, "POST", "/api/v1/users", { handle: "dee", displayName: "Dee" })).status).toBe(
      403,
    );
    const created = await call(s, admin, "POST", "/api/v1/users", { handle: "dee", displayName: "Dee" });
    expect(created.status).toBe(201);
    expect(
      (await call(s, admin, "POST", "/api/v1/users", { handle: "dee", displayName: "Dee" })).body.code,
    ).toBe("HANDLE_TAKEN");
    const token = await call(s, admin, "POST", "/api/v1/users/dee/tokens", {});
    const dee = String(token.body.token);
    expect((await call(s, dee, "GET", "/api/v1/me")).body.handle).toBe("dee");
    expect((await call(s, dee, "POST", "/api/v1/users/dee/tokens")).status).toBe(201);
    expect((await call(s, dee, "POST", "/api/v1/users/ann/tokens")).status).toBe(403);
  });
});
