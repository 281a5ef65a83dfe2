import type { Handle } from "../../../domain/events.js";
import type { Inject, InjectAction, Scenario } from "./scenario.js";
import { durationMs } from "./scenario.js";

/** A stretch of the drill's clock: from `real` (epoch ms) it reads `virtual` and runs at `speed`, or stands. */
export type Segment = { real: number; virtual: number; speed: number; running: boolean };

/** When an inject is due, in the drill's own time (milliseconds since its start). */
export type InjectWhen =
  | { at: number }
  | { after: { event: string; nth: number } | { inject: string }; delay: number; latest: number | null };

/** One inject of a run: the scenario's, or one the facilitator added. */
export type RunInject = {
  id: string;
  title: string;
  do: InjectAction;
  when: InjectWhen;
  state: "pending" | "fired" | "skipped";
  /** When its condition held (drill time); null while it waits. */
  armedAt: number | null;
  /** When it fired or was skipped (drill time). */
  doneAt: number | null;
  /** The facilitator asked for it now. */
  early: boolean;
  adhoc: boolean;
};

export type RunStatus = "running" | "paused" | "ended";

/** A drill run: the scenario as it was when started, who takes part, its clock and its injects. */
export type Run = {
  id: string;
  scenario: Scenario;
  incidentId: string;
  facilitator: Handle;
  participants: Handle[];
  /** Who plays each of the scenario's slots (the senior who arrives…). */
  slots: Record<string, Handle>;
  status: RunStatus;
  endedReason: string | null;
  startedAt: string;
  endedAt: string | null;
  segments: Segment[];
  injects: RunInject[];
  /** The incident's events read so far, and how many of each type (for `after` conditions). */
  seenSeq: number;
  counts: Record<string, number>;
  /** The participants ended the incident (as of the last event read). */
  incidentEnded?: boolean | undefined;
};

/** Speeds a facilitator may choose: real time up to an hour's scenario in a minute. */
export const MAX_SPEED = 60;

function whenOf(inject: Inject): InjectWhen {
  if (inject.at !== undefined) return { at: durationMs(inject.at) ?? 0 };
  const latest = inject.latest === undefined ? null : durationMs(inject.latest);
  return { after: inject.after ?? { inject: "" }, delay: durationMs(inject.delay ?? "0s") ?? 0, latest };
}

/** An inject not yet sent; an ad-hoc one is the facilitator's, due at once. */
function pending(
  id: string,
  title: string,
  action: InjectAction,
  when: InjectWhen,
  adhoc: boolean,
): RunInject {
  return { id, title, do: action, when, state: "pending", armedAt: null, doneAt: null, early: adhoc, adhoc };
}

/** A new run, its clock starting at `now`. */
export function startRun(input: {
  id: string;
  scenario: Scenario;
  incidentId: string;
  facilitator: Handle;
  participants: Handle[];
  slots: Record<string, Handle>;
  speed: number;
  now: Date;
}): Run {
  return {
    id: input.id,
    scenario: input.scenario,
    incidentId: input.incidentId,
    facilitator: input.facilitator,
    participants: input.participants,
    slots: input.slots,
    status: "running",
    endedReason: null,
    startedAt: input.now.toISOString(),
    endedAt: null,
    segments: [{ real: input.now.getTime(), virtual: 0, speed: input.speed, running: true }],
    injects: input.scenario.injects.map((i) => pending(i.id, i.title, i.do, whenOf(i), false)),
    seenSeq: 0,
    counts: {},
  };
}

function segmentAt(run: Run, real: number): Segment {
  let found = run.segments[0] as Segment;
  for (const s of run.segments) if (s.real <= real) found = s;
  return found;
}

/** The drill's own time (ms since its start) at a real instant. */
export function drillTime(run: Run, real: number): number {
  const s = segmentAt(run, real);
  if (real < s.real) return 0;
  return s.running ? s.virtual + (real - s.real) * s.speed : s.virtual;
}

/** The speed the clock runs at now (the last one chosen, even while paused). */
export function speedOf(run: Run): number {
  return (run.segments[run.segments.length - 1] as Segment).speed;
}

/** The real instant the running clock reads `virtual`; null while it stands. */
export function realTime(run: Run, virtual: number): number | null {
  const s = run.segments[run.segments.length - 1] as Segment;
  if (!s.running || run.status !== "running") return null;
  return s.real + Math.max(0, virtual - s.virtual) / s.speed;
}

/** When a pending inject is due in drill time (Infinity: its condition has not held and it has no latest). */
export function dueAt(i: RunInject): number {
  if (i.early) return 0;
  if ("at" in i.when) return i.when.at;
  const armed = i.armedAt === null ? Infinity : i.armedAt + i.when.delay;
  return Math.min(armed, i.when.latest ?? Infinity);
}

/** The scenario's length in drill time. */
export function lengthOf(run: Run): number {
  return durationMs(run.scenario.duration) ?? 0;
}

/**
 * Takes in the incident's events since the last look (type and seq), counting each type and
 * arming the injects whose condition now holds, at drill time `now`.
 */
export function observe(
  run: Run,
  events: { seq: number; type: string; data?: unknown }[],
  now: number,
): void {
  for (const e of events) {
    if (e.seq <= run.seenSeq) continue;
    run.seenSeq = e.seq;
    run.counts[e.type] = (run.counts[e.type] ?? 0) + 1;
    if (e.type === "incident.status-changed") {
      run.incidentEnded = (e.data as { to?: string } | undefined)?.to === "ended";
    }
  }
  arm(run, now);
}

function arm(run: Run, now: number): void {
  for (const i of run.injects) {
    if (i.state !== "pending" || i.armedAt !== null || "at" in i.when) continue;
    const after = i.when.after;
    const held =
      "event" in after
        ? (run.counts[after.event] ?? 0) >= after.nth
        : run.injects.some((o) => o.id === after.inject && o.state !== "pending");
    if (held) i.armedAt = now;
  }
}

/** The pending injects due by drill time `now`, soonest first. */
export function dueNow(run: Run, now: number): RunInject[] {
  if (run.status === "ended") return [];
  // While paused only what the facilitator sends by hand goes out.
  return run.injects
    .filter((i) => i.state === "pending" && (i.early || (run.status === "running" && dueAt(i) <= now)))
    .sort((a, b) => dueAt(a) - dueAt(b));
}

/** Records that an inject fired (or was skipped) at drill time `now`; injects waiting on it arm. */
export function settle(run: Run, id: string, state: "fired" | "skipped", now: number): void {
  const i = run.injects.find((x) => x.id === id);
  if (!i || i.state !== "pending") return;
  i.state = state;
  i.doneAt = now;
  arm(run, now);
}

/**
 * The next real instant the run wants looking at: its soonest inject or its end. `poll` bounds
 * the wait while a condition is open, so that an event the runner was not told of is seen soon.
 */
export function nextLook(run: Run, nowReal: number, pollMs: number): number | null {
  if (run.status === "ended") return null;
  const pending = run.injects.filter((i) => i.state === "pending");
  if (pending.some((i) => i.early)) return nowReal;
  if (run.status === "paused") return null;
  const soonest = Math.min(lengthOf(run), ...pending.map(dueAt));
  const at = realTime(run, soonest) ?? Infinity;
  const waiting = pending.some((i) => !("at" in i.when) && i.armedAt === null);
  return Math.min(at, waiting ? nowReal + pollMs : Infinity);
}

/** Stops the clock (drill time stands until resumed). */
export function pause(run: Run, now: number): void {
  if (run.status !== "running") return;
  run.segments.push({ real: now, virtual: drillTime(run, now), speed: speedOf(run), running: false });
  run.status = "paused";
}

/** Starts the clock again, optionally at another speed. */
export function resume(run: Run, now: number, speed?: number): void {
  if (run.status === "ended") return;
  run.segments.push({ real: now, virtual: drillTime(run, now), speed: speed ?? speedOf(run), running: true });
  run.status = "running";
}

/** Ends the run: the clock stops and injects that did not fire are marked skipped. */
export function endRun(run: Run, now: number, reason: string): void {
  if (run.status === "ended") return;
  const t = drillTime(run, now);
  run.segments.push({ real: now, virtual: t, speed: speedOf(run), running: false });
  for (const i of run.injects) {
    if (i.state === "pending") {
      i.state = "skipped";
      i.doneAt = t;
    }
  }
  run.status = "ended";
  run.endedReason = reason;
  run.endedAt = new Date(now).toISOString();
}

/** Adds the facilitator's own inject, due at once; resolves with its id. */
export function addAdhoc(run: Run, title: string, action: InjectAction, now: number): string {
  const id = `adhoc-${String(run.injects.filter((i) => i.adhoc).length + 1)}`;
  run.injects.push(pending(id, title, action, { at: drillTime(run, now) }, true));
  return id;
}

/** "at 10m", "2m after the first can.reported (by 15m at the latest)": the inject's timing in words. */
export function describeWhen(when: InjectWhen): string {
  const m = (ms: number) => {
    const s = Math.round(ms / 1000);
    return s % 60 === 0 ? `${String(s / 60)}m` : `${String(Math.floor(s / 60))}m${String(s % 60)}s`;
  };
  if ("at" in when) return `at ${m(when.at)}`;
  const after = when.after;
  const nth = "event" in after ? (after.nth === 1 ? "the first" : `#${String(after.nth)}`) : "";
  const what = "event" in after ? `${nth} ${after.event}` : `inject ${after.inject}`;
  const lead = when.delay > 0 ? `${m(when.delay)} after ${what}` : `after ${what}`;
  return when.latest === null ? lead : `${lead} (by ${m(when.latest)} at the latest)`;
}
