import { describe, expect, it } from "vitest";
import type { DrillRun, RunInject } from "../src/logic/drills.js";
import { clockText, done, dueText, elapsedNow, upcoming } from "../src/logic/drills.js";

const inject = (over: Partial<RunInject>): RunInject => ({
  id: "x",
  title: "X",
  type: "message",
  text: "t",
  when: "at 10m",
  state: "pending",
  dueAtMs: 600_000,
  doneAtMs: null,
  adhoc: false,
  early: false,
  ...over,
});

const run = (injects: RunInject[], over: Partial<DrillRun> = {}): DrillRun => ({
  id: "r",
  scenario: { id: "s", title: "S", passMark: 0.7, cast: [] },
  incident: null,
  facilitator: "fay",
  participants: [],
  slots: {},
  status: "running",
  endedReason: null,
  speed: 10,
  startedAt: "2026-12-03T09:00:00.000Z",
  endedAt: null,
  clock: { elapsedMs: 60_000, lengthMs: 2_700_000 },
  injects,
  ...over,
});

describe("the facilitator's view of a drill run", () => {
  it("shows drill time as a clock", () => {
    expect([clockText(0), clockText(65_000), clockText(3_725_000), clockText(-5)]).toEqual([
      "0:00",
      "1:05",
      "1:02:05",
      "0:00",
    ]);
  });

  it("says when each inject comes, or what it waits for", () => {
    expect(dueText(inject({}), 60_000)).toBe("in 9:00 (at 10m)");
    expect(dueText(inject({}), 700_000)).toBe("now");
    expect(dueText(inject({ dueAtMs: null, when: "2m after the first role.filled" }), 0)).toBe(
      "waiting: 2m after the first role.filled",
    );
    expect(dueText(inject({ early: true }), 0)).toBe("now");
    expect(dueText(inject({ state: "fired", doneAtMs: 125_000 }), 0)).toBe("sent at 2:05");
    expect(dueText(inject({ state: "skipped", doneAtMs: 60_000 }), 0)).toBe("skipped at 1:00");
  });

  it("orders what is to come soonest first, conditions last, and what is done latest first", () => {
    const r = run([
      inject({ id: "late", dueAtMs: 900_000 }),
      inject({ id: "cond", dueAtMs: null }),
      inject({ id: "soon", dueAtMs: 120_000 }),
      inject({ id: "asked", early: true, dueAtMs: 900_000 }),
      inject({ id: "a", state: "fired", doneAtMs: 10 }),
      inject({ id: "b", state: "skipped", doneAtMs: 20 }),
    ]);
    expect(upcoming(r).map((i) => i.id)).toEqual(["asked", "soon", "late", "cond"]);
    expect(done(r).map((i) => i.id)).toEqual(["b", "a"]);
  });

  it("moves the clock at the run's speed between reads, and not while paused or past the end", () => {
    const r = run([]);
    expect(elapsedNow(r, 1000, 4000)).toBe(60_000 + 3000 * 10);
    expect(elapsedNow({ ...r, status: "paused" }, 1000, 4000)).toBe(60_000);
    expect(elapsedNow(r, 0, 10_000_000)).toBe(2_700_000);
  });
});
