import type { DomainConfig } from "../../../domain/config.js";
import type { EventEnvelope } from "../../../domain/events.js";
import { applyInPlace } from "../../../domain/evolve.js";
import { ORG_EVENTS, pastSpan } from "../../../domain/org-tree.js";
import { holdersOf } from "../../../domain/state.js";
import type { IncidentState } from "../../../domain/state.js";

/** A change as the drill saw it: proposed, and then whether objections were overruled. */
export type ChangeTrack = {
  proposed: EventEnvelope;
  started: EventEnvelope | null;
  overruled: boolean;
  observed: boolean;
};

/**
 * What a drill's record says about each practice, gathered in one pass over its events (the
 * state folded along, for who held which role and the org tree at each moment).
 */
export type Trace = {
  start: number;
  end: number;
  state: IncidentState | null;
  commander: EventEnvelope | null;
  techLead: EventEnvelope | null;
  /** Moments the Incident Commander also held the Tech Lead role (named to it, not acting). */
  doubled: EventEnvelope[];
  cans: EventEnvelope[];
  spanCrossed: EventEnvelope[];
  freelancing: EventEnvelope[];
  offers: Map<string, EventEnvelope>;
  accepted: EventEnvelope[];
  assumed: EventEnvelope[];
  changes: Map<string, ChangeTrack>;
  updatesOnTime: EventEnvelope[];
  updatesMissed: EventEnvelope[];
  needs: Map<string, { raised: EventEnvelope; closed: EventEnvelope | null }>;
  ended: EventEnvelope | null;
};

function noteRoles(t: Trace, e: EventEnvelope, s: IncidentState): void {
  const ic = holdersOf(s, "incident-commander")[0];
  if (ic && !t.commander) t.commander = e;
  const tl = holdersOf(s, "tech-lead")[0];
  if (tl && tl !== ic && !t.techLead) t.techLead = e;
  if (ic && tl === ic && (e.type === "role.filled" || e.type === "transfer.accepted")) t.doubled.push(e);
}

function noteChange(t: Trace, e: EventEnvelope): void {
  if (e.type === "change.proposed") {
    t.changes.set(e.data.id, { proposed: e, started: null, overruled: false, observed: false });
    return;
  }
  if (!("data" in e) || typeof e.data !== "object" || !("id" in e.data)) return;
  const c = t.changes.get(String(e.data.id));
  if (!c) return;
  if (e.type === "change.started") {
    c.started = e;
    c.overruled = e.data.override !== null || e.data.overruled.length > 0;
  }
  if (e.type === "change.observed") c.observed = true;
}

/** Whether the update now due is already overdue (a late update is not on time). */
type Cadence = { overdue: boolean };

function noteEvent(t: Trace, e: EventEnvelope, cadence: Cadence): void {
  switch (e.type) {
    case "can.reported":
      t.cans.push(e);
      return;
    case "message.posted":
      if (e.data.freelancing) t.freelancing.push(e);
      return;
    case "transfer.offered":
      t.offers.set(e.data.id, e);
      return;
    case "transfer.accepted":
      t.accepted.push(e);
      return;
    case "command.assumed":
      t.assumed.push(e);
      return;
    case "update.overdue":
      t.updatesMissed.push(e);
      cadence.overdue = true;
      return;
    case "update.posted":
      if (!cadence.overdue) t.updatesOnTime.push(e);
      cadence.overdue = false;
      return;
    case "need.raised":
      t.needs.set(e.data.id, { raised: e, closed: null });
      return;
    case "need.answered":
    case "need.withdrawn": {
      const n = t.needs.get(e.data.id);
      if (n) n.closed = e;
      return;
    }
    case "incident.status-changed":
      if (e.data.to === "ended") t.ended ??= e;
      return;
    default:
      noteChange(t, e);
  }
}

/** Reads a drill's events, oldest first, from `start` (ms) until `end` (ms; default its last event). */
export function traceOf(
  events: Iterable<EventEnvelope>,
  config: DomainConfig,
  start: number,
  end?: number,
): Trace {
  const t: Trace = {
    start,
    end: end ?? start,
    state: null,
    commander: null,
    techLead: null,
    doubled: [],
    cans: [],
    spanCrossed: [],
    freelancing: [],
    offers: new Map(),
    accepted: [],
    assumed: [],
    changes: new Map(),
    updatesOnTime: [],
    updatesMissed: [],
    needs: new Map(),
    ended: null,
  };
  const cadence: Cadence = { overdue: false };
  let over = new Set<string>();
  for (const e of events) {
    t.state = applyInPlace(t.state, e);
    if (end === undefined) t.end = Math.max(t.end, Date.parse(e.at));
    noteRoles(t, e, t.state);
    noteEvent(t, e, cadence);
    if (ORG_EVENTS.has(e.type)) {
      const now = pastSpan(t.state, config);
      if ([...now].some((p) => !over.has(p))) t.spanCrossed.push(e);
      over = now;
    }
  }
  return t;
}
