import type { Briefing, Handle, IncidentLink, IncidentStatus, Kind, Visibility } from "./events.js";
import type { Checklist } from "../capabilities/checklists/domain/model.js";
import type { Dispatch } from "../capabilities/dispatch/domain/model.js";
import type { Change } from "../capabilities/changes/domain/model.js";
import type { Need } from "../capabilities/needs/domain/model.js";
import type { Floor } from "../capabilities/floor/domain/model.js";
import { openFloor } from "../capabilities/floor/domain/model.js";
import type { Relations } from "../capabilities/relations/domain/model.js";
import { noRelations } from "../capabilities/relations/domain/model.js";
import type { FollowUp } from "../capabilities/followups/domain/model.js";
import type { Comms } from "../capabilities/comms/domain/model.js";
import { noComms } from "../capabilities/comms/domain/model.js";
import type { AttachedAlerts } from "../capabilities/alerts/domain/model.js";
import type { ActionPlan } from "./plan.js";
import type { RoleKey } from "./roles.js";
import { own } from "./own.js";

export type ResponderStatus = "available" | "assigned" | "released";

/** A person who checked in (ICS 211). `supervisor` null means "reports to the IC position". */
export type Responder = {
  handle: Handle;
  skills: string[];
  note: string | null;
  checkedInAt: string;
  checkedInBy: Handle;
  status: ResponderStatus;
  supervisor: Handle | null;
  assignedAt: string | null;
  releasedAt: string | null;
  /** Set when the end stood them down: what they were, so a reopen restores it. */
  endedAs?: "available" | "assigned";
};

/** One person's time in one role. `to` is null while they hold it. */
export type RoleTenure = {
  role: RoleKey;
  holder: Handle;
  from: string;
  to: string | null;
  by: Handle;
  via: "declare" | "fill" | "transfer" | "assume";
};

/** Which occasions' timers have fired, so each fires once. */
export type TimerMarks = { longShift?: string; dueSoon?: string; overdue?: string };

export type TransferOffer = {
  id: string;
  role: RoleKey;
  from: Handle | null;
  to: Handle;
  offeredBy: Handle;
  offeredAt: string;
  briefing: Briefing;
  remindedAt?: string | null;
};

export type CanReport = {
  reporter: Handle;
  at: string;
  seq: number;
  conditions: string;
  actions: string;
  needs: string;
};

export type Decision = {
  seq: number;
  at: string;
  by: Handle;
  decision: string;
  rationale: string;
  decidedBy: Handle;
  objectiveId?: string | null;
};

/** The current state of one incident: a fold of its events. */
export type IncidentState = {
  id: string;
  number: number;
  name: string;
  synopsis: string;
  severity: string;
  kind: Kind;
  visibility: Visibility;
  status: IncidentStatus;
  declaredAt: string;
  declaredBy: Handle;
  statusChangedAt: string;
  endedAt: string | null;
  endedBy: Handle | null;
  summary: string | null;
  impact: string | null;
  eta: string | null;
  responders: Record<Handle, Responder>;
  /** Current holders per role; every role but `sme` has at most one. */
  roles: Partial<Record<RoleKey, Handle[]>>;
  roleHistory: RoleTenure[];
  groups: Record<string, { name: string; lead: Handle; formedAt: string }>;
  transfers: Record<string, TransferOffer>;
  cans: Record<Handle, CanReport>;
  recentDecisions: Decision[];
  plan: ActionPlan;
  /** The last update posted on the cadence (null: none yet; the clock runs from declaration). */
  lastUpdate: { at: string; by: Handle; text: string } | null;
  changes: Record<string, Change>;
  checklists: Record<string, Checklist>;
  timerMarks: TimerMarks;
  dispatches: Record<string, Dispatch>;
  /** Needs from CAN reports, open until answered or withdrawn. */
  needs: Record<string, Need>;
  /** Channel discipline: quiet mode, the floor, pinned messages. */
  floor: Floor;
  /** Meta-response: links to other incidents, the umbrella, its children, merges. */
  relations: Relations;
  /** Action items that outlive the response. */
  followUps: Record<string, FollowUp>;
  /** Everyone told of the declaration (and of notifications): the end is announced to them too. */
  audience: Handle[];
  /** Stakeholder communications: audiences, updates, cadence per audience, questions. */
  comms: Comms;
  /** Alert groups the incident tracks, by group id. */
  alerts: Record<string, AttachedAlerts>;
  /** A drill's injects that have arrived, by inject id (each arrives once). */
  drillInjected: string[];
  /** Given access to a restricted incident explicitly, until revoked (access capability). */
  grants: Handle[];
  /** Who may assume command when there is no Deputy (named by those in command). */
  successor: Handle | null;
  /** Chat channel, bridge, documents, dashboards. */
  links: IncidentLink[];
  /** The IC who stepped away, who acts meanwhile, and until when (reminded once it passes). */
  away: {
    commander: Handle;
    acting: Handle;
    until: string;
    notes: string;
    reminded: boolean;
    /** The one acting was the Deputy, and is again on the IC's return. */
    actingWasDeputy: boolean;
  } | null;
  seq: number;
  updatedAt: string;
};

/**
 * Fills what a state stored before a field existed lacks: stored states are not rewritten when
 * the model grows, so every load passes through here.
 */
export function upgradeState(s: IncidentState): IncidentState {
  s.successor ??= null;
  s.links ??= [];
  s.away ??= null;
  s.needs ??= {};
  s.floor ??= openFloor();
  s.relations ??= noRelations();
  s.followUps ??= {};
  s.grants ??= [];
  s.comms ??= noComms();
  s.alerts ??= {};
  s.drillInjected ??= [];
  return s;
}

/** Holders of a role (empty when vacant). */
export function holdersOf(state: IncidentState, role: RoleKey): Handle[] {
  return state.roles[role] ?? [];
}

/** The Incident Commander, or null while the position is vacant. */
export function commanderOf(state: IncidentState): Handle | null {
  return holdersOf(state, "incident-commander")[0] ?? null;
}

/** The roles a person holds right now, in a stable order. */
export function rolesOf(state: IncidentState, person: Handle): RoleKey[] {
  return (Object.keys(state.roles) as RoleKey[])
    .filter((role) => holdersOf(state, role).includes(person))
    .sort(roleOrder);
}

const ORDER = ["incident-commander", "deputy", "tech-lead", "comms-lead", "scribe"];

/** Sort roles by seniority in the response, then by name. */
export function roleOrder(a: RoleKey, b: RoleKey): number {
  const ia = ORDER.indexOf(a);
  const ib = ORDER.indexOf(b);
  if (ia !== ib) {
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  }
  return a.localeCompare(b);
}

/** When someone's access ends: null while it lasts, else the moment it ends. */
export type AccessWindows = Map<Handle, string | null>;

function later(a: string | null | undefined, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a === undefined || b > a ? b : a;
}

/**
 * Who may see a restricted incident besides admins, and until when. The declarer, the audience
 * (deliberately told) and those granted access explicitly keep it. Responders keep it while
 * checked in and not released, and anyone paged while the page is open; after that, and after
 * the end, for `graceMs` more (the wrap-up and postmortem). The one visibility rule: storage
 * keeps the access rows that the SQL filters read equal to these windows, and the write path
 * checks them against the locked state.
 */
export function accessWindows(state: IncidentState, graceMs: number): AccessWindows {
  const windows: AccessWindows = new Map();
  const give = (h: Handle, until: string | null) => windows.set(h, later(windows.get(h), until));
  const plusGrace = (at: string) => new Date(Date.parse(at) + graceMs).toISOString();
  const ended = state.status === "ended" ? (state.endedAt ?? state.updatedAt) : null;
  for (const h of [state.declaredBy, ...state.audience, ...(state.grants ?? [])]) give(h, null);
  for (const r of Object.values(state.responders)) {
    const left = r.status === "released" ? (r.releasedAt ?? state.updatedAt) : ended;
    give(r.handle, left === null ? null : plusGrace(left));
  }
  for (const d of Object.values(state.dispatches)) {
    // A page that is over ended when it was answered, or (given up, cancelled) by when its last person was asked.
    const over = d.status === "waiting" && ended === null ? null : (d.acknowledgedAt ?? d.levelSince);
    for (const h of d.escalation) {
      give(h, over === null ? null : plusGrace(ended !== null && ended < over ? ended : over));
    }
  }
  return windows;
}

/** Those who may see a restricted incident at `now` (admins aside). */
export function accessList(state: IncidentState, now: Date, graceMs: number): Handle[] {
  const at = now.toISOString();
  return [...accessWindows(state, graceMs)]
    .filter(([, until]) => until === null || until > at)
    .map(([h]) => h);
}

/** Open incidents are visible to all; restricted ones to admins and those on the access list. */
export function mayView(
  visibility: string,
  access: readonly Handle[],
  person: Handle,
  isAdmin: boolean,
): boolean {
  return visibility === "open" || isAdmin || access.includes(person);
}

/** Whether a person may see an incident at `now`, judged on its state (the write path). */
export function isVisibleTo(
  state: IncidentState,
  person: Handle,
  isAdmin: boolean,
  now: Date,
  graceMs: number,
): boolean {
  return state.visibility === "open" || isAdmin || accessList(state, now, graceMs).includes(person);
}

/** Anyone who checked in, released or not: after the end, they do the wrap-up. */
export function wasInResponse(state: IncidentState, person: Handle): boolean {
  return own(state.responders, person) !== undefined;
}

/** In the response now; after the end (which stands everyone down), anyone who was, for the wrap-up. */
export function inResponse(state: IncidentState, person: Handle): boolean {
  return state.status === "ended" ? wasInResponse(state, person) : isActiveResponder(state, person);
}

/** Everyone checked in and not released, by handle. */
export function activeResponders(state: IncidentState): Handle[] {
  return Object.values(state.responders)
    .filter((r) => r.status !== "released")
    .map((r) => r.handle)
    .sort();
}

/** True for someone checked in and not released. */
export function isActiveResponder(state: IncidentState, person: Handle): boolean {
  const r = own(state.responders, person);
  return r !== undefined && r.status !== "released";
}

/** The direct reports of a person (null: of the IC position), assigned only. */
export function directReports(state: IncidentState, supervisor: Handle | null): Handle[] {
  const commander = commanderOf(state);
  return Object.values(state.responders)
    .filter((r) => r.status === "assigned" && r.handle !== commander)
    .filter((r) =>
      supervisor === commander
        ? r.supervisor === null || r.supervisor === commander
        : r.supervisor === supervisor,
    )
    .map((r) => r.handle)
    .sort();
}
