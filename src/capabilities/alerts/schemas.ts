import { z } from "zod";
import { SOURCE_KINDS } from "./domain/intake.js";

/** The alerts capability's request and response shapes (OpenAPI components). */
const When = z.string().describe("ISO 8601 UTC");
const Name = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "lower-case letters, digits and dashes, at most 40, e.g. prometheus");

export const SourceParams = z.object({ name: Name });
export const RuleParams = z.object({ name: Name });

export const SourceIn = z.strictObject({
  kind: z
    .enum(SOURCE_KINDS)
    .describe("What sends to it: Alertmanager's webhook, Grafana's webhook contact point, or generic JSON"),
  label: z.string().trim().min(1).max(100).optional(),
  rotateSecret: z.boolean().default(false).describe("Issue a new secret (the old one stops working at once)"),
});

export const SourceOut = z
  .object({
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    label: z.string(),
    createdAt: When,
    lastReceivedAt: When.nullable(),
    url: z
      .string()
      .describe("Where the source posts (relative to the server unless MUSTER_PUBLIC_URL is set)"),
    secret: z
      .string()
      .optional()
      .describe(
        "Shown once, when created or rotated: the source sends it as `Authorization: Bearer <secret>`",
      ),
  })
  .meta({ id: "AlertSource" });

export const RuleIn = z.strictObject({
  position: z
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(100)
    .describe("Rules are tried in position order; the first match wins"),
  match: z
    .array(z.string().min(1).max(300))
    .max(20)
    .default([])
    .describe(
      'Alertmanager-style matchers on the group\'s common labels: severity="critical", service=~"db|cache", env!="dev"',
    ),
  sources: z.array(Name).max(20).default([]).describe("Only groups from these sources (empty: any)"),
  action: z
    .enum(["open", "record"])
    .describe(
      "open: open an incident (or add to the open one tracking the group); record: keep the alerts only",
    ),
  severity: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .describe("Severity of an incident it opens (default: the configured default)"),
  severityLabel: z.string().min(1).max(100).default("severity"),
  severityMap: z
    .record(z.string().max(100), z.string().max(40))
    .default({})
    .describe('Label value → severity, e.g. {"critical": "SEV-1", "warning": "SEV-3"}'),
  page: z
    .strictObject({
      team: z.string().min(1).max(64),
      all: z
        .boolean()
        .default(false)
        .describe("Page all of the team at once rather than along its escalation list"),
      ackMinutes: z.number().int().min(1).max(120).default(5),
    })
    .nullable()
    .default(null),
  notify: z
    .strictObject({
      people: z.array(z.string().min(1).max(64)).max(50).default([]),
      teams: z.array(z.string().min(1).max(64)).max(20).default([]),
    })
    .default({ people: [], teams: [] }),
});

export const RuleOut = RuleIn.extend({ name: z.string(), severity: z.string() }).meta({ id: "AlertRule" });

export const AlertLineOut = z
  .object({
    fingerprint: z.string(),
    name: z.string(),
    summary: z.string(),
    status: z.enum(["firing", "resolved"]),
    startsAt: When,
    endsAt: When.nullable(),
    url: z.string().nullable(),
  })
  .meta({ id: "AlertLine" });

const ViewFields = {
  id: z.string(),
  source: z.string(),
  title: z.string(),
  status: z.enum(["firing", "resolved"]),
  firing: z.number(),
  resolved: z.number(),
  firstAt: When,
  lastAt: When,
  labels: z.record(z.string(), z.string()),
  alerts: z.array(AlertLineOut),
};

/** An alert group as the status doc shows it. */
export const AttachedAlertsOut = z
  .object({
    ...ViewFields,
    attachedAt: When,
    attachedBy: z.string(),
    page: z.string().optional().describe("The dispatch its attachment sent, if any"),
  })
  .meta({ id: "AttachedAlerts" });

export const AlertGroupOut = z
  .object({
    ...ViewFields,
    groupKey: z.string(),
    received: z.number().describe("Alerts received for the group, repeats included"),
    incident: z
      .object({ id: z.string(), number: z.number(), name: z.string(), status: z.string() })
      .nullable()
      .describe("The incident tracking the group (null: none, or one you may not see)"),
    rule: z.string().nullable().describe("The rule that routed it"),
    outcome: z
      .string()
      .nullable()
      .describe("opened, attached, recorded, resolved (or opening while in flight)"),
  })
  .meta({ id: "AlertGroup" });

export const IntakeOut = z.object({
  accepted: z.number().describe("Alerts stored (repeats update the alert they repeat)"),
  groups: z.array(z.object({ id: z.string(), status: z.enum(["firing", "resolved"]) })),
});
