import { describe, expect, it } from "vitest";
import { EventBus } from "../../src/app/event-bus.js";
import type { EventEnvelope } from "../../src/domain/index.js";

const event = (seq: number): EventEnvelope => ({
  seq,
  type: "log.entry",
  at: "2026-11-23T10:00:00.000Z",
  actor: "ann",
  actorRoles: [],
  data: { text: `e${seq}`, key: false },
});

/** The committed log that the bus backfills from (what storage would return). */
function logOf(n: number) {
  const log = Array.from({ length: n }, (_, i) => event(i + 1));
  return async (_id: string, after: number) => log.filter((e) => e.seq > after).slice(0, 2);
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}

describe("event bus", () => {
  it("delivers each event once, in order, dropping duplicates", () => {
    const bus = new EventBus();
    const seen: number[] = [];
    bus.subscribe("i", (events) => seen.push(...events.map((e) => e.seq)));
    bus.publish("i", [event(1), event(2)]);
    bus.publish("i", [event(2), event(1)]);
    bus.publish("i", [event(3)]);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("fills a gap from the log (in pages) before delivering what comes after it", async () => {
    const bus = new EventBus(logOf(7));
    const seen: number[] = [];
    bus.subscribe("i", (events) => seen.push(...events.map((e) => e.seq)));
    bus.publish("i", [event(1)]);
    bus.publish("i", [event(7)]);
    bus.publish("i", [event(8)]);
    await settle();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("catches up when another instance announces a sequence number", async () => {
    const bus = new EventBus(logOf(5));
    const seen: number[] = [];
    bus.subscribe("i", (events) => seen.push(...events.map((e) => e.seq)));
    bus.announce("i", 5);
    bus.announce("i", 3);
    await settle();
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("does not read the log for an incident nobody here follows, and still fills later gaps", async () => {
    let reads = 0;
    const backfill = logOf(8);
    const bus = new EventBus(async (id, after) => {
      reads++;
      return backfill(id, after);
    });
    const changed: string[] = [];
    bus.subscribeAny((id) => changed.push(id));
    // A restarted process commits seq 5 of an incident it has never seen: nothing to fill.
    bus.publish("i", [event(5)]);
    await settle();
    expect(reads).toBe(0);
    expect(changed).toEqual(["i"]);
    // A follower arrives (it reads the log up to 5 itself); 6 and 7 come from another instance.
    const seen: number[] = [];
    bus.subscribe("i", (events) => seen.push(...events.map((e) => e.seq)));
    bus.publish("i", [event(8)]);
    await settle();
    expect(seen).toEqual([6, 7, 8]);
    expect(reads).toBeGreaterThan(0);
  });
});
