import { describe, expect, it } from "vitest";
import type { DesiredTimer } from "../../src/domain/index.js";
import { timerChanges } from "../../src/storage/commit-plan.js";

const timer = (key: string): DesiredTimer => ({
  key,
  kind: "task-time-box",
  subject: key,
  dueAt: "2026-12-01T10:00:00.000Z",
});

describe("timer changes", () => {
  it("writes only the difference between what two states call for", () => {
    const changes = timerChanges([timer("a"), timer("b"), timer("c")], [timer("b"), timer("c"), timer("d")]);
    expect(changes.add.map((t) => t.key)).toEqual(["d"]);
    expect(changes.remove).toEqual(["a"]);
  });

  it("writes nothing when the timers did not change (most commands)", () => {
    expect(timerChanges([timer("a")], [timer("a")])).toEqual({ add: [], remove: [] });
  });
});
