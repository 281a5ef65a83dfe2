import { z } from "zod";

/** The insights capability's request and response shapes (OpenAPI components). */
const When = z.string().describe("ISO 8601 UTC");
const Ms = z.number().nullable();
const Share = z.number().nullable().describe("0–1; null when nothing was due");

const Day = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), "a date or ISO 8601 time, e.g. 2026-09-01");

export const PeriodQuery = z.object({
  from: Day.optional().describe("Incidents declared from (default: 90 days before `to`)"),
  to: Day.optional().describe("…up to, not including (default: now)"),
  drills: z.enum(["true", "false"]).optional().describe("Include drills (left out by default)"),
});

export const ExportQuery = PeriodQuery.extend({
  table: z
    .enum(["incidents", "weeks"])
    .default("incidents")
    .describe("One row per incident, or per week and severity"),
});

const Stat = z
  .object({ count: z.number().int(), medianMs: Ms, p90Ms: Ms, meanMs: Ms })
  .meta({ id: "DurationStat" });

const Durations = z.object({
  timeToDeclareMs: Stat.describe("Detection to declaration (incidents declared with a detection time)"),
  timeToCommanderMs: Stat.describe("Declaration to the first Incident Commander"),
  timeToFirstCanMs: Stat.describe("Declaration to the first CAN report"),
  timeToMitigateMs: Stat.describe("Detection (else declaration) to first stable"),
  timeToEndMs: Stat.describe("Detection (else declaration) to the end"),
});

const Figures = z
  .object({
    incidents: z.number().int(),
    durations: Durations,
    handovers: z.number().int(),
    commandHandovers: z.number().int(),
    updatesOnTime: z.number().int(),
    updatesMissed: z.number().int(),
    cadenceKept: Share,
    spanWarnings: z.number().int(),
    freelancingMessages: z.number().int(),
    changes: z.number().int(),
    changesRolledBack: z.number().int(),
    postmortems: z.object({
      published: z.number().int(),
      onSchedule: z.number().int(),
      late: z.number().int(),
      pending: z.number().int(),
      none: z.number().int(),
    }),
    postmortemsOnSchedule: Share,
    followUps: z.object({
      total: z.number().int(),
      done: z.number().int(),
      doneOnTime: z.number().int(),
      wontDo: z.number().int(),
      open: z.number().int(),
      overdue: z.number().int(),
    }),
    followUpsOnTime: Share,
  })
  .meta({ id: "InsightFigures" });

const PerSeverity = z.record(z.string(), z.number().nullable());

export const InsightsOut = z
  .object({
    from: When,
    to: When,
    drills: z.boolean(),
    severities: z.array(z.string()).describe("The severities present, most severe first"),
    overall: Figures,
    bySeverity: z
      .array(Figures.extend({ severity: z.string() }))
      .describe("By the highest severity each reached"),
    weeks: z.array(
      z.object({
        week: z.string().describe("Monday (UTC) the week starts"),
        incidents: PerSeverity,
        medianTimeToMitigateMs: PerSeverity,
        medianTimeToEndMs: PerSeverity,
        cadenceKept: Share,
        followUpsOpen: z.number().int().describe("Open at the week's end"),
        followUpsOpened: z.number().int(),
        followUpsClosed: z.number().int(),
      }),
    ),
  })
  .meta({ id: "Insights" });

export const IncidentInsightsOut = z
  .object({
    incidentId: z.string(),
    number: z.number().int(),
    name: z.string(),
    kind: z.enum(["real", "drill", "planned"]),
    severity: z.string().describe("The highest it reached"),
    declaredAt: When,
    detectedAt: When.nullable(),
    mitigatedAt: When.nullable(),
    endedAt: When.nullable(),
    timeToDeclareMs: Ms,
    timeToCommanderMs: Ms,
    timeToFirstCanMs: Ms,
    timeToMitigateMs: Ms,
    timeToEndMs: Ms,
    handovers: z.number().int(),
    commandHandovers: z.number().int(),
    updatesOnTime: z.number().int(),
    updatesMissed: z.number().int(),
    spanWarnings: z.number().int(),
    freelancingMessages: z.number().int(),
    changes: z.number().int(),
    changesRolledBack: z.number().int(),
    followUps: z.array(
      z.object({
        createdAt: When,
        dueAt: When.nullable(),
        closedAt: When.nullable(),
        state: z.enum(["open", "in-progress", "done", "wont-do"]),
      }),
    ),
    postmortem: z.object({ stage: z.string(), publishDue: When, publishedAt: When.nullable() }).nullable(),
  })
  .meta({ id: "IncidentInsights" });
