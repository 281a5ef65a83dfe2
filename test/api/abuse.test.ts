import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.js";
import { call } from "../support/http.js";
import type { TestServer } from "../support/runtime.js";
import { ENGINES, startTestServer } from "../support/runtime.js";

/** A raw socket: sends `head`, then whatever the test trickles; resolves when the server closes it. */
function rawClient(port: number, head: string) {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (d) => (received += d.toString()));
  const closed = new Promise<number>((resolve) => {
    const started = Date.now();
    socket.on("close", () => {
      resolve(Date.now() - started);
    });
  });
  socket.on("error", () => undefined);
  socket.write(head);
  return { socket, closed, received: () => received };
}

describe.each(ENGINES)("what an attacker tries, on %s", (engine) => {
  let s: TestServer;
  let ann: string;
  let eve: string;
  let listening: FastifyInstance;
  let port: number;
  const hits: string[] = [];
  const receiver = createServer((req, res) => {
    hits.push(req.url ?? "");
    req.resume();
    res.end();
  });

  beforeAll(async () => {
    // Nothing but the public internet is reachable for webhooks here.
    s = await startTestServer(engine, { outboundAllow: [] });
    ann = await s.user("ann");
    eve = await s.user("eve");
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    listening = await buildApp(s.runtime.services, { requestTimeoutMs: 1000, streamsPerPerson: 2 });
    await listening.listen({ port: 0, host: "127.0.0.1" });
    port = (listening.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await listening.close();
    await s.close();
    receiver.closeAllConnections();
    await new Promise((r) => receiver.close(r));
  });

  it("refuses webhooks to loopback, private, link-local and metadata addresses, by literal or by name", async () => {
    const hook = `http://127.0.0.1:${String((receiver.address() as AddressInfo).port)}/hook`;
    for (const address of [
      hook,
      "http://localhost:9/x",
      "http://[::1]:9/x",
      "http://[::ffff:127.0.0.1]:9/x",
      "http://10.1.2.3/x",
      "http://192.168.0.1/x",
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd00:ec2::254]/x",
      "http://0.0.0.0/x",
    ]) {
      const r = await call(s, ann, "POST", "/api/v1/users/ann/contacts", { kind: "webhook", address });
      expect(r.status, address).toBe(422);
      expect(r.body, address).toMatchObject({ code: "VALIDATION", field: "address" });
    }
  });

  it("does not send to a name that resolves inside when the webhook is due", async () => {
    // Stored behind the check's back (as if the name had pointed elsewhere when added).
    const port = (receiver.address() as AddressInfo).port;
    await s.runtime.services.contacts.add("ann", "webhook", `http://localhost:${String(port)}/hook`);
    const d = await call(s, eve, "POST", "/api/v1/incidents", { synopsis: "Reach ann", severity: "SEV3" });
    await call(s, eve, "POST", `/api/v1/incidents/${String(d.body.number)}/notifications`, {
      people: ["ann"],
      text: "hello",
    });
    await s.runtime.deliveries.tick();
    const problems = await call(s, s.adminToken, "GET", "/api/v1/deliveries/problems");
    expect(JSON.stringify(problems.body)).toContain("MUSTER_OUTBOUND_ALLOW");
    expect(hits).toEqual([]);
  });

  it("cuts off a client that never finishes its request, and closes a refused one's connection", async () => {
    // No token and a body that never comes: 401 at once, and the socket is closed.
    const refused = rawClient(
      port,
      "POST /api/v1/incidents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
    );
    expect(await refused.closed).toBeLessThan(900);
    expect(refused.received()).toMatch(/^HTTP\/1.1 401/);
    expect(refused.received().toLowerCase()).toContain("connection: close");
    // A signed-in client that stops half-way through its body is cut off by the request timeout.
    const stalled = rawClient(
      port,
      `POST /api/v1/incidents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ann}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"synopsis":`,
    );
    // Headers trickled a byte at a time never finish either.
    const trickle = rawClient(port, "GET /api/v1/me HTTP/1.1\r\n");
    const drip = setInterval(() => trickle.socket.write("X"), 100);
    const [stalledMs, trickleMs] = await Promise.all([stalled.closed, trickle.closed]);
    clearInterval(drip);
    expect(stalledMs).toBeLessThan(5000);
    expect(trickleMs).toBeLessThan(5000);
    // Meanwhile and after, ordinary requests are served.
    const ok = await fetch(`http://127.0.0.1:${String(port)}/api/v1/me`, {
      headers: { authorization: `Bearer ${ann}` },
    });
    expect(ok.status).toBe(200);
  });

  it("lets one person hold only so many live streams, and frees a place when one closes", async () => {
    const open = async () => {
      const controller = new AbortController();
      const r = await fetch(`http://127.0.0.1:${String(port)}/api/v1/incidents/stream`, {
        headers: { authorization: `Bearer ${eve}` },
        signal: controller.signal,
      });
      return {
        status: r.status,
        body: r.status === 200 ? null : await r.text(),
        close: () => {
          controller.abort();
        },
      };
    };
    const first = await open();
    const second = await open();
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await open();
    expect(third.status).toBe(429);
    expect(third.body).toContain("TOO_MANY_STREAMS");
    // Others are not affected by eve's streams.
    const anns = await fetch(`http://127.0.0.1:${String(port)}/api/v1/incidents/stream`, {
      headers: { authorization: `Bearer ${ann}` },
      signal: AbortSignal.timeout(500),
    }).catch(() => null);
    expect(anns?.status).toBe(200);
    first.close();
    let again = await open();
    for (let i = 0; again.status !== 200 && i < 40; i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = await open();
    }
    expect(again.status).toBe(200);
    second.close();
    again.close();
  });

  it("slows down token guessing from one address with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 30; i++) {
      last = await fetch(`http://127.0.0.1:${String(port)}/api/v1/me`, {
        headers: { authorization: `Bearer guess-${String(i)}` },
      });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 20).every((x) => x === 401)).toBe(true);
    expect(statuses.slice(20).every((x) => x === 429)).toBe(true);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last?.json()).toMatchObject({ code: "TOO_MANY_FAILURES", status: 429 });
  });

  it("sends security headers: a strict CSP that forbids framing, no sniffing, no referrer leaks", async () => {
    const r = await call(s, ann, "GET", "/api/v1/me");
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["referrer-policy"]).toBe("no-referrer");
    expect(r.headers["x-frame-options"]).toBe("DENY");
  });

  it("shows people's emails and admin flags only to admins and to themselves", async () => {
    await call(s, s.adminToken, "POST", "/api/v1/users", {
      handle: "zed",
      displayName: "Zed",
      email: "zed@example.com",
      admin: true,
    });
    const seen = (await call(s, eve, "GET", "/api/v1/users")).body.users as {
      handle: string;
      email: string | null;
      isAdmin?: boolean;
    }[];
    const zed = seen.find((u) => u.handle === "zed");
    expect(zed).toMatchObject({ handle: "zed", displayName: "Zed", email: null });
    expect(zed?.isAdmin).toBeUndefined();
    expect(seen.find((u) => u.handle === "eve")?.isAdmin).toBe(false);
    const byAdmin = (await call(s, s.adminToken, "GET", "/api/v1/users")).body.users as {
      handle: string;
      email: string | null;
    }[];
    expect(byAdmin.find((u) => u.handle === "zed")?.email).toBe("zed@example.com");
  });
});

describe("a webhook receiver that redirects", () => {
  let s: TestServer;
  const hits: string[] = [];
  const receiver = createServer((req, res) => {
    hits.push(req.url ?? "");
    req.resume();
    res.writeHead(307, { location: "/internal-admin" }).end();
  });

  beforeAll(async () => {
    s = await startTestServer("sqlite"); // loopback allowed, as an admin may allow an internal receiver
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  });
  afterAll(async () => {
    await s.close();
    receiver.closeAllConnections();
    await new Promise((r) => receiver.close(r));
  });

  it("is not followed: the delivery fails with the reason, and the redirect's target is never asked", async () => {
    const ann = await s.user("ann");
    const port = (receiver.address() as AddressInfo).port;
    const added = await call(s, ann, "POST", "/api/v1/users/ann/contacts", {
      kind: "webhook",
      address: `http://127.0.0.1:${String(port)}/hook`,
    });
    expect(added.status).toBe(201);
    const bob = await s.user("bob");
    const d = await call(s, bob, "POST", "/api/v1/incidents", { synopsis: "Reach ann" });
    await call(s, bob, "POST", `/api/v1/incidents/${String(d.body.number)}/notifications`, {
      people: ["ann"],
      text: "hi",
    });
    await s.runtime.deliveries.tick();
    const problems = await call(s, s.adminToken, "GET", "/api/v1/deliveries/problems");
    expect(JSON.stringify(problems.body)).toContain("307 (redirects are not followed)");
    expect(hits).toEqual(["/hook"]);
  });
});
