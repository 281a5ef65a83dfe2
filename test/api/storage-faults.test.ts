import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { storageFault } from "../../src/storage/faults.js";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventEnvelope } from "../../src/domain/index.js";
import { createRuntime } from "../../src/server.js";
import type { Runtime } from "../../src/server.js";
import type { Reply } from "../support/http.js";
import { call } from "../support/http.js";
import type { PgServer } from "../support/postgres.js";
import { startPostgres } from "../support/postgres.js";
import type { TestServer } from "../support/runtime.js";
import { startTestServer, testConfig } from "../support/runtime.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Tally = {
  acknowledged: string[];
  statuses: Map<number, number>;
  unavailable: Reply[];
  slowestMs: number;
};

/** A writer that files CAN reports until told to stop, remembering what was acknowledged. */
async function writeUntil(
  s: TestServer,
  token: string,
  ref: string,
  name: string,
  tally: Tally,
  stop: () => boolean,
) {
  for (let i = 0; !stop(); i++) {
    const text = `${name} #${i}`;
    const started = Date.now();
    const r = await call(s, token, "POST", `${ref}/reports`, {
      conditions: text,
      actions: "a",
      needs: "none",
    });
    tally.slowestMs = Math.max(tally.slowestMs, Date.now() - started);
    tally.statuses.set(r.status, (tally.statuses.get(r.status) ?? 0) + 1);
    if (r.status === 201) tally.acknowledged.push(text);
    else if (r.status === 503) {
      tally.unavailable.push(r);
      await sleep(50);
    }
  }
}

function expectUnavailableProblem(r: Reply, reason: RegExp): void {
  expect(r.headers["content-type"]).toContain("application/problem+json");
  expect(r.body.code).toBe("STORAGE_UNAVAILABLE");
  expect(String(r.body.detail)).toMatch(reason);
  expect(Number(r.headers["retry-after"])).toBeGreaterThan(0);
}

/** Every CAN report's conditions on the timeline, page by page. */
async function timelineTexts(s: TestServer, token: string, ref: string): Promise<Set<string>> {
  const texts = new Set<string>();
  for (let after = 0; ;) {
    const r = await call(s, token, "GET", `${ref}/timeline?after=${after}&limit=1000`);
    expect(r.status).toBe(200);
    const events = r.body.events ?? [];
    for (const e of events) {
      const text = e.data.conditions ?? e.data.text;
      if (typeof text === "string") texts.add(text);
    }
    if (events.length < 1000) return texts;
    after = events.at(-1)?.seq ?? after;
  }
}

describe("PostgreSQL stopped for 10 s under 10 writers", () => {
  let pg: PgServer;
  let s: TestServer;
  let other: Runtime;

  beforeAll(async () => {
    pg = await startPostgres();
    s = await startTestServer("postgres", { databaseUrl: pg.url });
    // A second instance on the same database: its live fan-out must survive the restart too.
    other = await createRuntime(await testConfig("postgres", os.tmpdir(), { databaseUrl: pg.url }));
  }, 60_000);
  afterAll(async () => {
    await s.close();
    await other.close();
    pg.stop();
  });

  it("answers 503 problems meanwhile, recovers without a restart and loses nothing acknowledged", async () => {
    const ann = await s.user("ann");
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Database restart drill" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const tokens: string[] = [];
    for (let w = 0; w < 10; w++) {
      tokens.push(await s.user(`w${w}`));
      await call(s, ann, "POST", `${ref}/responders`, { person: `w${w}` });
    }
    const seen: EventEnvelope[] = [];
    other.services.bus.subscribe(String(d.body.id), (events) => seen.push(...events));

    const tally: Tally = { acknowledged: [], statuses: new Map(), unavailable: [], slowestMs: 0 };
    let stop = false;
    const writers = tokens.map((t, w) => writeUntil(s, t, ref, `w${w}`, tally, () => stop));
    await sleep(1500);
    pg.halt();
    await sleep(2000);
    const readyDuring = await call(s, null, "GET", "/readyz");
    await sleep(8000);
    const beforeResume = tally.acknowledged.length;
    pg.resume();
    // Recovery without a restart: acknowledgements resume on the same process.
    const deadline = Date.now() + 20_000;
    while (tally.acknowledged.length < beforeResume + 50 && Date.now() < deadline) await sleep(100);
    stop = true;
    await Promise.all(writers);

    expect(tally.acknowledged.length).toBeGreaterThanOrEqual(beforeResume + 50);
    expect([...tally.statuses.keys()].sort()).toEqual([201, 503]);
    expect(tally.unavailable.length).toBeGreaterThan(0);
    for (const r of tally.unavailable.slice(0, 20)) expectUnavailableProblem(r, /storage/);
    // Nobody hangs: the connection timeout bounds every request during the outage.
    expect(tally.slowestMs).toBeLessThan(20_000);
    expect(readyDuring.status).toBe(503);
    expect(readyDuring.body.code).toBe("NOT_READY");
    expect((await call(s, null, "GET", "/readyz")).status).toBe(200);

    const stored = await timelineTexts(s, ann, ref);
    const lost = tally.acknowledged.filter((t) => !stored.has(t));
    expect(lost).toEqual([]);

    // The other instance's LISTEN connection came back and backfilled what it missed.
    const lastSeq = Number((await call(s, ann, "GET", ref)).body.seq);
    const until = Date.now() + 15_000;
    while (seen.at(-1)?.seq !== lastSeq && Date.now() < until) await sleep(100);
    expect(seen.at(-1)?.seq).toBe(lastSeq);
    expect(seen.map((e) => e.seq)).toEqual(seen.map((_e, i) => (seen[0]?.seq ?? 0) + i));
  }, 90_000);

  it("answers a 503 instead of hanging while PostgreSQL is stalled, then recovers", async () => {
    const ann = await s.user("stall-ann");
    const d = await call(s, ann, "POST", "/api/v1/incidents", { synopsis: "Database stall drill" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    pg.stall();
    let during: Reply;
    let ready: Reply;
    try {
      ready = await call(s, null, "GET", "/readyz");
      // The statement and round-trip timeouts end the wait; without them this never returns.
      during = await call(s, ann, "POST", `${ref}/log`, { text: "written while stalled?" });
    } finally {
      pg.thaw();
    }
    expect(ready.status).toBe(503);
    expect(during.status).toBe(503);
    expectUnavailableProblem(during, /storage/);
    let after = await call(s, ann, "POST", `${ref}/log`, { text: "after the stall" });
    for (let i = 0; i < 50 && after.status !== 201; i++) {
      await sleep(200);
      after = await call(s, ann, "POST", `${ref}/log`, { text: "after the stall" });
    }
    expect(after.status).toBe(201);
    const texts = await timelineTexts(s, ann, ref);
    expect(texts.has("after the stall")).toBe(true);
    expect(texts.has("written while stalled?")).toBe(false);
  }, 90_000);
});

/** A small tmpfs as the data directory, where the test can fill the disk or make it read-only. */
function mountSmallDisk(): { dir: string; unmount: () => void } | string {
  if (process.getuid?.() !== 0) return "not root, so no tmpfs can be mounted";
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", dir], { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `mount -t tmpfs failed here (${String(error).split("\n")[0]})`;
  }
  return {
    dir,
    unmount: () => {
      execFileSync("umount", ["-l", dir], { stdio: "pipe" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes until the file system is full. */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
}

describe("SQLite on a disk that fills up", () => {
  const disk = mountSmallDisk();
  let s: TestServer | null = null;

  beforeAll(async () => {
    if (typeof disk === "string") {
      console.warn(`SKIPPED: the SQLite disk-full test needs a tmpfs it can mount: ${disk}`);
      return;
    }
    s = await startTestServer("sqlite", { dataDir: disk.dir });
  });
  afterAll(async () => {
    await s?.close();
    if (typeof disk !== "string") disk.unmount();
  });

  it("answers 503 while the disk is full and recovers by itself", async (ctx) => {
    if (typeof disk === "string" || s === null) {
      ctx.skip(`needs a mountable tmpfs: ${typeof disk === "string" ? disk : "server did not start"}`);
      return;
    }
    const server = s;
    const ann = await server.user("ann");
    const d = await call(server, ann, "POST", "/api/v1/incidents", { synopsis: "Disk full drill" });
    const ref = `/api/v1/incidents/${String(d.body.number)}`;
    const tally: Tally = { acknowledged: [], statuses: new Map(), unavailable: [], slowestMs: 0 };
    const filler = path.join(disk.dir, "filler");
    fillDisk(filler);
    let attempts = 0;
    await writeUntil(
      server,
      ann,
      ref,
      "full",
      tally,
      () => tally.unavailable.length > 0 || ++attempts > 2000,
    );
    expect(tally.unavailable.length).toBe(1);
    expectUnavailableProblem(tally.unavailable[0] as Reply, /disk is full/);
    expect([...tally.statuses.keys()].every((st) => st === 201 || st === 503)).toBe(true);
    expect((await call(server, null, "GET", "/readyz")).status).toBe(503);

    rmSync(filler);
    expect((await call(server, ann, "POST", `${ref}/log`, { text: "space again" })).status).toBe(201);
    expect((await call(server, null, "GET", "/readyz")).status).toBe(200);

    await writeUntil(server, ann, ref, "after", tally, () =>
      tally.acknowledged.some((t) => t.startsWith("after")),
    );
    const stored = await timelineTexts(server, ann, ref);
    expect(tally.acknowledged.filter((t) => !stored.has(t))).toEqual([]);
  }, 60_000);
});

describe("storage fault classification of real driver errors", () => {
  it("takes SQLite's read-only error for a 503, not a bug", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "muster-ro-"));
    const file = path.join(dir, "ro.sqlite");
    new BetterSqlite3(file).exec("create table t (x)");
    // A read-only handle gives the same SQLITE_READONLY as a file system mounted read-only
    // (which a test cannot remount while the server holds the file open).
    const db = new BetterSqlite3(file, { readonly: true });
    let thrown: unknown;
    try {
      db.exec("insert into t values (1)");
    } catch (error) {
      thrown = error;
    }
    db.close();
    rmSync(dir, { recursive: true, force: true });
    expect((thrown as { code?: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(storageFault(thrown)?.reason).toBe("the database is read-only");
  });

  it("leaves constraint violations and bugs to be answered as what they are", () => {
    expect(storageFault(Object.assign(new Error("dup"), { code: "23505" }))).toBeNull();
    expect(storageFault(Object.assign(new Error("c"), { code: "SQLITE_CONSTRAINT_UNIQUE" }))).toBeNull();
    expect(storageFault(new TypeError("x is undefined"))).toBeNull();
  });
});
