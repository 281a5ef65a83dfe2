import { foldCapability } from "../capabilities/domain.js";
import type { EventEnvelope, Handle } from "./events.js";
import type { RoleKey } from "./roles.js";
import { COMMANDER, groupOfLeadRole, isMultiHolder } from "./roles.js";
import { openFloor } from "../capabilities/floor/domain/model.js";
import { noRelations } from "../capabilities/relations/domain/model.js";
import { noComms } from "../capabilities/comms/domain/model.js";
import { applyPlan } from "./evolve-plan.js";
import { applyCommand } from "./evolve-command.js";
import { applyResponse } from "./evolve-response.js";
import { standDown, standUp } from "./evolve-end.js";
import type { IncidentState, Responder } from "./state.js";
import { commanderOf, holdersOf } from "./state.js";
import { own } from "./own.js";

const RECENT_DECISIONS = 5;

/** Applies one committed event to the state; the only way state changes. */
export function evolve(state: IncidentState | null, event: EventEnvelope): IncidentState {
  if (event.type === "incident.declared") {
    return declared(event);
  }
  if (state === null) {
    throw new Error(`event ${event.type} at seq ${event.seq} before the incident was declared`);
  }
  const next: IncidentState = structuredClone(state);
  applyInPlace(next, event);
  return next;
}

/**
 * Applies an event to a state the caller owns (a fresh copy): lets a command's events be
 * applied with one copy instead of one per event. Returns the state for declarations.
 */
export function applyInPlace(state: IncidentState | null, event: EventEnvelope): IncidentState {
  if (event.type === "incident.declared") {
    return declared(event);
  }
  if (state === null) {
    throw new Error(`event ${event.type} at seq ${event.seq} before the incident was declared`);
  }
  state.seq = event.seq;
  state.updatedAt = event.at;
  apply(state, event);
  return state;
}

/** Folds a whole log into state. */
export function foldEvents(events: Iterable<EventEnvelope>): IncidentState | null {
  let state: IncidentState | null = null;
  for (const event of events) {
    state = evolve(state, event);
  }
  return state;
}

function declared(event: Extract<EventEnvelope, { type: "incident.declared" }>): IncidentState {
  const d = event.data;
  const state: IncidentState = {
    id: d.id,
    number: d.number,
    name: d.name,
    synopsis: d.synopsis,
    severity: d.severity,
    kind: d.kind,
    visibility: d.visibility,
    status: "active",
    declaredAt: event.at,
    declaredBy: event.actor,
    statusChangedAt: event.at,
    endedAt: null,
    endedBy: null,
    summary: null,
    impact: null,
    eta: null,
    responders: {},
    roles: {},
    roleHistory: [],
    groups: {},
    transfers: {},
    cans: {},
    recentDecisions: [],
    plan: {
      period: 1,
      periodStartedAt: event.at,
      periodEndsAt: d.periodEndsAt,
      objectives: {},
      tasks: {},
    },
    changes: {},
    lastUpdate: null,
    checklists: {},
    timerMarks: {},
    dispatches: {},
    needs: {},
    floor: openFloor(),
    relations: noRelations(d.umbrella === true),
    followUps: {},
    audience: d.audience ?? [],
    grants: [],
    comms: noComms(),
    alerts: {},
    drillInjected: [],
    successor: null,
    away: null,
    links: [],
    seq: event.seq,
    updatedAt: event.at,
  };
  const commander = d.commander ?? (d.declarerRole === "incident-commander" ? event.actor : null);
  // An incident opened by alert routing has no declarer in the response: the paged take it up.
  if (!d.automatic) checkIn(state, event.actor, event.actor, event.at, [], null);
  if (commander !== null) {
    checkIn(state, commander, event.actor, event.at, [], null);
    place(state, commander, null, event.at);
    grant(state, COMMANDER, commander, event.actor, event.at, "declare");
  }
  if (d.declarerRole === "tech-lead") {
    place(state, event.actor, null, event.at);
    grant(state, "tech-lead", event.actor, event.actor, event.at, "declare");
  }
  return state;
}

function apply(s: IncidentState, e: EventEnvelope): void {
  switch (e.type) {
    case "incident.declared":
      return;
    case "incident.updated": {
      const { synopsis, severity, impact, eta } = e.data;
      if (synopsis !== undefined) s.synopsis = synopsis;
      if (severity !== undefined) s.severity = severity;
      if (impact !== undefined) s.impact = impact;
      if (eta !== undefined) s.eta = eta;
      return;
    }
    case "incident.links-set":
      s.links = e.data.links;
      return;
    case "incident.status-changed":
      s.status = e.data.to;
      s.statusChangedAt = e.at;
      if (e.data.to === "ended") {
        s.endedAt = e.at;
        s.endedBy = e.actor;
        s.summary = e.data.summary;
        standDown(s, e.data.released ?? [], e.at);
      } else if (e.data.from === "ended") {
        s.endedAt = null;
        s.endedBy = null;
        standUp(s);
      }
      return;
    case "responder.checked-in":
      checkIn(s, e.data.person, e.actor, e.at, e.data.skills, e.data.note);
      return;
    case "responder.assigned":
      place(s, e.data.person, e.data.supervisor, e.at);
      return;
    case "responder.moved":
      responder(s, e.data.person).supervisor = e.data.to;
      return;
    case "responder.released": {
      const r = responder(s, e.data.person);
      r.status = "released";
      r.supervisor = null;
      r.releasedAt = e.at;
      return;
    }
    case "role.filled":
      if (!isActiveAssigned(s, e.data.person)) {
        place(s, e.data.person, null, e.at);
      }
      grant(s, e.data.role, e.data.person, e.actor, e.at, "fill");
      return;
    case "role.vacated": {
      revoke(s, e.data.role, e.data.person, e.at);
      const group = groupOfLeadRole(e.data.role);
      // A lead is only released once their group is empty, so the group goes with them.
      if (group && holdersOf(s, e.data.role).length === 0) delete s.groups[group];
      return;
    }
    case "group.formed":
      s.groups[e.data.group] = { name: e.data.group, lead: e.data.lead, formedAt: e.at };
      if (isActiveAssigned(s, e.data.lead)) {
        responder(s, e.data.lead).supervisor = e.data.supervisor;
      } else {
        place(s, e.data.lead, e.data.supervisor, e.at);
      }
      grant(s, `group-lead:${e.data.group}`, e.data.lead, e.actor, e.at, "fill");
      return;
    case "group.moved": {
      const group = own(s.groups, e.data.group);
      if (group) responder(s, group.lead).supervisor = e.data.to;
      return;
    }
    case "transfer.offered":
      s.transfers[e.data.id] = {
        id: e.data.id,
        role: e.data.role,
        from: e.data.from,
        to: e.data.to,
        offeredBy: e.actor,
        offeredAt: e.at,
        briefing: e.data.briefing,
      };
      return;
    case "transfer.accepted":
      delete s.transfers[e.data.id];
      handOver(s, e.data.role, e.data.from, e.data.to, e.actor, e.at);
      return;
    case "transfer.declined":
    case "transfer.withdrawn":
      delete s.transfers[e.data.id];
      return;
    case "command.assumed":
    case "command.successor-designated":
    case "command.stepped-away":
    case "command.resumed":
    case "command.return-due":
      applyCommand(s, e);
      return;
    case "can.reported":
      s.cans[e.actor] = { reporter: e.actor, at: e.at, seq: e.seq, ...e.data };
      return;
    case "log.entry":
    case "message.posted":
      return;
    case "update.due-soon":
    case "update.overdue":
    case "task.time-box-expired":
    case "transfer.reminder":
    case "command.long-shift":
    case "update.posted":
      applyResponse(s, e);
      return;
    case "plan.period-started":
    case "objective.set":
    case "objective.updated":
    case "task.assigned":
    case "task.acknowledged":
    case "task.reported":
    case "task.cancelled":
      applyPlan(s, e);
      return;
    case "decision.recorded":
      s.recentDecisions = [{ seq: e.seq, at: e.at, by: e.actor, ...e.data }, ...s.recentDecisions].slice(
        0,
        RECENT_DECISIONS,
      );
      return;
    default:
      // Only capability events remain here; a core event without a case fails to compile.
      foldCapability(s, e);
  }
}

function responder(s: IncidentState, person: Handle): Responder {
  const r = own(s.responders, person);
  if (!r) {
    throw new Error(`event refers to ${person}, who never checked in`);
  }
  return r;
}

function isActiveAssigned(s: IncidentState, person: Handle): boolean {
  return own(s.responders, person)?.status === "assigned";
}

function checkIn(
  s: IncidentState,
  person: Handle,
  by: Handle,
  at: string,
  skills: string[],
  note: string | null,
): void {
  if ((own(s.responders, person)?.status ?? "released") !== "released") {
    return;
  }
  s.responders[person] = {
    handle: person,
    skills,
    note,
    checkedInAt: at,
    checkedInBy: by,
    status: "available",
    supervisor: null,
    assignedAt: null,
    releasedAt: null,
  };
}

function place(s: IncidentState, person: Handle, supervisor: Handle | null, at: string): void {
  const r = responder(s, person);
  r.status = "assigned";
  r.supervisor = supervisor;
  r.assignedAt = at;
}

/** Gives a role to a person, recorded in the role history. */
export function grant(
  s: IncidentState,
  role: RoleKey,
  person: Handle,
  by: Handle,
  at: string,
  via: "declare" | "fill" | "transfer" | "assume",
): void {
  const holders = holdersOf(s, role);
  s.roles[role] = isMultiHolder(role) ? [...holders, person].sort() : [person];
  s.roleHistory.push({ role, holder: person, from: at, to: null, by, via });
  if (role === COMMANDER) {
    becomeCommander(s, person);
  }
  const group = groupOfLeadRole(role);
  const led = group ? own(s.groups, group) : undefined;
  if (led) led.lead = person;
}

/** Takes a role from a person, closing their tenure. */
export function revoke(s: IncidentState, role: RoleKey, person: Handle, at: string): void {
  const remaining = holdersOf(s, role).filter((h) => h !== person);
  if (remaining.length > 0) {
    s.roles[role] = remaining;
  } else {
    delete s.roles[role];
  }
  const tenure = s.roleHistory.findLast((t) => t.role === role && t.holder === person && t.to === null);
  if (tenure) tenure.to = at;
}

/** The IC is the root: their supervisor is null, and their reports point at the position (null). */
function becomeCommander(s: IncidentState, person: Handle): void {
  responder(s, person).supervisor = null;
  for (const r of Object.values(s.responders)) {
    if (r.supervisor === person) r.supervisor = null;
  }
}

/**
 * The incoming holder takes the outgoing holder's place in the tree: the outgoing
 * holder's reports now report to them, and the outgoing holder stays on under them
 * (reachable, free to take another role or be released).
 */
/** Moves a role from one holder to another, the tree following (exported for evolve-command). */
export function handOver(
  s: IncidentState,
  role: RoleKey,
  from: Handle | null,
  to: Handle,
  by: Handle,
  at: string,
  via: "transfer" | "assume" = "transfer",
): void {
  if (from !== null && holdersOf(s, role).includes(from)) {
    revoke(s, role, from, at);
  }
  if (from !== null && role !== COMMANDER && isActiveAssigned(s, from)) {
    takePlace(s, from, to, at);
  }
  if (!isActiveAssigned(s, to)) {
    place(s, to, null, at);
  }
  grant(s, role, to, by, at, via);
  if (role === COMMANDER && from !== null && isActiveAssigned(s, from)) {
    responder(s, from).supervisor = null;
  }
}

function takePlace(s: IncidentState, from: Handle, to: Handle, at: string): void {
  const outgoing = responder(s, from);
  const toIsAncestor = isAncestor(s, to, from);
  if (!isActiveAssigned(s, to)) {
    place(s, to, outgoing.supervisor, at);
  } else if (!toIsAncestor) {
    responder(s, to).supervisor = outgoing.supervisor;
  }
  for (const r of Object.values(s.responders)) {
    if (r.supervisor === from && r.handle !== to) r.supervisor = to;
  }
  if (!toIsAncestor) {
    outgoing.supervisor = to;
  }
}

/** True when `ancestor` is above `person` in the tree (following supervisor links). */
export function isAncestor(s: IncidentState, ancestor: Handle, person: Handle): boolean {
  const commander = commanderOf(s);
  let current = own(s.responders, person)?.supervisor ?? null;
  const seen = new Set<Handle>();
  while (current !== null && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = own(s.responders, current)?.supervisor ?? null;
  }
  return ancestor === commander && person !== commander;
}
