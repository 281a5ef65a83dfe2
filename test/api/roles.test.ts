import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { call } from "../support/http.js";

const declare = { synopsis: "Checkout 500s", severity: "SEV2" };

describe.each(ENGINES)("organisation roles and service token scopes (%s)", (engine) => {
  let s: TestServer;
  let sue: string;
  let vic: string;
  let stan: string;
  let ref: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    sue = await s.user("sue");
    for (const [handle, role] of [
      ["vic", "viewer"],
      ["stan", "stakeholder"],
    ] as const) {
      const made = await call(s, s.adminToken, "POST", "/api/v1/users", {
        handle,
        displayName: handle,
        role,
      });
      expect(made.body.role).toBe(role);
    }
    vic = (await call(s, s.adminToken, "POST", "/api/v1/users/vic/tokens", {})).body.token as string;
    stan = (await call(s, s.adminToken, "POST", "/api/v1/users/stan/tokens", {})).body.token as string;
    ref = String((await call(s, sue, "POST", "/api/v1/incidents", declare)).body.number);
  });
  afterAll(async () => {
    await s.close();
  });

  it("lets a viewer read open incidents but not respond", async () => {
    expect((await call(s, vic, "GET", "/api/v1/incidents")).status).toBe(200);
    expect((await call(s, vic, "GET", `/api/v1/incidents/${ref}`)).status).toBe(200);
    const write = await call(s, vic, "POST", `/api/v1/incidents/${ref}/log`, { text: "hello" });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("ROLE_FORBIDS");
    expect((await call(s, vic, "POST", "/api/v1/incidents", declare)).body.code).toBe("ROLE_FORBIDS");
    // Their own account is theirs to manage.
    expect((await call(s, vic, "POST", "/api/v1/users/vic/tokens", { label: "laptop" })).status).toBe(201);
  });

  it("does not let anyone give a viewer or stakeholder work", async () => {
    for (const handle of ["vic", "stan"]) {
      const checkIn = await call(s, sue, "POST", `/api/v1/incidents/${ref}/responders`, { person: handle });
      expect(checkIn.status).toBe(422);
      expect(checkIn.body.code).toBe("UNKNOWN_PERSON");
    }
  });

  it("keeps a restricted incident from a viewer", async () => {
    const hidden = await call(s, sue, "POST", "/api/v1/incidents", { ...declare, visibility: "restricted" });
    expect(hidden.status).toBe(201);
    const list = (await call(s, vic, "GET", "/api/v1/incidents")).body.incidents as { number: number }[];
    expect(list.map((i) => i.number)).not.toContain(hidden.body.number);
    expect((await call(s, vic, "GET", `/api/v1/incidents/${String(hidden.body.number)}`)).status).toBe(404);
  });

  it("shows a stakeholder only their own account", async () => {
    expect((await call(s, stan, "GET", "/api/v1/me")).body.role).toBe("stakeholder");
    for (const path of [
      "/api/v1/incidents",
      `/api/v1/incidents/${ref}`,
      "/api/v1/users",
      "/api/v1/insights",
    ]) {
      const r = await call(s, stan, "GET", path);
      expect(r.status, path).toBe(403);
      expect(r.body.code).toBe("ROLE_FORBIDS");
    }
  });

  it("changes a role at once (cached credentials included), audited, never an admin's own", async () => {
    expect((await call(s, sue, "PUT", "/api/v1/users/vic/role", { role: "member" })).body.code).toBe(
      "ADMIN_ONLY",
    );
    expect((await call(s, vic, "GET", "/api/v1/me")).body.role).toBe("viewer");
    const changed = await call(s, s.adminToken, "PUT", "/api/v1/users/vic/role", { role: "member" });
    expect(changed.body).toMatchObject({ role: "member", isAdmin: false });
    expect((await call(s, vic, "POST", "/api/v1/incidents", declare)).status).toBe(201);
    const self = await call(s, s.adminToken, "PUT", "/api/v1/users/admin/role", { role: "member" });
    expect(self.body.code).toBe("CANNOT_DEMOTE_SELF");
    const audit = (await call(s, s.adminToken, "GET", "/api/v1/audit")).body.entries as {
      action: string;
      target: string;
    }[];
    expect(audit.find((e) => e.action === "user.role-changed")?.target).toBe("handle=vic role=member");
    await call(s, s.adminToken, "PUT", "/api/v1/users/vic/role", { role: "viewer" });
    expect((await call(s, vic, "POST", "/api/v1/incidents", declare)).body.code).toBe("ROLE_FORBIDS");
  });

  it("keeps others' roles from non-admins", async () => {
    const users = (await call(s, sue, "GET", "/api/v1/users")).body.users as {
      handle: string;
      role?: string;
    }[];
    expect(users.find((u) => u.handle === "vic")?.role).toBeUndefined();
    expect(users.find((u) => u.handle === "sue")?.role).toBe("member");
  });

  it("issues service scopes to admins only; an incident writer cannot administer", async () => {
    const refused = await call(s, sue, "POST", "/api/v1/users/sue/tokens", { scope: "incident-writer" });
    expect(refused.status).toBe(403);
    expect(refused.body.field).toBe("scope");
    expect((await call(s, s.adminToken, "POST", "/api/v1/users/sue/tokens", { scope: "admin" })).status).toBe(
      422,
    );
    // Even an admin's incident-writer token cannot administer.
    const writer = (
      await call(s, s.adminToken, "POST", "/api/v1/users/admin/tokens", { scope: "incident-writer" })
    ).body.token as string;
    const declared = await call(s, writer, "POST", "/api/v1/incidents", declare);
    expect(declared.status).toBe(201);
    expect(
      (await call(s, writer, "POST", `/api/v1/incidents/${String(declared.body.number)}/log`, { text: "ok" }))
        .status,
    ).toBe(201);
    const team = await call(s, writer, "PUT", "/api/v1/teams/db", { displayName: "DB", escalation: ["sue"] });
    expect(team.status).toBe(403);
    expect(team.body.code).toBe("TOKEN_SCOPE");
    expect(
      (await call(s, writer, "POST", "/api/v1/users", { handle: "eve", displayName: "Eve" })).status,
    ).toBe(403);
    expect((await call(s, writer, "GET", "/api/v1/audit")).body.code).toBe("TOKEN_SCOPE");
    // Nor can it mint itself a wider token.
    const mint = await call(s, writer, "POST", "/api/v1/users/admin/tokens", { scope: "full" });
    expect(mint.status).toBe(403);
    expect(mint.body.code).toBe("TOKEN_SCOPE");
  });

  it("lets an alert-intake token declare and nothing else", async () => {
    const intake = (
      await call(s, s.adminToken, "POST", "/api/v1/users/sue/tokens", {
        scope: "alert-intake",
        label: "grafana",
      })
    ).body.token as string;
    expect((await call(s, intake, "POST", "/api/v1/incidents", declare)).status).toBe(201);
    for (const [method, path] of [
      ["GET", "/api/v1/incidents"],
      ["GET", `/api/v1/incidents/${ref}`],
      ["POST", `/api/v1/incidents/${ref}/log`],
    ] as const) {
      const r = await call(s, intake, method, path, method === "POST" ? { text: "x" } : undefined);
      expect(r.status, path).toBe(403);
      expect(r.body.code).toBe("TOKEN_SCOPE");
    }
    const listed = (await call(s, sue, "GET", "/api/v1/users/sue/tokens")).body.tokens as {
      label: string;
      scope: string;
    }[];
    expect(listed.find((t) => t.label === "grafana")?.scope).toBe("alert-intake");
  });
});
