import { nextInLine } from "./decide/command.js";
import type { DomainConfig } from "./config.js";
import { cadenceMinutesFor } from "./config.js";
import { nextUpdateDue } from "./timers.js";
import type { Handle, IncidentLink, IncidentStatus, Kind, Visibility } from "./events.js";
import type { OrgWarning } from "./org-tree.js";
import { actingRoles, buildOrgTree, flattenTree } from "./org-tree.js";
import type { RoleKey } from "./roles.js";
import { roleBadge, roleLabel } from "./roles.js";
import type { Checklist } from "../capabilities/checklists/domain/model.js";
import type { Dispatch } from "../capabilities/dispatch/domain/model.js";
import type { Change } from "../capabilities/changes/domain/model.js";
import type { Need } from "../capabilities/needs/domain/model.js";
import { openNeeds } from "../capabilities/needs/domain/model.js";
import type { Floor } from "../capabilities/floor/domain/model.js";
import { openFloor } from "../capabilities/floor/domain/model.js";
import type { RelationsDoc } from "../capabilities/relations/domain/doc.js";
import { liaisonWarnings, relationsDoc } from "../capabilities/relations/domain/doc.js";
import { noRelations } from "../capabilities/relations/domain/model.js";
import type { FollowUp } from "../capabilities/followups/domain/model.js";
import { isOpenFollowUp } from "../capabilities/followups/domain/model.js";
import type { Objective, Task } from "./plan.js";
import { isConcluded } from "../capabilities/changes/domain/model.js";
import type { Decision, IncidentState } from "./state.js";
import { commanderOf, roleOrder, rolesOf } from "./state.js";
import { own } from "./own.js";
import type { CommsDoc } from "../capabilities/comms/domain/doc.js";
import { commsDoc } from "../capabilities/comms/domain/doc.js";
import type { AttachedAlerts } from "../capabilities/alerts/domain/model.js";

export type StatusDocRole = {
  role: RoleKey;
  label: string;
  badge: string;
  holders: Handle[];
  /** True when the IC holds it because nobody else does. */
  acting: boolean;
};

export type StatusDocReport = {
  reporter: Handle;
  roles: RoleKey[];
  supervisor: Handle | null;
  depth: number;
  placement: "tree" | "staging" | "released";
  at: string;
  seq: number;
  conditions: string;
  actions: string;
  needs: string;
};

/** The current snapshot of an incident: not a log. */
export type StatusDoc = {
  id: string;
  number: number;
  name: string;
  synopsis: string;
  severity: string;
  severityDefinition: string | null;
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
  /** The update cadence for the current severity, and when the next update is due (null once ended). */
  cadenceMinutes: number;
  lastUpdate: { at: string; by: Handle; text: string } | null;
  nextUpdateDueAt: string | null;
  /** True once the update due at `nextUpdateDueAt` was announced overdue and none has come. */
  updateOverdue: boolean;
  commander: Handle | null;
  commanderWanted: boolean;
  roles: StatusDocRole[];
  staging: { person: Handle; skills: string[]; note: string | null; checkedInAt: string }[];
  responderCounts: { assigned: number; available: number; released: number };
  reports: StatusDocReport[];
  transfers: {
    id: string;
    role: RoleKey;
    from: Handle | null;
    to: Handle;
    offeredBy: Handle;
    offeredAt: string;
  }[];
  decisions: Decision[];
  plan: {
    period: number;
    periodStartedAt: string;
    periodEndsAt: string;
    objectives: (Objective & { tasks: Task[] })[];
    /** Tasks not linked to an objective. */
    tasks: Task[];
  };
  checklists: Checklist[];
  /** Requests to respond, newest first: waiting ones need an acknowledgement. */
  dispatches: Dispatch[];
  /** Unchecked items of the checklists the IC owns. */
  commanderOpenItems: { checklistId: string; checklist: string; itemId: string; text: string }[];
  /** Changes not yet concluded (proposed, queued, in progress, observed). */
  changes: Change[];
  /** Command continuity: who would take over now, who was named, and a step-away in progress. */
  command: CommandContinuity;
  /** Open needs from CAN reports, oldest first. */
  needs: Need[];
  /** Channel discipline: quiet mode, who has or asks for the floor, pinned messages. */
  channel: Floor;
  /** Meta-response: linked incidents, the umbrella above and its Liaison, the children's roll-up. */
  relations: RelationsDoc;
  /** Action items: open ones first, soonest due first. */
  followUps: FollowUp[];
  /** Where the response lives: chat channel, bridge, documents, dashboards. */
  links: IncidentLink[];
  /** Stakeholder communications: audiences, updates (newest first), per-audience cadence, questions. */
  comms: CommsDoc;
  /** Alert groups the incident tracks: firing ones first, then newest. */
  alerts: AttachedAlerts[];
  warnings: OrgWarning[];
  seq: number;
  updatedAt: string;
};

/** Who takes command if the IC cannot go on, and whether the IC has stepped away. */
export type CommandContinuity = {
  /** The Deputy, else the designated successor (null: only an admin could assume command). */
  nextInLine: Handle | null;
  successor: Handle | null;
  away: { commander: Handle; acting: Handle; until: string; notes: string } | null;
};

/** Fills what a status doc stored before a field existed lacks (read models are not rewritten). */
export function upgradeStatusDoc(doc: StatusDoc): StatusDoc {
  // Most reads: nothing is missing, and the stored doc goes out as it is.
  if (
    doc.command !== undefined &&
    doc.links !== undefined &&
    doc.needs !== undefined &&
    doc.channel !== undefined &&
    doc.relations !== undefined &&
    doc.followUps !== undefined &&
    doc.comms !== undefined &&
    doc.alerts !== undefined
  ) {
    return doc;
  }
  const deputy = doc.roles.find((r) => r.role === "deputy" && !r.acting)?.holders[0] ?? null;
  return {
    ...doc,
    command: doc.command ?? { nextInLine: deputy, successor: null, away: null },
    links: doc.links ?? [],
    needs: doc.needs ?? [],
    channel: doc.channel ?? openFloor(),
    relations: doc.relations ?? { ...noRelations(), parent: null, children: [] },
    followUps: doc.followUps ?? [],
    comms: doc.comms ?? { audiences: [], updates: [], nextDue: {}, questions: [] },
    alerts: doc.alerts ?? [],
  };
}

/** Builds the status doc from state (stored as a read model, so reads never re-fold). */
export function buildStatusDoc(s: IncidentState, config: DomainConfig): StatusDoc {
  const tree = buildOrgTree(s, config);
  const commander = commanderOf(s);
  const acting = actingRoles(s);
  const roles: StatusDocRole[] = (Object.keys(s.roles) as RoleKey[]).map((role) => ({
    role,
    label: roleLabel(role),
    badge: roleBadge(role),
    holders: s.roles[role] ?? [],
    acting: false,
  }));
  for (const role of acting) {
    roles.push({
      role,
      label: roleLabel(role),
      badge: roleBadge(role),
      holders: commander ? [commander] : [],
      acting: true,
    });
  }
  roles.sort((a, b) => roleOrder(a.role, b.role));
  const responders = Object.values(s.responders);
  return {
    id: s.id,
    number: s.number,
    name: s.name,
    synopsis: s.synopsis,
    severity: s.severity,
    severityDefinition: config.severities.find((d) => d.level === s.severity)?.definition ?? null,
    kind: s.kind,
    visibility: s.visibility,
    status: s.status,
    declaredAt: s.declaredAt,
    declaredBy: s.declaredBy,
    statusChangedAt: s.statusChangedAt,
    endedAt: s.endedAt,
    endedBy: s.endedBy,
    summary: s.summary,
    impact: s.impact,
    eta: s.eta,
    cadenceMinutes: cadenceMinutesFor(config, s.severity),
    lastUpdate: s.lastUpdate,
    nextUpdateDueAt: s.status === "ended" ? null : nextUpdateDue(s, config),
    updateOverdue: s.status !== "ended" && s.timerMarks.overdue === nextUpdateDue(s, config),
    commander,
    commanderWanted: commander === null,
    roles,
    staging: responders
      .filter((r) => r.status === "available")
      .sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt) || a.handle.localeCompare(b.handle))
      .map((r) => ({ person: r.handle, skills: r.skills, note: r.note, checkedInAt: r.checkedInAt })),
    responderCounts: {
      assigned: responders.filter((r) => r.status === "assigned").length,
      available: responders.filter((r) => r.status === "available").length,
      released: responders.filter((r) => r.status === "released").length,
    },
    reports: rollUpReports(s, flattenTree(tree)),
    transfers: Object.values(s.transfers).map(({ id, role, from, to, offeredBy, offeredAt }) => ({
      id,
      role,
      from,
      to,
      offeredBy,
      offeredAt,
    })),
    decisions: s.recentDecisions,
    plan: planOf(s),
    dispatches: Object.values(s.dispatches).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)),
    checklists: Object.values(s.checklists).sort((a, b) => a.attachedAt.localeCompare(b.attachedAt)),
    commanderOpenItems: Object.values(s.checklists)
      .filter((c) => c.owner === commander)
      .sort((a, b) => a.attachedAt.localeCompare(b.attachedAt))
      .flatMap((c) =>
        c.items
          .filter((i) => i.checkedAt === null)
          .map((i) => ({ checklistId: c.id, checklist: c.name, itemId: i.id, text: i.text })),
      ),
    changes: Object.values(s.changes)
      .filter((c) => !isConcluded(c))
      .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt)),
    needs: openNeeds(s.needs),
    channel: s.floor,
    relations: relationsDoc(s),
    followUps: Object.values(s.followUps).sort(
      (a, b) =>
        Number(isOpenFollowUp(b)) - Number(isOpenFollowUp(a)) ||
        (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999") ||
        a.createdAt.localeCompare(b.createdAt),
    ),
    links: s.links,
    comms: commsDoc(s, cadenceMinutesFor(config, s.severity)),
    alerts: Object.values(s.alerts).sort(
      (a, b) =>
        Number(b.status === "firing") - Number(a.status === "firing") || b.lastAt.localeCompare(a.lastAt),
    ),
    command: {
      nextInLine: nextInLine(s),
      successor: s.successor,
      away: s.away && {
        commander: s.away.commander,
        acting: s.away.acting,
        until: s.away.until,
        notes: s.away.notes,
      },
    },
    warnings: [...tree.warnings, ...liaisonWarnings(s)],
    seq: s.seq,
    updatedAt: s.updatedAt,
  };
}

function planOf(s: IncidentState): StatusDoc["plan"] {
  const tasks = Object.values(s.plan.tasks).sort((a, b) => a.assignedAt.localeCompare(b.assignedAt));
  return {
    period: s.plan.period,
    periodStartedAt: s.plan.periodStartedAt,
    periodEndsAt: s.plan.periodEndsAt,
    objectives: Object.values(s.plan.objectives)
      .sort((a, b) => a.setAt.localeCompare(b.setAt))
      .map((o) => ({ ...o, tasks: tasks.filter((t) => t.objectiveId === o.id) })),
    tasks: tasks.filter((t) => t.objectiveId === null),
  };
}

/** Latest CAN per responder, in tree order so each sits under their place. */
function rollUpReports(
  s: IncidentState,
  order: { person: Handle; depth: number; supervisor: Handle | null }[],
): StatusDocReport[] {
  const out: StatusDocReport[] = [];
  const seen = new Set<Handle>();
  for (const { person, depth, supervisor } of order) {
    const can = s.cans[person];
    seen.add(person);
    if (can) {
      out.push({ ...can, roles: rolesOf(s, person), supervisor, depth, placement: "tree" });
    }
  }
  for (const can of Object.values(s.cans).sort((a, b) => a.seq - b.seq)) {
    if (!seen.has(can.reporter)) {
      const status = own(s.responders, can.reporter)?.status;
      out.push({
        ...can,
        roles: [],
        supervisor: null,
        depth: 0,
        placement: status === "available" ? "staging" : "released",
      });
    }
  }
  return out;
}
