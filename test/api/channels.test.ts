import { createHmac } from "node:crypto";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.js";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";
import { freePort } from "../support/postgres.js";
import { smtp } from "../support/smtp.js";
import { ENGINES, testConfig } from "../support/runtime.js";

const admin = { handle: "admin", isAdmin: true };

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A webhook receiver on loopback that fails the first `failures` requests with 500. */
async function receiver(
  failures: number,
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  let seen = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen++;
      received.push({ headers: req.headers, body });
      res.writeHead(seen <= failures ? 500 : 204).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise((r) =>
        server.close(() => {
          r();
        }),
      ),
  };
}

describe.each(ENGINES)("email and webhook notifications on %s", (engine) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-channels-"));
  let now = Date.parse("2026-11-23T10:00:00.000Z");
  let runtime: Runtime;
  let mail: Awaited<ReturnType<typeof smtp>>;

  beforeAll(async () => {
    mail = await smtp();
    const config = await testConfig(engine, dir, {
      smtpUrl: mail.url,
      mailFrom: "Muster <muster@example.test>",
    });
    runtime = await createRuntime(config, () => new Date(now));
    await bootstrapAdmin(runtime.services.users, undefined);
    await runtime.services.users.create({ handle: "sue", displayName: "Sue" });
  });
  afterAll(async () => {
    await runtime.close();
    await mail.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("signs webhooks, retries failures with backoff (visible to admins), and sends each once; emails too", async () => {
    const hook = await receiver(2);
    try {
      const app = await buildApp(runtime.services);
      const adminToken = await runtime.services.users.createToken(
        (await runtime.services.users.byHandle("admin"))!.id,
        "t",
      );
      const addHook = await app.inject({
        method: "POST",
        url: "/api/v1/users/sue/contacts",
        headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
        payload: JSON.stringify({ kind: "webhook", address: hook.url }),
      });
      expect(addHook.statusCode).toBe(201);
      const secret = (JSON.parse(addHook.body) as { secret: string }).secret;
      const badUrl = await app.inject({
        method: "POST",
        url: "/api/v1/users/sue/contacts",
        headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
        payload: JSON.stringify({ kind: "webhook", address: "ftp://x" }),
      });
      expect(badUrl.statusCode).toBe(422);
      await runtime.services.contacts.add("sue", "email", "sue@example.test");

      // A drill: every channel must say so unmistakably, in the text and in the payload.
      const { incidentId } = await runtime.services.muster.declare(admin, {
        synopsis: "channels",
        kind: "drill",
      });
      await runtime.services.muster.execute(admin, incidentId, { type: "check-in", person: "sue" });
      await runtime.services.muster.execute(admin, incidentId, {
        type: "assign-task",
        assignee: "sue",
        task: "rotate the keys",
        timeBoxMinutes: 20,
      });

      expect(await runtime.deliveries.tick()).toBe(2); // in-app and email; the webhook failed once
      expect(mail.messages).toHaveLength(1);
      expect(mail.messages[0]).toContain("rotate the keys");
      expect(mail.messages[0]).toContain("sue@example.test");
      expect(mail.messages[0]).toContain("DRILL");
      expect(mail.messages[0]).toMatch(/X-Muster-Incident-Kind: drill/i);
      const problems = await app.inject({
        method: "GET",
        url: "/api/v1/deliveries/problems",
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(problems.body).toContain("webhook answered 500");

      now += 250;
      expect(await runtime.deliveries.tick()).toBe(0); // backoff (0.5 s): not due yet
      now += 500;
      expect(await runtime.deliveries.tick()).toBe(0); // second attempt fails too; next in 1 s
      now += 1_500;
      expect(await runtime.deliveries.tick()).toBe(1); // third attempt succeeds
      now += 60_000;
      expect(await runtime.deliveries.tick()).toBe(0);

      expect(hook.received).toHaveLength(3);
      const keys = new Set(hook.received.map((r) => r.headers["idempotency-key"]));
      expect(keys.size).toBe(1);
      for (const r of hook.received) {
        const [t, v1] = String(r.headers["muster-signature"])
          .split(",")
          .map((p) => p.split("=")[1]);
        expect(v1).toBe(createHmac("sha256", secret).update(`${t}.${r.body}`).digest("hex"));
        expect(JSON.parse(r.body)).toMatchObject({
          kind: "task.assigned",
          recipient: "sue",
          incidentKind: "drill",
          drill: true,
          title: expect.stringMatching(/^DRILL — /) as unknown,
        });
      }
      expect(mail.messages).toHaveLength(1);
      await app.close();
    } finally {
      await hook.close();
    }
  });
});
