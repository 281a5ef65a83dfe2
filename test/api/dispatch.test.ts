import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.js";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";
import { ENGINES, testConfig } from "../support/runtime.js";

describe.each(ENGINES)("dispatch and notification API on %s", (engine) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-dispatch-"));
  let now = Date.parse("2026-11-23T10:00:00.000Z");
  let runtime: Runtime;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  const call = async (who: string, method: string, url: string, body?: unknown) => {
    const res = await app.inject({
      method: method as "GET",
      url,
      headers: {
        authorization: `Bearer ${tokens[who] ?? ""}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return {
      status: res.statusCode,
      body: JSON.parse(res.body || "{}") as Record<string, unknown> & {
        events?: { type: string; data: Record<string, unknown> }[];
      },
    };
  };

  beforeAll(async () => {
    runtime = await createRuntime(await testConfig(engine, dir), () => new Date(now));
    tokens.admin = (await bootstrapAdmin(runtime.services.users, undefined)) ?? "";
    for (const h of ["ic", "ana", "ben", "vp"]) {
      const user = await runtime.services.users.create({ handle: h, displayName: h });
      tokens[h] = await runtime.services.users.createToken(user!.id, "t");
    }
    app = await buildApp(runtime.services);
  });
  afterAll(async () => {
    await app.close();
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("pages a team, escalates without an acknowledgement, and checks in whoever answers", async () => {
    expect(
      (
        await call("ic", "PUT", "/api/v1/teams/storage", {
          displayName: "Storage",
          escalation: ["ana", "ben"],
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call("admin", "PUT", "/api/v1/teams/storage", {
          displayName: "Storage",
          escalation: ["ana", "ben"],
        })
      ).status,
    ).toBe(200);
    const bad = await call("admin", "PUT", "/api/v1/teams/net", {
      displayName: "Net",
      escalation: ["ghost"],
    });
    expect([bad.status, bad.body.code]).toEqual([422, "UNKNOWN_PERSON"]);

    const d = await call("ic", "POST", "/api/v1/incidents", {
      synopsis: "Data exposure suspected",
      visibility: "restricted",
      notify: { people: ["vp"] },
    });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    expect((await call("ana", "GET", ref)).status).toBe(404);
    const paged = await call("ic", "POST", `${ref}/dispatches`, {
      team: "storage",
      message: "Check the backup array",
      ackMinutes: 5,
    });
    expect(paged.status).toBe(201);
    const id = String(paged.body.events?.[0]?.data.id);
    expect((await call("ana", "GET", ref)).status).toBe(200); // asked to respond, so allowed to see it
    const both = await call("ic", "POST", `${ref}/dispatches`, {
      team: "storage",
      person: "ana",
      message: "x",
    });
    expect([both.status, both.body.field]).toEqual([422, "person"]);

    now += 6 * 60_000;
    expect(await runtime.scheduler.tick()).toBeGreaterThanOrEqual(1);
    const doc = await call("ic", "GET", ref);
    expect((doc.body.dispatches as { level: number; status: string }[])[0]).toMatchObject({
      level: 1,
      status: "waiting",
    });

    await runtime.deliveries.tick();
    const anaInbox = (await call("ana", "GET", "/api/v1/inbox")).body.items as { kind: string }[];
    const benInbox = (await call("ben", "GET", "/api/v1/inbox")).body.items as { kind: string }[];
    expect(anaInbox.map((i) => i.kind)).toEqual(["dispatch.requested"]);
    expect(benInbox.map((i) => i.kind)).toEqual(["dispatch.escalated"]);
    const vpInbox = (await call("vp", "GET", "/api/v1/inbox")).body.items as { kind: string }[];
    expect(vpInbox.map((i) => i.kind)).toEqual(["incident.declared"]);

    const acked = await call("ben", "POST", `${ref}/dispatches/${id}/ack`);
    expect(acked.body.events?.map((e) => e.type)).toEqual(["dispatch.acknowledged", "responder.checked-in"]);
    const told = await call("ic", "POST", `${ref}/notifications`, {
      teams: ["storage"],
      text: "Backups verified intact",
    });
    expect(told.status).toBe(201);
    await runtime.deliveries.tick();
    const anaAfter = (await call("ana", "GET", "/api/v1/inbox")).body.items as {
      kind: string;
      body: string;
    }[];
    const notification = anaAfter.find((i) => i.kind === "notification.sent");
    expect(notification?.body).toContain("Backups verified intact");
  });
});
