import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

describe.each(ENGINES)("in-app notifications on %s", (engine) => {
  let s: TestServer;
  let ic: string;
  let sue: string;

  beforeAll(async () => {
    s = await startTestServer(engine);
    ic = await s.user("ic");
    sue = await s.user("sue");
  });
  afterAll(async () => s.close());

  it("delivers what the outbox owes into the recipient's inbox, once, live, and marks it read", async () => {
    await s.app.listen({ port: 0, host: "127.0.0.1" });
    const address = s.app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const d = await call(s, ic, "POST", "/api/v1/incidents", { synopsis: "inbox" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    await call(s, ic, "POST", `${ref}/responders`, { person: "sue" });

    const controller = new AbortController();
    const stream = await fetch(`${base}/api/v1/inbox/stream`, {
      headers: { authorization: `Bearer ${sue}` },
      signal: controller.signal,
    });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    await call(s, ic, "POST", `${ref}/tasks`, {
      assignee: "sue",
      task: "check the certificates",
      timeBoxMinutes: 15,
    });
    expect((await call(s, sue, "GET", "/api/v1/inbox")).body.items).toEqual([]);
    expect(await s.runtime.deliveries.tick()).toBe(1);
    let received = "";
    while (!received.includes("event: notification")) {
      received += new TextDecoder().decode((await reader.read()).value);
    }
    controller.abort();
    expect(received).toContain("check the certificates");

    expect(await s.runtime.deliveries.tick()).toBe(0);
    const inbox = await call(s, sue, "GET", "/api/v1/inbox?unread=true");
    const items = inbox.body.items as { id: string; kind: string; title: string; body: string }[];
    expect(items.map((i) => i.kind)).toEqual(["task.assigned"]);
    expect(items[0]?.body).toContain("check the certificates");
    expect((await call(s, ic, "GET", "/api/v1/inbox")).body.items).toEqual([]);
    const read = await s.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${encodeURIComponent(items[0]!.id)}/read`,
      headers: { authorization: `Bearer ${sue}` },
    });
    expect(read.statusCode).toBe(204);
    expect((await call(s, sue, "GET", "/api/v1/inbox?unread=true")).body.items).toEqual([]);
    const foreign = await s.app.inject({
      method: "POST",
      url: `/api/v1/inbox/${encodeURIComponent(items[0]!.id)}/read`,
      headers: { authorization: `Bearer ${ic}` },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("puts notices in the inbox while a webhook receiver never answers", async () => {
    // A receiver that accepts the connection and the request, then says nothing at all.
    const hanging: http.ServerResponse[] = [];
    const receiver = http.createServer((_req, res) => {
      hanging.push(res);
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const port = (receiver.address() as { port: number }).port;
    try {
      const added = await call(s, sue, "POST", "/api/v1/users/sue/contacts", {
        kind: "webhook",
        address: `http://127.0.0.1:${port}/hook`,
      });
      expect(added.status).toBe(201);
      const d = await call(s, ic, "POST", "/api/v1/incidents", { synopsis: "silent receiver" });
      const ref = `/api/v1/incidents/${String(d.body.number)}`;
      await call(s, ic, "POST", `${ref}/responders`, { person: "sue" });
      s.runtime.deliveries.start(50);
      await call(s, ic, "POST", `${ref}/tasks`, {
        assignee: "sue",
        task: "rotate the keys",
        timeBoxMinutes: 15,
      });
      // Sue's webhook is now stuck on the silent receiver...
      for (let i = 0; i < 100 && hanging.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(hanging.length).toBe(1);
      // ...and a notice owed afterwards, to someone else, still reaches the inbox meanwhile.
      await call(s, sue, "POST", `${ref}/notifications`, {
        people: ["ic"],
        text: "keys rotated, please confirm",
      });
      let items: { body: string }[] = [];
      for (let i = 0; i < 100 && !items.some((it) => it.body.includes("please confirm")); i++) {
        await new Promise((r) => setTimeout(r, 50));
        items = (await call(s, ic, "GET", "/api/v1/inbox")).body.items as { body: string }[];
      }
      expect(items.some((it) => it.body.includes("please confirm"))).toBe(true);
      expect(hanging.length).toBe(1); // the webhook is still waiting for an answer
      for (const res of hanging) res.end("ok");
      await s.runtime.deliveries.stop();
    } finally {
      receiver.closeAllConnections();
      await new Promise((r) => receiver.close(r));
    }
  });
});
