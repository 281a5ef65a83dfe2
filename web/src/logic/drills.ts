import type { Answer } from "../../../src/contract/client.js";

/** A drill run as the API shows it. */
export type DrillRun = Answer<"/api/v1/drills/{id}", "get">;
export type RunInject = DrillRun["injects"][number];
/** A scenario in the library. */
export type ScenarioSummary = Answer<"/api/v1/drill-scenarios", "get">["scenarios"][number];

/** Drill time as a clock: "7:05", "1:02:30". */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${String(h)}:${String(m).padStart(2, "0")}:${s}` : `${String(m)}:${s}`;
}

/** When an inject comes, in words for the facilitator: "in 3:00", "now", or what it waits for. */
export function dueText(inject: RunInject, elapsedMs: number): string {
  if (inject.state === "fired") return `sent at ${clockText(inject.doneAtMs ?? 0)}`;
  if (inject.state === "skipped") return `skipped at ${clockText(inject.doneAtMs ?? 0)}`;
  if (inject.early) return "now";
  if (inject.dueAtMs === null) return `waiting: ${inject.when}`;
  const left = inject.dueAtMs - elapsedMs;
  return left <= 0 ? "now" : `in ${clockText(left)} (${inject.when})`;
}

/** Injects still to come, soonest first (those waiting on a condition last). */
export function upcoming(run: DrillRun): RunInject[] {
  const key = (i: RunInject) => (i.early ? -1 : (i.dueAtMs ?? Number.MAX_SAFE_INTEGER));
  return run.injects.filter((i) => i.state === "pending").sort((a, b) => key(a) - key(b));
}

/** Injects sent or skipped, latest first. */
export function done(run: DrillRun): RunInject[] {
  return run.injects
    .filter((i) => i.state !== "pending")
    .sort((a, b) => (b.doneAtMs ?? 0) - (a.doneAtMs ?? 0));
}

/**
 * The drill's clock between two reads of the run: it moves at the run's speed while running, so
 * the facilitator sees it tick without asking the server every second.
 */
export function elapsedNow(run: DrillRun, readAt: number, now: number): number {
  if (run.status !== "running") return run.clock.elapsedMs;
  return Math.min(run.clock.lengthMs, run.clock.elapsedMs + (now - readAt) * run.speed);
}

/** The speeds offered when starting or resuming a drill. */
export const SPEEDS = [1, 2, 5, 10, 20];

/** The kinds of ad-hoc inject a facilitator writes in the form, with what each needs. */
export const ADHOC_KINDS = [
  { type: "message", label: "A message from someone in the cast", from: true },
  { type: "finding", label: "A finding for a role", from: true },
  { type: "question", label: "A stakeholder's question", from: true },
  { type: "change-goes-wrong", label: "The change in progress goes wrong", from: false },
  { type: "need", label: "A need for command", from: true },
  { type: "note", label: "A note on the record (nobody is told)", from: false },
] as const;
