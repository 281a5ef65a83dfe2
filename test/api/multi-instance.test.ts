import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventEnvelope } from "../../src/domain/index.js";
import { defaultDomainConfig } from "../../src/domain/index.js";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";
import { freshPostgresDatabase } from "../support/runtime.js";

/** Two server instances on one PostgreSQL database, as behind a load balancer. */
describe("several instances on one PostgreSQL", () => {
  let a: Runtime;
  let b: Runtime;

  beforeAll(async () => {
    const databaseUrl = await freshPostgresDatabase();
    const config = {
      port: 0,
      host: "127.0.0.1",
      dataDir: "/nonexistent",
      databaseUrl,
      adminToken: undefined,
      logLevel: "silent",
      domain: defaultDomainConfig,
    };
    a = await createRuntime(config);
    b = await createRuntime(config);
    await bootstrapAdmin(a.services.users, undefined);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it("fans out events committed on one instance to live subscribers on the other, in order, once", async () => {
    const admin = { handle: "admin", isAdmin: true };
    const { incidentId, events: declared } = await a.services.muster.declare(admin, {
      synopsis: "two instances",
    });
    const declaredEvents = declared.length;
    const seen: EventEnvelope[] = [];
    b.services.bus.subscribe(incidentId, (events) => seen.push(...events));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).services.muster.execute(admin, incidentId, { type: "log", text: `entry ${i}` }),
      ),
    );
    const deadline = Date.now() + 5000;
    while (seen.length < 20 + declaredEvents && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    // Instance b never saw the declaration (made on a): it backfills it, so the log arrives whole.
    const total = (await b.services.reads.timeline(incidentId, 0, 1000)).length;
    expect(total).toBe(20 + declaredEvents);
    expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it("serialises concurrent commands from both instances on one incident without losing any", async () => {
    const admin = { handle: "admin", isAdmin: true };
    const { incidentId, events: declared } = await b.services.muster.declare(admin, {
      synopsis: "contended",
    });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).services.muster.execute(admin, incidentId, { type: "log", text: `x${i}` }),
      ),
    );
    const events = await a.services.reads.timeline(incidentId, 0, 1000);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 40 + declared.length }, (_, i) => i + 1));
  });

  it("shows a public update committed on one instance on the other's status page, from memory", async () => {
    const admin = { handle: "admin", isAdmin: true };
    await a.services.statusStore.putComponent(
      { name: "api", label: "API", group: null, description: "", position: 0 },
      new Date(),
    );
    const { incidentId } = await a.services.muster.declare(admin, { synopsis: "API down" });
    await a.services.muster.execute(admin, incidentId, {
      type: "set-audiences",
      audiences: [{ name: "public", label: "Status page", external: true, approval: true, members: [] }],
    });
    // Instance b builds its page before the update, then hears of the commit over LISTEN/NOTIFY.
    expect((await b.services.statusPage.current()).snapshot.active).toHaveLength(0);
    await a.services.muster.execute(admin, incidentId, {
      type: "draft-update",
      audience: "public",
      stage: "investigating",
      title: "API unavailable",
      impact: "All requests fail",
      workaround: null,
      text: "We are on it.",
      nextUpdateAt: null,
      components: { api: "major-outage" },
    });
    const deadline = Date.now() + 5000;
    while ((await b.services.statusPage.current()).snapshot.active.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const { snapshot } = await b.services.statusPage.current();
    expect(snapshot.active.map((i) => i.title)).toEqual(["API unavailable"]);
    expect(snapshot.overall).toBe("major-outage");
  });
});
