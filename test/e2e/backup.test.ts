import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultDomainConfig } from "../../src/domain/index.js";
import { createRuntime } from "../../src/server.js";
import { binary } from "../support/postgres.js";
import { runMuster, spawnServer, stopServer } from "../support/process.js";
import type { ServerProcess } from "../support/process.js";
import { freshPostgresDatabase } from "../support/runtime.js";

const ADMIN = "backup-admin-token-0123456789abcdef";
const dirs: string[] = [];
const tmp = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `muster-${name}-`));
  dirs.push(dir);
  return dir;
};

async function post(server: ServerProcess, url: string, body: unknown): Promise<{ number: number }> {
  const r = await fetch(`${server.url}/api/v1${url}`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await r.json()) as { number: number };
}

describe("backup, restore and export", () => {
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("backs SQLite up while Muster writes, refuses to restore under a running server, and restores elsewhere", async () => {
    const live = tmp("live");
    const server = await spawnServer({ MUSTER_DATA_DIR: live, MUSTER_ADMIN_TOKEN: ADMIN });
    const elsewhere = tmp("restored");
    let restored: ServerProcess | null = null;
    try {
      const numbers = [];
      for (const synopsis of ["Checkout 5xx", "Search slow", "Login errors"]) {
        numbers.push((await post(server, "/incidents", { synopsis })).number);
      }
      // Writes go on during the backup: the copy is consistent all the same.
      let writing = true;
      const writes = (async () => {
        for (let i = 0; writing; i++) {
          await post(server, `/incidents/${String(numbers[0])}/log`, { text: `entry ${String(i)}` });
        }
      })();
      const file = path.join(tmp("backup"), "muster-backup.sqlite");
      const backup = await runMuster(["backup", file], { MUSTER_DATA_DIR: live });
      writing = false;
      await writes;
      expect(backup.stderr).toBe("");
      expect(backup.stdout).toContain("Backed up 3 incidents");

      const underServer = await runMuster(["restore", file], { MUSTER_DATA_DIR: live });
      expect(underServer.code).toBe(4);
      expect(underServer.stderr).toMatch(/is serving .*; stop it before restoring/);

      const put = await runMuster(["restore", file], { MUSTER_DATA_DIR: elsewhere });
      expect(put.code).toBe(0);
      expect(put.stdout).toContain("Restored 3 incidents");
      restored = await spawnServer({ MUSTER_DATA_DIR: elsewhere });
      const list = (await (
        await fetch(`${restored.url}/api/v1/incidents?status=active,stable,ended`, {
          headers: { authorization: `Bearer ${ADMIN}` },
        })
      ).json()) as { incidents: { name: string }[] };
      expect(list.incidents).toHaveLength(3);

      const bad = await runMuster(["restore", path.join(live, "muster.pid")], {
        MUSTER_DATA_DIR: tmp("bad"),
      });
      expect(bad.code).toBe(4);

      // The export: everything, one object per line, no token hashes.
      const out = path.join(tmp("export"), "export.ndjson");
      const exported = await runMuster(["export", out], { MUSTER_URL: server.url, MUSTER_TOKEN: ADMIN });
      expect(exported.code).toBe(0);
      const lines = readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { type: string; events?: unknown[] });
      expect(lines[0]?.type).toBe("muster-export");
      expect(lines.filter((l) => l.type === "incident")).toHaveLength(3);
      expect(lines.find((l) => l.type === "incident")?.events?.length).toBeGreaterThan(1);
      expect(lines.some((l) => l.type === "user")).toBe(true);
      expect(readFileSync(out, "utf8")).not.toMatch(/token_hash|mst_/);
      const refused = await runMuster(["export", "-"], { MUSTER_URL: server.url, MUSTER_TOKEN: "mst_nope" });
      expect(refused.code).not.toBe(0);
    } finally {
      await stopServer(server);
      if (restored) await stopServer(restored);
    }
  }, 120_000);

  it("restores a PostgreSQL database from pg_dump into an empty one, which Muster then serves", async () => {
    const pgDump = binary("pg_dump");
    const pgRestore = binary("pg_restore");
    expect(pgDump, "pg_dump comes with Debian's postgresql package").not.toBeNull();
    const config = {
      port: 0,
      host: "127.0.0.1",
      dataDir: "/nonexistent",
      adminToken: undefined,
      logLevel: "silent",
      domain: defaultDomainConfig,
    };
    const source = await freshPostgresDatabase();
    const a = await createRuntime({ ...config, databaseUrl: source });
    const admin = { handle: "admin", isAdmin: true };
    const { incidentId } = await a.services.muster.declare(admin, { synopsis: "kept across a restore" });
    await a.services.muster.execute(admin, incidentId, { type: "log", text: "a line to keep" });
    await a.close();
    const dump = path.join(tmp("pgdump"), "muster.dump");
    execFileSync(pgDump!, ["-Fc", "-f", dump, source]);
    const target = await freshPostgresDatabase();
    execFileSync(pgRestore!, ["--no-owner", "-d", target, dump]);
    const b = await createRuntime({ ...config, databaseUrl: target });
    try {
      const events = await b.services.reads.timeline(incidentId, 0, 100);
      expect(events.some((e) => e.type === "log.entry" && e.data.text === "a line to keep")).toBe(true);
      // And it takes writes again.
      await b.services.muster.execute(admin, incidentId, { type: "log", text: "after the restore" });
    } finally {
      await b.close();
    }
  }, 60_000);
});
