import type { DesiredTimer, EventEnvelope, IncidentState, Notice } from "../domain/index.js";
import type { AccessWindows } from "../domain/index.js";
import { DomainError } from "../domain/index.js";
import type { EventRow, IncidentColumns } from "./rows.js";
import { eventToRow, incidentColumns } from "./rows.js";
import type { DeclareHelpers, Outcome, Projector, Step, StepResult } from "./write-store.js";

/**
 * Everything one batch must write, worked out without I/O. Each engine only executes a plan:
 * the commit algorithm (run the steps, derive the read models, diff timers and access, owe
 * notices) is written once, here.
 */
export type CommitPlan = {
  /** One result per step, in order; committed ones carry the batch's status doc. */
  results: StepResult[];
  /** What to store, or null when no step produced an event (nothing to write). */
  write: {
    incidentId: string;
    /** Insert (a declaration) or update guarded by `seq = expectedSeq`. */
    expectedSeq: number | null;
    columns: IncidentColumns;
    events: EventRow[];
    /** People who may now see the incident and could not before (restricted incidents). */
    /** Access rows to write: new ones, and those whose end moved. */
    grants: { handle: string; until: string | null }[];
    /** Timers to add and keys to drop, relative to what the starting state called for. */
    timers: TimerChanges;
    /** Who is owed what, before expansion into contact methods (the outbox). */
    notices: Notice[];
    /** When the last event happened: the outbox rows' creation time. */
    at: string;
  } | null;
};

/** How a batch changes the stored timers; most batches change none. */
export type TimerChanges = { add: DesiredTimer[]; remove: string[] };

/** The stored incident a batch starts from: its state and the seq its row was loaded at. */
export type Loaded = { state: IncidentState; seq: number } | null;

/** Runs the steps of one batch in memory against a starting state. */
export function runSteps(
  initial: IncidentState | null,
  steps: Step[],
  helpers: DeclareHelpers,
): { results: Outcome[]; state: IncidentState | null; envelopes: EventEnvelope[] } {
  let state = initial;
  const envelopes: EventEnvelope[] = [];
  const results: Outcome[] = [];
  for (const step of steps) {
    try {
      const out = step(state, helpers);
      state = out.state;
      envelopes.push(...out.envelopes);
      results.push({ ok: true, ...out });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ ok: false, error });
    }
  }
  return { results, state, envelopes };
}

/**
 * The difference between the timers two states call for. Only the difference is written: a
 * firing that ends one time box must not rewrite the incident's other timers.
 */
export function timerChanges(before: DesiredTimer[], after: DesiredTimer[]): TimerChanges {
  const had = new Set(before.map((t) => t.key));
  const has = new Set(after.map((t) => t.key));
  return {
    add: after.filter((t) => !had.has(t.key)),
    remove: [...had].filter((k) => !has.has(k)),
  };
}

/** Access rows to write: new or moved windows, and those that ended now (a revoked grant). */
function accessChanges(before: AccessWindows, after: AccessWindows, now: string) {
  const changes = [...after]
    .filter(([handle, until]) => !before.has(handle) || before.get(handle) !== until)
    .map(([handle, until]) => ({ handle, until }));
  for (const handle of before.keys()) if (!after.has(handle)) changes.push({ handle, until: now });
  return changes;
}

/**
 * Plans a batch. `loaded` is null for a declaration (its step creates the incident), and on the
 * append path for an incident that does not exist: the steps then see no state and refuse with
 * the same not-found a hidden incident gets.
 */
export function planCommit(
  loaded: Loaded,
  steps: Step[],
  helpers: DeclareHelpers,
  project: Projector,
): CommitPlan {
  const initial = loaded?.state ?? null;
  // Most commands leave timers and access alone; only write them when they changed.
  const timersBefore = initial ? project.timers(initial) : [];
  const accessBefore: AccessWindows = initial ? project.access(initial) : new Map<string, string | null>();
  const { results, state, envelopes } = runSteps(initial, steps, helpers);
  if (state === null || envelopes.length === 0) {
    // Nothing to write. A step may still succeed with no events (a timer whose occasion
    // passed); it sees the state as it stands.
    const standing = state && results.some((r) => r.ok) ? project.doc(state) : null;
    return {
      results: results.map((r) => (r.ok && standing ? { ...r, doc: standing } : unwritten(r))),
      write: null,
    };
  }
  const doc = project.doc(state);
  const timers = project.timers(state);
  return {
    results: results.map((r) => (r.ok ? { ...r, doc } : r)),
    write: {
      incidentId: state.id,
      expectedSeq: loaded?.seq ?? null,
      columns: incidentColumns(state, doc),
      events: envelopes.map((e) => eventToRow(state.id, e)),
      grants: accessChanges(accessBefore, project.access(state), envelopes.at(-1)?.at ?? state.updatedAt),
      timers: timerChanges(timersBefore, timers),
      notices: project.notices(state, envelopes),
      at: envelopes[envelopes.length - 1]?.at ?? state.updatedAt,
    },
  };
}

function unwritten(r: Outcome): StepResult {
  return r.ok ? { ok: false, error: new Error("a step succeeded on an incident that does not exist") } : r;
}
