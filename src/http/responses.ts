import { z } from "zod";
import { ChangeOut } from "../capabilities/changes/schemas.js";
import { NeedOut } from "../capabilities/needs/schemas.js";
import { FloorOut } from "../capabilities/floor/schemas.js";
import { IncidentRefOut, RelationsOut } from "../capabilities/relations/schemas.js";
import { FollowUpOut } from "../capabilities/followups/schemas.js";
import { CommsDocOut } from "../capabilities/comms/schemas.js";
import { AttachedAlertsOut } from "../capabilities/alerts/schemas.js";

/** Response shapes: they type the handlers and document the API in OpenAPI. */
const Handle = z.string();
const Role = z.string();
const When = z.string().describe("ISO 8601 UTC");

export const EventOut = z
  .object({
    seq: z.number().int(),
    type: z.string().describe("<resource>.<verb>, e.g. can.reported"),
    at: When,
    actor: Handle,
    actorRoles: z.array(Role).describe("Roles the actor held at that moment"),
    data: z.record(z.string(), z.unknown()),
  })
  .describe("A timeline event")
  .meta({ id: "Event" });

const Warning = z
  .object({
    code: z
      .enum([
        "SPAN_OF_CONTROL",
        "SPAN_NEAR_LIMIT",
        "COMMANDER_WANTED",
        "COMMANDER_IS_TECH_LEAD",
        "LIAISON_MISSING",
      ])
      .describe("SPAN_NEAR_LIMIT is advice (a lead nearing the limit); the others are warnings"),
    person: Handle.nullable(),
    message: z.string(),
  })
  .meta({ id: "OrgWarning" });

const Briefing = z.object({ notes: z.string(), snapshot: z.string() });

const TransferSummary = z
  .object({
    id: z.string(),
    role: Role,
    from: Handle.nullable(),
    to: Handle,
    offeredBy: Handle,
    offeredAt: When,
  })
  .meta({ id: "TransferSummary" });

const TaskOut = z
  .object({
    id: z.string(),
    objectiveId: z.string().nullable(),
    assignee: Handle,
    task: z.string(),
    assignedBy: Handle,
    assignedAt: When,
    timeBoxMinutes: z.number(),
    dueAt: When,
    acknowledgedAt: When.nullable(),
    lastReport: z.object({ at: When, note: z.string() }).nullable(),
    expiredAt: When.nullable().optional().describe("Set when the time box ran out with no report"),
    status: z.enum(["assigned", "acknowledged", "done", "cancelled"]),
    period: z.number(),
  })
  .meta({ id: "Task" });

const ObjectiveOut = z
  .object({
    id: z.string(),
    text: z.string(),
    owner: Handle,
    state: z.enum(["open", "achieved", "dropped"]),
    setBy: Handle,
    setAt: When,
    period: z.number(),
    tasks: z.array(TaskOut),
  })
  .meta({ id: "Objective" });

export const ChecklistOut = z
  .object({
    id: z.string(),
    templateId: z.string(),
    name: z.string(),
    trigger: z.string(),
    owner: Handle,
    attachedAt: When,
    items: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        checkedBy: Handle.nullable(),
        checkedAt: When.nullable(),
      }),
    ),
  })
  .meta({ id: "Checklist" });

export const ChecklistTemplateOut = z
  .object({
    id: z.string(),
    name: z.string(),
    trigger: z.string(),
    items: z.array(z.string()),
  })
  .meta({ id: "ChecklistTemplate" });

export const StatusDocOut = z
  .object({
    id: z.string(),
    number: z.number().int(),
    name: z.string(),
    synopsis: z.string(),
    severity: z.string(),
    severityDefinition: z.string().nullable(),
    kind: z.enum(["real", "drill", "planned"]),
    visibility: z.enum(["open", "restricted"]),
    status: z.enum(["active", "stable", "ended"]),
    declaredAt: When,
    declaredBy: Handle,
    statusChangedAt: When,
    endedAt: When.nullable(),
    endedBy: Handle.nullable(),
    summary: z.string().nullable(),
    impact: z.string().nullable(),
    eta: z.string().nullable(),
    cadenceMinutes: z.number(),
    lastUpdate: z.object({ at: When, by: Handle, text: z.string() }).nullable(),
    nextUpdateDueAt: When.nullable().describe("When the next update is due on the severity's cadence"),
    updateOverdue: z.boolean(),
    commander: Handle.nullable(),
    commanderWanted: z.boolean(),
    roles: z.array(
      z.object({
        role: Role,
        label: z.string(),
        badge: z.string(),
        holders: z.array(Handle),
        acting: z.boolean(),
      }),
    ),
    staging: z.array(
      z.object({
        person: Handle,
        skills: z.array(z.string()),
        note: z.string().nullable(),
        checkedInAt: When,
      }),
    ),
    responderCounts: z.object({ assigned: z.number(), available: z.number(), released: z.number() }),
    reports: z.array(
      z.object({
        reporter: Handle,
        roles: z.array(Role),
        supervisor: Handle.nullable(),
        depth: z.number().int(),
        placement: z.enum(["tree", "staging", "released"]),
        at: When,
        seq: z.number().int(),
        conditions: z.string(),
        actions: z.string(),
        needs: z.string(),
      }),
    ),
    transfers: z.array(TransferSummary),
    decisions: z.array(
      z.object({
        seq: z.number(),
        at: When,
        by: Handle,
        decision: z.string(),
        rationale: z.string(),
        decidedBy: Handle,
        objectiveId: z.string().nullable().optional(),
      }),
    ),
    plan: z.object({
      period: z.number(),
      periodStartedAt: When,
      periodEndsAt: When,
      objectives: z.array(ObjectiveOut),
      tasks: z.array(TaskOut),
    }),
    changes: z.array(ChangeOut),
    checklists: z.array(ChecklistOut),
    dispatches: z.array(
      z.object({
        id: z.string(),
        target: z.union([z.object({ person: Handle }), z.object({ team: z.string() })]),
        message: z.string(),
        escalation: z.array(Handle),
        level: z.number(),
        all: z.boolean().optional().describe("Page all: everyone on the list was asked at once"),
        onCall: z
          .array(z.object({ person: Handle, schedule: z.string() }))
          .optional()
          .describe("Who on the list was there for being on call, and on which schedule, when paged"),
        ackMinutes: z.number(),
        requestedBy: Handle,
        requestedAt: When,
        levelSince: When,
        status: z.enum(["waiting", "acknowledged", "exhausted", "cancelled"]),
        acknowledgedBy: Handle.nullable(),
        acknowledgedAt: When.nullable(),
      }),
    ),
    commanderOpenItems: z.array(
      z.object({ checklistId: z.string(), checklist: z.string(), itemId: z.string(), text: z.string() }),
    ),
    needs: z
      .array(NeedOut)
      .describe(
        "Open needs from CAN reports, oldest first: the IC or the supervisor answers or gives them to someone",
      ),
    channel: FloorOut,
    relations: RelationsOut,
    followUps: z.array(FollowUpOut).describe("Action items: open ones first, soonest due first"),
    links: z
      .array(z.object({ label: z.string(), url: z.string() }).meta({ id: "IncidentLink" }))
      .describe("Where the response lives: chat channel, bridge, documents, dashboards"),
    comms: CommsDocOut.describe(
      "Stakeholder communications: audiences, updates, cadence per audience, questions",
    ),
    alerts: z
      .array(AttachedAlertsOut)
      .describe("Alert groups the incident tracks: firing ones first, then newest"),
    command: z
      .object({
        nextInLine: Handle.nullable().describe("The Deputy, else the designated successor"),
        successor: Handle.nullable(),
        away: z
          .object({ commander: Handle, acting: Handle, until: When, notes: z.string() })
          .nullable()
          .describe("The IC stepped away until `until`; `acting` commands meanwhile"),
      })
      .describe("Who takes command if the IC cannot go on"),
    warnings: z.array(Warning),
    seq: z.number().int(),
    updatedAt: When,
  })
  .meta({ id: "StatusDoc" });

/** What every command answers: the status doc after it, plus the events it added. */
export const CommandOut = StatusDocOut.extend({ events: z.array(EventOut) }).meta({ id: "CommandResult" });

export const OfferOut = CommandOut.extend({
  offer: z
    .object({
      id: z.string(),
      role: Role,
      from: Handle.nullable(),
      to: Handle,
      briefing: Briefing,
    })
    .nullable(),
}).meta({ id: "OfferResult" });

export type OrgNodeOut = {
  person: string | null;
  roles: string[];
  acting: string[];
  supervisor: string | null;
  group: string | null;
  directReports: OrgNodeOut[];
  warnings: z.infer<typeof Warning>[];
};

const OrgNode: z.ZodType<OrgNodeOut> = z
  .lazy(() =>
    z.object({
      person: Handle.nullable(),
      roles: z.array(Role),
      acting: z.array(Role),
      supervisor: Handle.nullable(),
      group: z.string().nullable(),
      directReports: z.array(OrgNode),
      warnings: z.array(Warning),
    }),
  )
  .meta({ id: "OrgNode" });

export const OrgOut = z.object({
  root: OrgNode,
  staging: z.array(Handle),
  warnings: z.array(Warning),
  spanOfControlMax: z.number(),
  seq: z.number(),
  at: When,
});

export const IncidentListOut = z.object({
  incidents: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      name: z.string(),
      status: z.string(),
      severity: z.string(),
      kind: z.string(),
      visibility: z.string(),
      commander: Handle.nullable(),
      synopsis: z.string(),
      declaredAt: When,
      updatedAt: When,
      nextUpdateDueAt: When.nullable().describe("When the next update on the cadence is due"),
      updateOverdue: z.boolean(),
      umbrella: z.boolean().describe("An umbrella incident (meta-response)"),
      parent: IncidentRefOut.nullable().describe("The umbrella this incident is under"),
      seq: z.number(),
    }),
  ),
});

export const IncidentSummaryOut = IncidentListOut.shape.incidents.element;

export const TimelineOut = z.object({ events: z.array(EventOut), next: z.number().nullable() });

export const RoleHistoryOut = z.object({
  history: z.array(
    z.object({
      role: Role,
      holder: Handle,
      from: When,
      to: When.nullable(),
      by: Handle,
      via: z.enum(["declare", "fill", "transfer", "assume"]),
    }),
  ),
});

export const TransfersOut = z.object({
  transfers: z.array(TransferSummary.extend({ briefing: Briefing })),
});

export const UserOut = z
  .object({
    id: z.string(),
    handle: Handle,
    displayName: z.string(),
    email: z.string().nullable(),
    isAdmin: z.boolean(),
    role: z
      .enum(["admin", "member", "viewer", "stakeholder"])
      .describe(
        "admin; member (responds); viewer (reads open incidents); stakeholder (stakeholder views only)",
      ),
    createdAt: When,
    deactivatedAt: When.nullable().describe("When an admin deactivated them (null: active)"),
  })
  .meta({ id: "User" });

/** A person in the list: others' emails and admin flags are for admins only (null and absent). */
export const ListedUserOut = UserOut.extend({
  isAdmin: z.boolean().optional().describe("Shown to admins, and on your own record"),
  role: UserOut.shape.role.optional().describe("Shown to admins, and on your own record"),
}).meta({ id: "ListedUser" });

const minutesBySeverity = z.record(z.string(), z.number());

/** GET /config: what clients must not hard-code. */
export const ConfigOut = z
  .object({
    severities: z
      .array(z.object({ level: z.string(), definition: z.string(), response: z.string() }))
      .describe("In order, most severe first"),
    defaultSeverity: z.string(),
    kinds: z.array(z.enum(["real", "drill", "planned"])),
    visibilities: z.array(z.enum(["open", "restricted"])),
    statuses: z.array(z.enum(["active", "stable", "ended"])),
    roles: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        badge: z.string(),
        multiHolder: z.boolean(),
        actingWhileVacant: z.boolean(),
      }),
    ),
    spanOfControlMax: z.number().int(),
    updateCadenceMinutes: minutesBySeverity,
    periodMinutes: minutesBySeverity,
    objectionWindowSeconds: z.object({ low: z.number(), medium: z.number() }),
    reminderLeadMinutes: z.number(),
    transferReminderMinutes: z.number(),
    longShiftHours: z.number(),
    tracker: z
      .object({
        provider: z.literal("github"),
        repository: z.string(),
        sync: z
          .enum(["all", "on-request"])
          .describe("`all`: every follow-up gets an issue; `on-request`: when asked"),
      })
      .nullable()
      .describe("Where follow-ups are synced (null: nowhere)"),
  })
  .meta({ id: "Config" });
