import { z } from "zod";
import { EVENT_TYPES } from "../domain/index.js";

/** An optional JSON body: absent, null or an object of this shape. */
export const optionalBody = <T extends z.ZodType>(schema: T) => schema.nullish();

/** Handles: lower-case, start with a letter, letters/digits/dots/dashes/underscores. */
export const Handle = z
  .string()
  .regex(
    /^[a-z][a-z0-9._-]{0,31}$/,
    "a handle is 1–32 lower-case letters, digits, dots, dashes or underscores, starting with a letter",
  )
  .describe("A person's handle, e.g. `sue`");

/** Required text, trimmed, with a limit; the messages name the field. */
export const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} is at most ${max} characters`);

export const RoleName = z
  .string()
  .min(1)
  .max(60)
  .describe(
    "incident-commander, deputy, tech-lead, scribe, comms-lead, sme, liaison:<group> or group-lead:<group>",
  );

export const IncidentRef = z.object({
  ref: z.string().min(1).max(64).describe("The incident's id or number"),
});

export const PersonParams = IncidentRef.extend({ person: Handle });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    field: z.string().optional(),
    instance: z.string().optional(),
  })
  .describe("RFC 9457 problem details")
  .meta({ id: "Problem" });

export const LinkItem = z.strictObject({
  label: text(60, "label"),
  url: z.string().trim().min(1).max(2000).describe("An http(s) address"),
});

export const DeclareBody = z.strictObject({
  name: z.string().trim().min(1).max(80).optional().describe("Leave out for a generated codename"),
  synopsis: text(2000, "synopsis"),
  severity: z
    .string()
    .min(1)
    .max(20)
    .optional()
    .describe("SEV1–SEV4 by default; when unsure, pick the higher"),
  kind: z.enum(["real", "drill", "planned"]).optional(),
  visibility: z.enum(["open", "restricted"]).optional(),
  commander: Handle.optional().describe("Name someone else as IC (they are checked in)"),
  links: z.array(LinkItem).max(12).optional().describe("Chat channel, bridge, documents, dashboards"),
  notify: z
    .strictObject({
      people: z.array(Handle).max(200).optional(),
      teams: z.array(z.string().min(1).max(40)).max(50).optional(),
    })
    .optional()
    .describe("Who to tell of the declaration; they are told of the end too"),
  audiences: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a stakeholder group's name"))
    .max(50)
    .optional()
    .describe(
      "Stakeholder groups who hear about it (`public`: the status page); the IC can change them later",
    ),
  declarerRole: z
    .enum(["incident-commander", "tech-lead"])
    .optional()
    .describe("`tech-lead`: you work the problem and an IC is wanted"),
  umbrella: z
    .boolean()
    .optional()
    .describe(
      "An umbrella incident (meta-response): its IC coordinates several incidents, each sending a Liaison",
    ),
  detectedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe(
      "When the problem was first noticed (an alert, a customer report); time to declare runs from it",
    ),
});

export const PatchBody = z.strictObject({
  synopsis: text(2000, "synopsis").optional(),
  severity: z.string().min(1).max(20).optional(),
  impact: z.string().trim().max(2000).nullable().optional(),
  eta: z.string().trim().max(200).nullable().optional(),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe("Why, recorded with the change (the web UI asks for it when the severity changes)"),
});

export const StatusBody = z.strictObject({
  status: z.enum(["active", "stable", "ended"]),
  summary: z.string().trim().max(10000).optional().describe("Required to end"),
  reason: z.string().trim().max(2000).optional().describe("Required to reopen"),
  confirm: z
    .boolean()
    .optional()
    .describe(
      "Ending with work in flight (tasks, changes, offers, objectives) closes it on the record: set true",
    ),
});

export const CheckInBody = z.strictObject({
  person: Handle,
  skills: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
  note: z.string().trim().max(500).optional(),
});

export const AssignBody = z.strictObject({
  supervisor: Handle.nullable().optional().describe("Omit or null: reports to the Incident Commander"),
  role: RoleName.optional(),
  group: z.string().min(1).max(40).optional(),
});

export const MoveBody = z.strictObject({
  supervisor: Handle.nullable().describe("null: reports to the Incident Commander"),
});

export const ReleaseBody = optionalBody(z.strictObject({ reason: z.string().trim().max(500).optional() }));

export const FillRoleBody = z.strictObject({ person: Handle });

export const GroupBody = z.strictObject({
  group: z.string().min(1).max(40),
  lead: Handle,
  supervisor: Handle.nullable().optional(),
});

export const MoveGroupBody = z.strictObject({ supervisor: Handle.nullable() });

export const OfferBody = z.strictObject({
  role: RoleName,
  to: Handle,
  briefing: z
    .string()
    .trim()
    .max(20000)
    .default("")
    .describe(
      "Open hypotheses, what was ruled out, pending timers; a status snapshot is added automatically",
    ),
});

export const AnswerBody = optionalBody(z.strictObject({ reason: z.string().trim().max(2000).optional() }));

export const CanBody = z.strictObject({
  conditions: text(5000, "conditions"),
  actions: text(5000, "actions"),
  needs: text(5000, "needs").describe('"none" is a valid answer'),
});

export const UpdateBody = z.strictObject({
  text: text(10000, "text").describe("What changed, what is being done, next steps"),
});

export const LogBody = z.strictObject({ text: text(10000, "text"), key: z.boolean().optional() });

export const MessageBody = z.strictObject({ text: text(20000, "text") });

export const DecisionBody = z.strictObject({
  decision: text(2000, "decision"),
  rationale: text(5000, "rationale"),
  decidedBy: Handle.optional().describe("Who made the decision (defaults to you)"),
  objectiveId: z.string().min(1).max(64).optional().describe("The objective this decision serves"),
});

export const ListQuery = z.object({
  status: z
    .string()
    .regex(
      /^(active|stable|ended)(,(active|stable|ended))*$/,
      "status is a comma-separated list of active, stable, ended",
    )
    .optional(),
  kind: z
    .string()
    .regex(
      /^(real|drill|planned)(,(real|drill|planned))*$/,
      "kind is a comma-separated list of real, drill, planned",
    )
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const TimelineQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  type: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v.split(",").every((t) => (EVENT_TYPES as readonly string[]).includes(t)),
      {
        message: `type is a comma-separated list of event types (${EVENT_TYPES.join(", ")})`,
      },
    ),
});

export const OrgQuery = z.object({
  seq: z.coerce.number().int().min(1).optional().describe("The tree as it was after this event"),
  at: z.iso.datetime({ offset: true }).optional().describe("The tree as it was at this moment (ISO 8601)"),
});

export const UserBody = z.strictObject({
  handle: Handle.refine(
    (h) => h !== "muster",
    "muster is the system's own name on the timeline; choose another handle",
  ),
  displayName: text(100, "displayName"),
  email: z.email().optional(),
  admin: z.boolean().optional().describe("The same as role admin"),
  role: z
    .enum(["admin", "member", "viewer", "stakeholder"])
    .optional()
    .describe("Default member (admin if `admin`)"),
});

export const PeriodBody = optionalBody(
  z.strictObject({ minutes: z.number().int().min(5).max(10080).optional().describe("Default: by severity") }),
);

export const ObjectiveBody = z.strictObject({
  text: text(500, "text").describe("An outcome, not a procedure"),
  owner: Handle,
});

export const ObjectivePatch = z.strictObject({
  text: text(500, "text").optional(),
  owner: Handle.optional(),
  state: z.enum(["open", "achieved", "dropped"]).optional(),
});

export const TaskBody = z.strictObject({
  assignee: Handle,
  task: text(1000, "task"),
  timeBoxMinutes: z.number().int().min(1).max(1440).describe("Back to the assigner within this many minutes"),
  objectiveId: z.string().min(1).max(64).nullable().optional(),
});

export const TaskReportBody = z.strictObject({
  note: text(5000, "note"),
  done: z.boolean().optional(),
  extendMinutes: z
    .number()
    .int()
    .min(1)
    .max(1440)
    .optional()
    .describe("Ask for more time: a new time box from now"),
});

export const ReasonBody = optionalBody(z.strictObject({ reason: z.string().trim().max(2000).optional() }));

export const ResultBody = z.strictObject({ result: text(5000, "result") });

export const OptionalResultBody = optionalBody(
  z.strictObject({ result: z.string().trim().max(5000).optional() }),
);

export const TemplateParams = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a template id is lower-case letters, digits and dashes"),
});

export const TemplateBody = z.strictObject({
  name: text(100, "name"),
  trigger: z
    .string()
    .regex(
      /^(declared|handover|ended|role:(incident-commander|deputy|tech-lead|scribe|comms-lead|sme|liaison|group-lead)(:[a-z0-9][a-z0-9-]{0,39})?)$/,
      "trigger is declared, handover, ended, or role:<role> (e.g. role:scribe, role:liaison, role:liaison:customers)",
    ),
  items: z.array(text(300, "item")).min(1).max(50),
});

export const AttachBody = z.strictObject({
  templateId: z.string().min(1).max(40),
  owner: Handle.optional().describe("Who works through it (default: you)"),
});

const TeamName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a team name is lower-case letters, digits and dashes");

export const TeamParams = z.object({ name: TeamName });

export const TeamBody = z.strictObject({
  displayName: text(100, "displayName"),
  escalation: z
    .array(
      z
        .string()
        .regex(
          /^([a-z][a-z0-9._-]{0,31}|schedule:[a-z][a-z0-9-]{0,39})$/,
          "each entry is a person's handle or schedule:<schedule id>",
        ),
    )
    .min(1)
    .max(20)
    .describe(
      "Who is asked first, second, …: people's handles, or `schedule:<id>` for a schedule's on-call person",
    ),
});

export const DispatchBody = z
  .strictObject({
    person: Handle.optional(),
    team: TeamName.optional(),
    message: text(1000, "message"),
    ackMinutes: z
      .number()
      .int()
      .min(1)
      .max(120)
      .default(5)
      .describe("Escalate when nobody acknowledges within this many minutes"),
    all: z
      .boolean()
      .default(false)
      .describe("Page all of the team at once (any one acknowledges) rather than along its escalation list"),
  })
  .refine((b) => (b.person === undefined) !== (b.team === undefined), {
    message: "name exactly one of person or team",
    path: ["person"],
  });

export const AckBody = optionalBody(
  z.strictObject({ checkIn: z.boolean().optional().describe("Also check in (default true)") }),
);

export const NotifyBody = z.strictObject({
  people: z.array(Handle).max(200).optional(),
  teams: z.array(TeamName).max(50).optional(),
  text: text(5000, "text"),
});

export const AssumeBody = z.strictObject({
  reason: text(2000, "reason").describe(
    "Why you take command: announced to every responder and the audience",
  ),
});

export const SuccessorBody = z.strictObject({
  person: Handle.nullable().describe("Who may assume command when there is no Deputy; null: nobody"),
});

export const StepAwayBody = z.strictObject({
  until: z.iso
    .datetime({ offset: true, message: "until must be an ISO 8601 time, e.g. 2026-12-02T14:30:00Z" })
    .describe("When you expect to be back (within 24 hours)"),
  notes: z.string().trim().max(2000).optional().describe("What the acting IC should know"),
});

export const LinksBody = z.strictObject({
  links: z.array(LinkItem).max(12).describe("The whole list: chat channel, bridge, documents, dashboards"),
});
