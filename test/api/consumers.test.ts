import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Consumer } from "../../src/app/consumers.js";
import type { EventEnvelope } from "../../src/domain/index.js";
import { call, until } from "../support/http.js";
import type { Engine, TestServer } from "../support/runtime.js";
import { ENGINES, freshPostgresDatabase, startTestServer } from "../support/runtime.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A consumer that remembers what it was handed, per incident, and can be told to fail. */
function recorder(
  name: string,
  failFor: (incidentId: string, run: EventEnvelope[]) => boolean = () => false,
) {
  const seen = new Map<string, number[]>();
  const consumer: Consumer = {
    name,
    handle: (incidentId, events) => {
      if (failFor(incidentId, events)) return Promise.reject(new Error(`refusing ${incidentId}`));
      seen.set(incidentId, [...(seen.get(incidentId) ?? []), ...events.map((e) => e.seq)]);
      return Promise.resolve();
    },
  };
  return { consumer, seen };
}

/** Shared storage for several runtimes: a data dir on SQLite, a database on PostgreSQL. */
async function sharedStorage(engine: Engine) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "muster-consumers-"));
  return engine === "postgres"
    ? { databaseUrl: await freshPostgresDatabase(), dataDir: dir }
    : { dataDir: dir };
}

async function declareWithReports(
  s: TestServer,
  token: string,
  reports: number,
): Promise<{ id: string; seq: number }> {
  const d = await call(s, token, "POST", "/api/v1/incidents", { synopsis: "consumed" });
  const ref = `/api/v1/incidents/${String(d.body.id)}`;
  await Promise.all(
    Array.from({ length: reports }, (_x, i) =>
      call(s, token, "POST", `${ref}/reports`, { conditions: `c${i}`, actions: "a", needs: "none" }),
    ),
  );
  const doc = await call(s, token, "GET", ref);
  return { id: String(d.body.id), seq: Number(doc.body.seq) };
}

describe.each(ENGINES)("durable consumers on %s", (engine) => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close().catch(() => undefined);
  });

  it("hands every event to the consumer in order per incident and shows its lag to admins", async () => {
    const { consumer, seen } = recorder("recorder");
    const s = await startTestServer(engine, {}, [consumer]);
    servers.push(s);
    const ann = await s.user("ann");
    // Events committed before the consumer starts are caught up by its first sweep.
    const early = await declareWithReports(s, ann, 5);
    s.runtime.consumers.start();
    const incidents = [early, ...(await Promise.all([1, 2, 3].map(() => declareWithReports(s, ann, 40))))];
    await until(() => incidents.every((i) => seen.get(i.id)?.at(-1) === i.seq));
    for (const i of incidents) {
      expect(seen.get(i.id)).toEqual(Array.from({ length: i.seq }, (_x, k) => k + 1));
    }
    const health = await call(s, s.adminToken, "GET", "/api/v1/consumers");
    expect(health.status).toBe(200);
    const h = (health.body.consumers as { name: string; eventsBehind: number; owner: string | null }[]).find(
      (c) => c.name === "recorder",
    );
    expect(h).toMatchObject({ name: "recorder", eventsBehind: 0 });
    expect(h?.owner).toBeTruthy();
    expect((await call(s, ann, "GET", "/api/v1/consumers")).status).toBe(403);
  });

  it("retries a failing incident with backoff while the others go on, and records the failures", async () => {
    let refusals = 2;
    let poisoned = "";
    const { consumer, seen } = recorder("flaky", (incidentId) => incidentId === poisoned && refusals-- > 0);
    const s = await startTestServer(engine, {}, [consumer]);
    servers.push(s);
    const ann = await s.user("ann");
    const a = await declareWithReports(s, ann, 3);
    poisoned = a.id;
    const b = await declareWithReports(s, ann, 3);
    s.runtime.consumers.start();
    await until(() => seen.get(b.id)?.at(-1) === b.seq);
    expect(seen.get(a.id)).toBeUndefined();
    const during = await call(s, s.adminToken, "GET", "/api/v1/consumers");
    const h = (
      during.body.consumers as {
        name: string;
        failures: number;
        lastError: string;
        incidentsBehind: number;
      }[]
    ).find((c) => c.name === "flaky");
    expect(h?.failures).toBeGreaterThanOrEqual(1);
    expect(h?.lastError).toContain("refusing");
    expect(h?.incidentsBehind).toBe(1);
    await until(() => seen.get(a.id)?.at(-1) === a.seq);
    expect(seen.get(a.id)).toEqual(Array.from({ length: a.seq }, (_x, k) => k + 1));
  });

  it("resumes from its checkpoint after a restart and runs on one instance at a time", async () => {
    const storage = await sharedStorage(engine);
    const first = recorder("single");
    const one = await startTestServer(engine, storage, [first.consumer]);
    servers.push(one);
    const ann = await one.user("ann");
    const x = await declareWithReports(one, ann, 10);
    one.runtime.consumers.start();
    await until(() => first.seen.get(x.id)?.at(-1) === x.seq);

    // A second instance with the same consumer waits while the first holds the lease.
    const second = recorder("single");
    const two = await startTestServer(engine, storage, [second.consumer]);
    servers.push(two);
    two.runtime.consumers.start();
    const y = await declareWithReports(one, ann, 10);
    await until(() => first.seen.get(y.id)?.at(-1) === y.seq);
    await sleep(300);
    expect(second.seen.size).toBe(0);

    // The first stops (giving the lease up); the second takes over from the checkpoint.
    await one.runtime.consumers.stop();
    const z = await declareWithReports(two, ann, 10);
    await until(() => second.seen.get(z.id)?.at(-1) === z.seq);
    expect(second.seen.get(x.id)).toBeUndefined();
    expect(second.seen.get(y.id)).toBeUndefined();
    expect(second.seen.get(z.id)).toEqual(Array.from({ length: z.seq }, (_x, k) => k + 1));
    rmSync(storage.dataDir, { recursive: true, force: true });
  });
});
