import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Runtime } from "../../src/server.js";
import { bootstrapAdmin, createRuntime } from "../../src/server.js";
import { TimerStore } from "../../src/storage/timer-store.js";
import { ENGINES, testConfig } from "../support/runtime.js";

const admin = { handle: "admin", isAdmin: true };

/** A virtual clock the tests move by hand. */
function virtualClock(start = "2026-11-23T10:00:00.000Z") {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (minutes: number) => (now += minutes * 60_000) };
}

async function types(runtime: Runtime, incidentId: string): Promise<string[]> {
  return (await runtime.services.reads.timeline(incidentId, 0, 1000)).map((e) => e.type);
}

describe.each(ENGINES)("durable timers in virtual time on %s", (engine) => {
  it("fires due timers through the write path, once, and after a restart", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "muster-timers-"));
    const clock = virtualClock();
    const config = await testConfig(engine, dir);
    let runtime = await createRuntime(config, clock.now);
    try {
      await bootstrapAdmin(runtime.services.users, undefined);
      await runtime.services.users.create({ handle: "sue", displayName: "Sue" });
      const { incidentId } = await runtime.services.muster.declare(admin, {
        synopsis: "timers",
        severity: "SEV1",
      });
      await runtime.services.muster.execute(admin, incidentId, { type: "check-in", person: "sue" });
      await runtime.services.muster.execute(admin, incidentId, {
        type: "assign-task",
        assignee: "sue",
        task: "look",
        timeBoxMinutes: 10,
      });
      const pending = await new TimerStore(runtime.storage.db, runtime.storage.engine).pending(incidentId);
      expect(pending.map((t) => t.kind).sort()).toEqual([
        "long-shift",
        "task-time-box",
        "update-due-soon",
        "update-overdue",
      ]);

      expect(await runtime.scheduler.tick()).toBe(0);
      clock.advance(11);
      expect(await runtime.scheduler.tick()).toBe(1);
      expect((await types(runtime, incidentId)).filter((t) => t === "task.time-box-expired")).toHaveLength(1);
      expect(await runtime.scheduler.tick()).toBe(0);

      // Down across the due time: the timers fire when it comes back.
      await runtime.close();
      clock.advance(30);
      runtime = await createRuntime(config, clock.now);
      expect(await runtime.scheduler.tick()).toBe(2);
      const after = await types(runtime, incidentId);
      expect(after.filter((t) => t === "update.due-soon")).toHaveLength(1);
      expect(after.filter((t) => t === "update.overdue")).toHaveLength(1);
      const doc = await runtime.services.reads.findVisible(incidentId, admin);
      expect(doc?.doc.updateOverdue).toBe(true);
    } finally {
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("timers with several instances on one PostgreSQL", () => {
  it("fires each timer once when every instance ticks at the same moment", async () => {
    const clock = virtualClock();
    const config = await testConfig("postgres", "/nonexistent");
    const a = await createRuntime(config, clock.now);
    const b = await createRuntime(config, clock.now);
    try {
      await bootstrapAdmin(a.services.users, undefined);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        ids.push(
          (await a.services.muster.declare(admin, { synopsis: `i${i}`, severity: "SEV1" })).incidentId,
        );
      }
      clock.advance(31);
      const [fa, fb] = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
      expect(fa + fb).toBe(40);
      for (const id of ids) {
        const all = await types(a, id);
        expect(all.filter((t) => t === "update.due-soon")).toHaveLength(1);
        expect(all.filter((t) => t === "update.overdue")).toHaveLength(1);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
