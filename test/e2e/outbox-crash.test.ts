import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, stopServer } from "../support/process.js";
import type { Engine } from "../support/runtime.js";
import { ENGINES, freshPostgresDatabase } from "../support/runtime.js";

const ADMIN = "outbox-crash-admin-token-0123456789";

async function api(
  url: string,
  token: string,
  method: string,
  p: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}${p}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(ENGINES)("outbox across SIGKILL on %s", (engine: Engine) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-outbox-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends every notification owed for a committed event, once, even when killed right after the commit", async () => {
    const env = {
      MUSTER_DATA_DIR: dir,
      MUSTER_ADMIN_TOKEN: ADMIN,
      ...(engine === "postgres" ? { DATABASE_URL: await freshPostgresDatabase() } : {}),
    };
    let server = await spawnServer(env);
    await api(server.url, ADMIN, "POST", "/api/v1/users", { handle: "sue", displayName: "Sue" });
    const sue = String((await api(server.url, ADMIN, "POST", "/api/v1/users/sue/tokens", {})).body.token);
    const d = await api(server.url, ADMIN, "POST", "/api/v1/incidents", { synopsis: "outbox" });
    const ref = `/api/v1/incidents/${String(d.body.id)}`;
    await api(server.url, ADMIN, "POST", `${ref}/responders`, { person: "sue" });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api(server.url, ADMIN, "POST", `${ref}/tasks`, {
          assignee: "sue",
          task: `task number ${i}`,
          timeBoxMinutes: 30,
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    await stopServer(server, "SIGKILL");

    server = await spawnServer(env);
    try {
      let items: { kind: string; body: string }[] = [];
      // Deliveries the killed process had claimed stay leased to it for 30 s (another instance
      // of a shared PostgreSQL cannot tell a dead owner from a slow one); then they are retried.
      const deadline = Date.now() + 45_000;
      while (Date.now() < deadline) {
        items = (await api(server.url, sue, "GET", "/api/v1/inbox?limit=500")).body.items as typeof items;
        if (items.filter((i) => i.kind === "task.assigned").length >= 40) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const tasks = items
        .filter((i) => i.kind === "task.assigned")
        .map((i) => /task number (\d+)/.exec(i.body)?.[1]);
      expect(tasks.length).toBe(40);
      expect(new Set(tasks).size).toBe(40);
    } finally {
      await stopServer(server);
    }
  }, 90_000);
});
