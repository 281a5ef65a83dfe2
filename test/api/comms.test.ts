import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, until } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";
import { plain, smtp } from "../support/smtp.js";

type Update = { id: string; status: string; audience: string; edited: string[] };

describe.each(ENGINES)("stakeholder communications (%s)", (engine) => {
  let s: TestServer;
  let mail: Awaited<ReturnType<typeof smtp>>;
  const t: Record<string, string> = {};
  const tok = (h: string) => t[h] ?? "";

  beforeAll(async () => {
    mail = await smtp();
    s = await startTestServer(engine, { smtpUrl: mail.url, mailFrom: "Muster <muster@example.test>" });
    for (const h of ["ic", "cam", "lia", "sue", "ceo"]) t[h] = await s.user(h);
    await s.runtime.services.teams.put({
      name: "leadership",
      displayName: "Leadership",
      escalation: ["ceo"],
    });
  });
  afterAll(async () => {
    await s.close();
    await mail.close();
  });

  async function incident(): Promise<string> {
    const r = await call(s, tok("ic"), "POST", "/api/v1/incidents", {
      synopsis: "Checkout failing",
      severity: "SEV2",
    });
    expect(r.status).toBe(201);
    const ref = String(r.body.number);
    for (const p of ["cam", "lia", "sue"]) {
      await call(s, tok("ic"), "POST", `/api/v1/incidents/${ref}/responders`, { person: p });
    }
    expect(
      (await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/roles/comms-lead`, { person: "cam" }))
        .status,
    ).toBe(200);
    expect(
      (await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/roles/liaison:customers`, { person: "lia" }))
        .status,
    ).toBe(200);
    return ref;
  }

  it("lets admins define stakeholder groups, with clear refusals for anyone else or bad input", async () => {
    const execs = await call(s, s.adminToken, "PUT", "/api/v1/stakeholder-groups/executives", {
      label: "Executives",
      members: [
        { kind: "team", team: "leadership" },
        { kind: "email", address: "board@example.test" },
      ],
    });
    expect(execs.status).toBe(200);
    expect(execs.body.approval).toBe(false);
    const customers = await call(s, s.adminToken, "PUT", "/api/v1/stakeholder-groups/customers", {
      label: "Customers",
      external: true,
      members: [{ kind: "email", address: "list@customer.example" }],
    });
    expect(customers.body.approval).toBe(true);
    expect((await call(s, tok("sue"), "PUT", "/api/v1/stakeholder-groups/x", { label: "X" })).status).toBe(
      403,
    );
    const badName = await call(s, s.adminToken, "PUT", "/api/v1/stakeholder-groups/Not%20OK", { label: "X" });
    expect(badName.status).toBe(422);
    const nobody = await call(s, s.adminToken, "PUT", "/api/v1/stakeholder-groups/ghosts", {
      label: "Ghosts",
      members: [{ kind: "person", handle: "nobody" }],
    });
    expect(nobody.status).toBe(422);
    const audit = await call(s, s.adminToken, "GET", "/api/v1/audit");
    expect(JSON.stringify(audit.body)).toContain("stakeholder-group.saved");
    const listed = await call(s, tok("sue"), "GET", "/api/v1/stakeholder-groups");
    expect((listed.body.groups as { name: string }[]).map((g) => g.name)).toEqual([
      "customers",
      "executives",
    ]);
  });

  it("runs an incident's communications: audiences, internal at once, external after approval, delivered by email", async () => {
    const ref = await incident();
    const unknown = await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, {
      groups: ["sales"],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe("UNKNOWN_GROUP");
    const named = await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, {
      groups: ["executives", "customers", "public"],
    });
    expect(named.status).toBe(200);
    const draft = {
      audience: "executives",
      stage: "identified",
      title: "Card payments failing",
      impact: "A third of card payments fail",
      text: "The payment pool is exhausted; we are adding capacity.",
    };
    const preview = await call(
      s,
      tok("cam"),
      "POST",
      `/api/v1/incidents/${ref}/comms/updates/preview`,
      draft,
    );
    expect(preview.status).toBe(200);
    const [p] = preview.body.previews as { needsApproval: boolean; recipients: number; body: string }[];
    expect(p?.needsApproval).toBe(false);
    expect(p?.recipients).toBe(2);
    expect(p?.body).toContain("Impact: A third of card payments fail");

    const sent = await call(s, tok("cam"), "POST", `/api/v1/incidents/${ref}/comms/updates`, draft);
    expect(sent.status).toBe(201);
    const ext = await call(s, tok("lia"), "POST", `/api/v1/incidents/${ref}/comms/updates`, {
      ...draft,
      audience: "customers",
      text: "Some card payments fail. Please retry later.",
    });
    expect(ext.status).toBe(201);
    let updates = (ext.body as unknown as { comms: { updates: Update[] } }).comms.updates;
    const pending = updates.find((u) => u.audience === "customers");
    expect(pending?.status).toBe("pending-approval");
    const byComms = await call(
      s,
      tok("cam"),
      "POST",
      `/api/v1/incidents/${ref}/comms/updates/${pending?.id ?? ""}/approve`,
      {},
    );
    expect(byComms.status).toBe(403);
    const approved = await call(
      s,
      tok("ic"),
      "POST",
      `/api/v1/incidents/${ref}/comms/updates/${pending?.id ?? ""}/approve`,
      {
        edits: { title: "Some card payments are failing" },
      },
    );
    expect(approved.status).toBe(200);
    updates = (approved.body as unknown as { comms: { updates: Update[] } }).comms.updates;
    expect(updates.find((u) => u.id === pending?.id)).toMatchObject({
      status: "published",
      edited: ["title"],
    });

    await s.runtime.deliveries.tick();
    await until(async () => {
      await s.runtime.deliveries.tick();
      return mail.messages.length >= 2;
    });
    const board = mail.messages.map(plain).find((m) => m.includes("board@example.test"));
    expect(board).toContain("Card payments failing");
    const customer = mail.messages.map(plain).find((m) => m.includes("list@customer.example"));
    expect(customer).toContain("Some card payments are failing");
    // Outside readers never see the codename or who wrote it.
    const name = String(sent.body.name);
    expect(customer).not.toContain(name);
    expect(customer).not.toContain("lia");
    // The team member (ceo) got it in their inbox.
    const inbox = await call(s, tok("ceo"), "GET", "/api/v1/inbox");
    expect(JSON.stringify(inbox.body)).toContain("Card payments failing");
  });

  it("answers a stakeholder's question from a signed link, and stops working once revoked", async () => {
    const ref = await incident();
    await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, { groups: ["customers"] });
    await call(s, tok("ic"), "POST", `/api/v1/incidents/${ref}/comms/updates`, {
      audience: "customers",
      stage: "investigating",
      title: "Slow checkout",
      impact: "Checkout is slow",
      text: "We are looking into slow checkouts.",
    });
    expect(
      (
        await call(s, tok("sue"), "POST", `/api/v1/incidents/${ref}/comms/links`, {
          audience: "customers",
          label: "Acme",
        })
      ).status,
    ).toBe(403);
    const link = await call(s, tok("lia"), "POST", `/api/v1/incidents/${ref}/comms/links`, {
      audience: "customers",
      label: "Acme",
    });
    expect(link.status).toBe(201);
    const url = String(link.body.url);
    const page = await s.app.inject({ method: "GET", url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Slow checkout");
    expect(page.body).not.toContain("<script");
    const forged = await s.app.inject({ method: "GET", url: url.replace(/sig=.*/, "sig=forged") });
    expect(forged.statusCode).toBe(404);

    const asked = await s.app.inject({
      method: "POST",
      url: url.replace("?", "/questions?"),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "name=Pat&email=pat%40customer.example&text=Are+refunds+affected%3F",
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.body).toContain("Your question was sent");
    const doc = (await call(s, tok("lia"), "GET", `/api/v1/incidents/${ref}`)).body as {
      comms: { questions: { id: string; text: string }[] };
    };
    const question = doc.comms.questions[0];
    expect(question?.text).toBe("Are refunds affected?");
    const answer = await call(
      s,
      tok("lia"),
      "POST",
      `/api/v1/incidents/${ref}/comms/questions/${question?.id ?? ""}/answer`,
      {
        text: "Refunds are not affected.",
      },
    );
    expect(answer.status).toBe(200);
    await until(async () => {
      await s.runtime.deliveries.tick();
      return mail.messages.some((m) => plain(m).includes("Refunds are not affected."));
    });

    const revoked = await call(
      s,
      tok("ic"),
      "DELETE",
      `/api/v1/incidents/${ref}/comms/links/${String(link.body.id)}`,
    );
    expect(revoked.status).toBe(204);
    expect((await s.app.inject({ method: "GET", url })).statusCode).toBe(404);
  });

  it("names audiences at declaration, in the same commit, or declares nothing", async () => {
    const before = (await call(s, tok("ic"), "GET", "/api/v1/incidents?status=active,stable,ended&limit=500"))
      .body.incidents as unknown[];
    const unknown = await call(s, tok("ic"), "POST", "/api/v1/incidents", {
      synopsis: "x",
      audiences: ["sales"],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.field).toBe("groups");
    const secret = await call(s, tok("ic"), "POST", "/api/v1/incidents", {
      synopsis: "x",
      visibility: "restricted",
      audiences: ["public"],
    });
    expect(secret.status).toBe(409);
    expect(secret.body.code).toBe("PUBLIC_RESTRICTED");
    const after = (await call(s, tok("ic"), "GET", "/api/v1/incidents?status=active,stable,ended&limit=500"))
      .body.incidents as unknown[];
    expect(after).toHaveLength(before.length);
    const declared = await call(s, tok("ic"), "POST", "/api/v1/incidents", {
      synopsis: "Login slow",
      audiences: ["executives", "public"],
    });
    expect(declared.status).toBe(201);
    const comms = (
      declared.body as unknown as { comms: { audiences: { name: string; members: unknown[] }[] } }
    ).comms;
    expect(comms.audiences.map((a) => a.name)).toEqual(["executives", "public"]);
    // The team was expanded to its people when the audience was named.
    expect(comms.audiences[0]?.members).toContainEqual({ kind: "person", handle: "ceo", channel: "all" });
  });

  it("takes a group named like an Object.prototype member as any other (no built-in function found)", async () => {
    const saved = await call(s, s.adminToken, "PUT", "/api/v1/stakeholder-groups/constructor", {
      label: "Builders",
      members: [{ kind: "email", address: "builders@example.test" }],
    });
    expect(saved.status).toBe(200);
    const ref = await incident();
    await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, { groups: ["constructor"] });
    const link = await call(s, tok("ic"), "POST", `/api/v1/incidents/${ref}/comms/links`, {
      audience: "constructor",
      label: "Builders",
    });
    expect(link.status).toBe(201);
    const before = await s.app.inject({
      method: "GET",
      url: String(link.body.url),
      headers: { accept: "application/json" },
    });
    expect(before.statusCode).toBe(200);
    expect(JSON.parse(before.body)).toMatchObject({ nextUpdateAt: null, updates: [] });
    const sent = await call(s, tok("cam"), "POST", `/api/v1/incidents/${ref}/comms/updates`, {
      audience: "constructor",
      stage: "investigating",
      title: "Build farm slow",
      impact: "Builds take longer",
      text: "Looking into it.",
      components: { constructor: "degraded" },
    });
    expect(sent.status).toBe(201);
    const after = JSON.parse(
      (
        await s.app.inject({
          method: "GET",
          url: String(link.body.url),
          headers: { accept: "application/json" },
        })
      ).body,
    ) as { nextUpdateAt: unknown; updates: unknown[] };
    expect(typeof after.nextUpdateAt).toBe("string");
    expect(after.updates).toHaveLength(1);
  });

  it("never gives a restricted incident a public audience or a link", async () => {
    const r = await call(s, tok("ic"), "POST", "/api/v1/incidents", {
      synopsis: "Key leak",
      visibility: "restricted",
    });
    const ref = String(r.body.number);
    const pub = await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, {
      groups: ["public"],
    });
    expect(pub.status).toBe(409);
    expect(pub.body.code).toBe("PUBLIC_RESTRICTED");
    await call(s, tok("ic"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, { groups: ["executives"] });
    const link = await call(s, tok("ic"), "POST", `/api/v1/incidents/${ref}/comms/links`, {
      audience: "executives",
      label: "x",
    });
    expect(link.status).toBe(409);
    // An outsider learns nothing of it: the same 404 as for no incident at all.
    const outsider = await call(s, tok("sue"), "PUT", `/api/v1/incidents/${ref}/comms/audiences`, {
      groups: [],
    });
    expect(outsider.status).toBe(404);
  });
});
