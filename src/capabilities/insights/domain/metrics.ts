import type { DomainConfig } from "../../../domain/config.js";
import type { EventEnvelope, Kind } from "../../../domain/events.js";
import { applyInPlace } from "../../../domain/evolve.js";
import { ORG_EVENTS, pastSpan } from "../../../domain/org-tree.js";
import type { IncidentState } from "../../../domain/state.js";

/** A follow-up as insights need it: for on-time share and the burn-down. */
export type FollowUpTrack = {
  createdAt: string;
  dueAt: string | null;
  /** When it was done or declined (null while open). */
  closedAt: string | null;
  state: "open" | "in-progress" | "done" | "wont-do";
};

/** What one incident's record says about the response (times in milliseconds). */
export type IncidentMetrics = {
  incidentId: string;
  number: number;
  name: string;
  kind: Kind;
  /** The highest severity it reached (the order of the configured levels). */
  severity: string;
  declaredAt: string;
  detectedAt: string | null;
  mitigatedAt: string | null;
  endedAt: string | null;
  /** Detection to declaration (null when no detection time was given). */
  timeToDeclareMs: number | null;
  /** Declaration to the first Incident Commander. */
  timeToCommanderMs: number | null;
  /** Declaration to the first CAN report. */
  timeToFirstCanMs: number | null;
  /** Detection (else declaration) to first stable. */
  timeToMitigateMs: number | null;
  /** Detection (else declaration) to the end. */
  timeToEndMs: number | null;
  /** Accepted handovers of any role; command handovers also count assumptions of command. */
  handovers: number;
  commandHandovers: number;
  /** Updates posted before they were due, and due times that passed without one. */
  updatesOnTime: number;
  updatesMissed: number;
  /** Times a lead went beyond the span of control. */
  spanWarnings: number;
  freelancingMessages: number;
  changes: number;
  changesRolledBack: number;
  followUps: FollowUpTrack[];
};

const ms = (from: string | null, to: string | null) =>
  from === null || to === null ? null : Math.max(0, Date.parse(to) - Date.parse(from));

/** Which severity is higher: earlier in the configured list (unknown levels rank last). */
function higher(a: string, b: string, order: string[]): string {
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return rank(b) < rank(a) ? b : a;
}

type Tally = {
  severity: string;
  detectedAt: string | null;
  commanderAt: string | null;
  firstCanAt: string | null;
  mitigatedAt: string | null;
  handovers: number;
  commandHandovers: number;
  updatesOnTime: number;
  updatesMissed: number;
  overdue: boolean;
  overSpan: Set<string>;
  spanWarnings: number;
  freelancing: number;
  changes: number;
  rolledBack: number;
  closedAt: Map<string, string>;
};

function tally(t: Tally, e: EventEnvelope, order: string[]): void {
  switch (e.type) {
    case "incident.declared":
      t.severity = e.data.severity;
      t.detectedAt = e.data.detectedAt ?? null;
      if (e.data.commander) t.commanderAt = e.at;
      return;
    case "incident.updated":
      if (e.data.severity) t.severity = higher(t.severity, e.data.severity, order);
      return;
    case "incident.status-changed":
      if (e.data.to === "stable") t.mitigatedAt ??= e.at;
      if (e.data.to === "ended" && t.overdue) t.overdue = false;
      return;
    case "role.filled":
      if (e.data.role === "incident-commander") t.commanderAt ??= e.at;
      return;
    case "transfer.accepted":
      t.handovers += 1;
      if (e.data.role === "incident-commander") t.commandHandovers += 1;
      if (e.data.role === "incident-commander") t.commanderAt ??= e.at;
      return;
    case "command.assumed":
      t.commandHandovers += 1;
      t.commanderAt ??= e.at;
      return;
    case "can.reported":
      t.firstCanAt ??= e.at;
      return;
    case "update.overdue":
      t.updatesMissed += 1;
      t.overdue = true;
      return;
    case "update.posted":
      if (!t.overdue) t.updatesOnTime += 1;
      t.overdue = false;
      return;
    case "message.posted":
      if (e.data.freelancing) t.freelancing += 1;
      return;
    case "change.proposed":
      t.changes += 1;
      return;
    case "change.rolled-back":
      t.rolledBack += 1;
      return;
    case "follow-up.updated":
      if (e.data.changes.state === "done" || e.data.changes.state === "wont-do") {
        t.closedAt.set(e.data.id, e.at);
      } else if (e.data.changes.state !== undefined) t.closedAt.delete(e.data.id);
      return;
    default:
  }
}

/** Counts each lead's crossing beyond the span of control once, until they are back within it. */
function countSpan(t: Tally, s: IncidentState, config: DomainConfig): void {
  const over = pastSpan(s, config);
  for (const person of over) if (!t.overSpan.has(person)) t.spanWarnings += 1;
  t.overSpan = over;
}

/**
 * The response's figures from an incident's whole record, oldest event first: the times to
 * declare, to an IC, to a first CAN, to mitigate and to end, and how the response kept its
 * discipline (handovers, update cadence, span of control, freelancing, changes rolled back,
 * follow-ups). Null when the record has no declaration.
 */
export function incidentMetrics(
  events: Iterable<EventEnvelope>,
  config: DomainConfig,
): IncidentMetrics | null {
  const order = config.severities.map((s) => s.level);
  let state: IncidentState | null = null;
  const t: Tally = {
    severity: "",
    detectedAt: null,
    commanderAt: null,
    firstCanAt: null,
    mitigatedAt: null,
    handovers: 0,
    commandHandovers: 0,
    updatesOnTime: 0,
    updatesMissed: 0,
    overdue: false,
    overSpan: new Set(),
    spanWarnings: 0,
    freelancing: 0,
    changes: 0,
    rolledBack: 0,
    closedAt: new Map(),
  };
  for (const e of events) {
    state = applyInPlace(state, e);
    tally(t, e, order);
    if (ORG_EVENTS.has(e.type)) countSpan(t, state, config);
  }
  if (state === null) return null;
  const start = t.detectedAt ?? state.declaredAt;
  return {
    incidentId: state.id,
    number: state.number,
    name: state.name,
    kind: state.kind,
    severity: t.severity,
    declaredAt: state.declaredAt,
    detectedAt: t.detectedAt,
    mitigatedAt: t.mitigatedAt,
    endedAt: state.endedAt,
    timeToDeclareMs: t.detectedAt === null ? null : ms(t.detectedAt, state.declaredAt),
    timeToCommanderMs: ms(state.declaredAt, t.commanderAt),
    timeToFirstCanMs: ms(state.declaredAt, t.firstCanAt),
    timeToMitigateMs: ms(start, t.mitigatedAt),
    timeToEndMs: ms(start, state.endedAt),
    handovers: t.handovers,
    commandHandovers: t.commandHandovers,
    updatesOnTime: t.updatesOnTime,
    updatesMissed: t.updatesMissed,
    spanWarnings: t.spanWarnings,
    freelancingMessages: t.freelancing,
    changes: t.changes,
    changesRolledBack: t.rolledBack,
    followUps: Object.values(state.followUps).map((f) => ({
      createdAt: f.createdAt,
      dueAt: f.dueAt,
      closedAt: f.state === "done" || f.state === "wont-do" ? (t.closedAt.get(f.id) ?? f.updatedAt) : null,
      state: f.state,
    })),
  };
}
