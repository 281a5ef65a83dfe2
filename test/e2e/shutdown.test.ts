import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer } from "../support/process.js";
import type { Engine } from "../support/runtime.js";
import { ENGINES, freshPostgresDatabase } from "../support/runtime.js";

const ADMIN = "shutdown-test-admin-token-0123456789";

/** Opens an SSE stream and resolves with everything it received once the server ends it. */
async function follow(url: string): Promise<{ opened: Promise<void>; ended: Promise<string> }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${ADMIN}` } });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  let markOpen: () => void = () => undefined;
  const opened = new Promise<void>((r) => (markOpen = r));
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += decoder.decode(value, { stream: true });
      if (text.includes(": connected")) markOpen();
    }
  })();
  return { opened, ended };
}

describe.each(ENGINES)("SIGTERM with live streams open on %s", (engine: Engine) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "muster-shutdown-"));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("ends every stream, finishes the writes in flight and exits 0 within 10 s", async () => {
    const server = await spawnServer({
      MUSTER_DATA_DIR: dataDir,
      MUSTER_ADMIN_TOKEN: ADMIN,
      MUSTER_LOG_LEVEL: "info",
      ...(engine === "postgres" ? { DATABASE_URL: await freshPostgresDatabase() } : {}),
    });
    const post = (p: string, body: unknown) =>
      fetch(`${server.url}/api/v1${p}`, {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const declared = (await (await post("/incidents", { synopsis: "Shutdown drill" })).json()) as {
      number: number;
    };
    const streams = await Promise.all([
      follow(`${server.url}/api/v1/incidents/stream`),
      follow(`${server.url}/api/v1/incidents/${declared.number}/stream`),
      follow(`${server.url}/api/v1/inbox/stream`),
    ]);
    await Promise.all(streams.map((s) => s.opened));

    // Writes that are in flight when the signal comes are answered, not dropped.
    const inFlight = Array.from({ length: 20 }, (_x, i) =>
      post(`/incidents/${declared.number}/log`, { text: `entry ${i}` }).then(
        (r) => r.status,
        () => 0,
      ),
    );
    const exited = new Promise<number | null>((r) =>
      server.child.once("exit", (code) => {
        r(code);
      }),
    );
    const started = Date.now();
    server.child.kill("SIGTERM");
    const code = await exited;
    const took = Date.now() - started;
    const texts = await Promise.all(streams.map((s) => s.ended));
    const statuses = await Promise.all(inFlight);

    expect(code, server.output()).toBe(0);
    expect(took).toBeLessThan(10_000);
    for (const t of texts) expect(t).toContain("event: shutdown");
    // Each write was either acknowledged before the server closed, or refused (503 or no
    // connection) so the client knows to retry: nothing is acknowledged and then lost.
    expect(statuses.every((st) => st === 201 || st === 503 || st === 0)).toBe(true);
    expect(server.output()).not.toMatch(/unexpected error|Unhandled/);
  }, 60_000);
});
