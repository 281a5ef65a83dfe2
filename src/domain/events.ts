import type { CapabilityEvent } from "../capabilities/events.js";
import { CAPABILITY_EVENT_TYPES } from "../capabilities/events.js";
import type { RoleKey } from "./roles.js";

/** A link the response uses: a chat channel, a bridge or call, a document, a dashboard. */
export type IncidentLink = { label: string; url: string };

export type Kind = "real" | "drill" | "planned";
export type Visibility = "open" | "restricted";
export type IncidentStatus = "active" | "stable" | "ended";
export type Handle = string;

/** Where a channel message came from when it was said in chat (Slack, Mattermost), not in Muster. */
export type MessageVia = {
  chat: string;
  /** The platform's id of the message. */
  id: string;
  /** The thread's root when it was a reply in a thread. */
  thread: string | null;
  /** The message it corrects, when it was an edit (the record keeps both). */
  edits: string | null;
};

/** The free-text part of a handover briefing plus the status snapshot taken when offered. */
export type Briefing = { notes: string; snapshot: string };

/**
 * Every fact in an incident's life. Names follow "<resource>.<verb>"; the same names are
 * used by the timeline, the live stream and (later) webhooks.
 */
export type DomainEvent =
  | {
      type: "incident.declared";
      data: {
        id: string;
        number: number;
        name: string;
        synopsis: string;
        severity: string;
        kind: Kind;
        visibility: Visibility;
        commander: Handle | null;
        declarerRole: "incident-commander" | "tech-lead" | null;
        /** Opened by alert routing: the declarer took no part. */
        automatic?: boolean;
        /** End of the first operational period (its length depends on severity). */
        periodEndsAt: string;
        /** People told of the declaration; they are told of the end too. */
        audience?: Handle[];
        /** An umbrella incident coordinates others (meta-response). */
        umbrella?: boolean;
        /** When the problem was first noticed, if given (time to declare runs from it). */
        detectedAt?: string;
      };
    }
  | {
      type: "incident.updated";
      data: {
        synopsis?: string;
        severity?: string;
        impact?: string | null;
        eta?: string | null;
        /** Why (severity changes above all): kept for the postmortem's severity history. */
        reason?: string;
      };
    }
  /** Where the response lives: chat channel, bridge, documents, dashboards (the whole list). */
  | { type: "incident.links-set"; data: { links: IncidentLink[] } }
  | {
      type: "incident.status-changed";
      data: {
        from: IncidentStatus;
        to: IncidentStatus;
        summary: string | null;
        reason: string | null;
        /** Ending stands every responder down (absent before Dec 2026); a reopen brings them back. */
        released?: Handle[];
      };
    }
  | {
      type: "responder.checked-in";
      data: { person: Handle; skills: string[]; note: string | null };
    }
  | { type: "responder.assigned"; data: { person: Handle; supervisor: Handle | null } }
  | {
      type: "responder.moved";
      data: { person: Handle; from: Handle | null; to: Handle | null };
    }
  | { type: "responder.released"; data: { person: Handle; reason: string | null } }
  | { type: "role.filled"; data: { role: RoleKey; person: Handle } }
  | { type: "role.vacated"; data: { role: RoleKey; person: Handle; reason: string } }
  | { type: "group.formed"; data: { group: string; lead: Handle; supervisor: Handle | null } }
  | { type: "group.moved"; data: { group: string; from: Handle | null; to: Handle | null } }
  | {
      type: "transfer.offered";
      data: {
        id: string;
        role: RoleKey;
        from: Handle | null;
        to: Handle;
        briefing: Briefing;
      };
    }
  | {
      type: "transfer.accepted";
      data: { id: string; role: RoleKey; from: Handle | null; to: Handle };
    }
  | {
      type: "transfer.declined";
      /** `to` and `offeredBy` (absent before Dec 2026): so the offerer is told the answer. */
      data: { id: string; role: RoleKey; reason: string | null; to?: Handle; offeredBy?: Handle };
    }
  | {
      type: "transfer.withdrawn";
      data: { id: string; role: RoleKey; reason: string | null; to?: Handle; offeredBy?: Handle };
    }
  /** Someone took command without a handover (the IC is gone): the Deputy, the successor or an admin. */
  | {
      type: "command.assumed";
      data: { from: Handle | null; to: Handle; reason: string; as: "deputy" | "successor" | "admin" };
    }
  /** Who may assume command when there is no Deputy (null: nobody named). */
  | { type: "command.successor-designated"; data: { person: Handle | null } }
  /** The IC steps away until a time; the Deputy (or successor) commands meanwhile. */
  | { type: "command.stepped-away"; data: { from: Handle; to: Handle; until: string; notes: string } }
  | { type: "command.resumed"; data: { from: Handle | null; to: Handle } }
  | { type: "command.return-due"; data: { commander: Handle; acting: Handle; until: string } }
  | {
      type: "can.reported";
      data: { conditions: string; actions: string; needs: string };
    }
  | { type: "log.entry"; data: { text: string; key: boolean } }
  /** A message in the incident channel; `freelancing` when the sender was not checked in. */
  | { type: "message.posted"; data: { text: string; freelancing: boolean; via?: MessageVia } }
  | { type: "update.posted"; data: { text: string } }
  | { type: "update.due-soon"; data: { dueAt: string } }
  | { type: "update.overdue"; data: { dueAt: string } }
  | {
      type: "task.time-box-expired";
      data: { id: string; assignee: Handle; assignedBy: Handle; dueAt: string };
    }
  | { type: "transfer.reminder"; data: { id: string; role: RoleKey; to: Handle } }
  | { type: "command.long-shift"; data: { commander: Handle; since: string; hours: number } }
  | {
      type: "plan.period-started";
      data: { period: number; endsAt: string; carriedObjectives: string[]; carriedTasks: string[] };
    }
  | { type: "objective.set"; data: { id: string; text: string; owner: Handle } }
  | {
      type: "objective.updated";
      data: { id: string; text?: string; owner?: Handle; state?: "open" | "achieved" | "dropped" };
    }
  | {
      type: "task.assigned";
      data: {
        id: string;
        objectiveId: string | null;
        assignee: Handle;
        task: string;
        timeBoxMinutes: number;
        dueAt: string;
      };
    }
  | { type: "task.acknowledged"; data: { id: string } }
  | { type: "task.reported"; data: { id: string; note: string; done: boolean; dueAt: string } }
  | { type: "task.cancelled"; data: { id: string; reason: string | null } }
  | {
      type: "decision.recorded";
      data: { decision: string; rationale: string; decidedBy: Handle; objectiveId?: string | null };
    }
  | CapabilityEvent;

export type EventType = DomainEvent["type"];

/** A committed event: the domain event plus who did it, when, and their roles then. */
export type EventEnvelope = DomainEvent & {
  seq: number;
  at: string;
  actor: Handle;
  actorRoles: RoleKey[];
};

/** All event type names, for validation and filters. */
export const EVENT_TYPES: readonly EventType[] = [
  "incident.declared",
  "incident.updated",
  "incident.status-changed",
  "incident.links-set",
  "responder.checked-in",
  "responder.assigned",
  "responder.moved",
  "responder.released",
  "role.filled",
  "role.vacated",
  "group.formed",
  "group.moved",
  "transfer.offered",
  "transfer.accepted",
  "transfer.declined",
  "transfer.withdrawn",
  "command.assumed",
  "command.successor-designated",
  "command.stepped-away",
  "command.resumed",
  "command.return-due",
  "can.reported",
  "log.entry",
  "message.posted",
  "update.posted",
  "update.due-soon",
  "update.overdue",
  "task.time-box-expired",
  "transfer.reminder",
  "command.long-shift",
  "decision.recorded",
  "plan.period-started",
  "objective.set",
  "objective.updated",
  "task.assigned",
  "task.acknowledged",
  "task.reported",
  "task.cancelled",
  ...CAPABILITY_EVENT_TYPES,
];
