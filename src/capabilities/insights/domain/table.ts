import type { InsightRow, InsightsReport } from "./aggregate.js";

type Cell = string | number | null;

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 600) / 100);
const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** One row per incident, minutes and counts, for spreadsheets (CSV). */
export function incidentTable(rows: InsightRow[]): Cell[][] {
  const header = [
    "number",
    "name",
    "kind",
    "severity",
    "declared_at",
    "ended_at",
    "minutes_to_declare",
    "minutes_to_commander",
    "minutes_to_first_can",
    "minutes_to_mitigate",
    "minutes_to_end",
    "handovers",
    "command_handovers",
    "updates_on_time",
    "updates_missed",
    "span_warnings",
    "freelancing_messages",
    "changes",
    "changes_rolled_back",
    "follow_ups",
    "follow_ups_done",
    "postmortem_stage",
    "postmortem_published_at",
    "postmortem_due",
  ];
  const body = [...rows]
    .sort((a, b) => a.metrics.number - b.metrics.number)
    .map(({ metrics: m, postmortem: p }): Cell[] => [
      m.number,
      m.name,
      m.kind,
      m.severity,
      m.declaredAt,
      m.endedAt,
      minutes(m.timeToDeclareMs),
      minutes(m.timeToCommanderMs),
      minutes(m.timeToFirstCanMs),
      minutes(m.timeToMitigateMs),
      minutes(m.timeToEndMs),
      m.handovers,
      m.commandHandovers,
      m.updatesOnTime,
      m.updatesMissed,
      m.spanWarnings,
      m.freelancingMessages,
      m.changes,
      m.changesRolledBack,
      m.followUps.length,
      m.followUps.filter((f) => f.state === "done").length,
      p?.stage ?? null,
      p?.publishedAt ?? null,
      p?.publishDue ?? null,
    ]);
  return [header, ...body];
}

/** One row per week and severity: incidents, median minutes to mitigate and end, adherence, follow-ups open. */
export function weekTable(report: InsightsReport): Cell[][] {
  const header = [
    "week",
    "severity",
    "incidents",
    "median_minutes_to_mitigate",
    "median_minutes_to_end",
    "cadence_kept_percent",
    "follow_ups_open",
  ];
  const body = report.weeks.flatMap((w) =>
    report.severities.map((s): Cell[] => [
      w.week,
      s,
      w.incidents[s] ?? 0,
      minutes(w.medianTimeToMitigateMs[s] ?? null),
      minutes(w.medianTimeToEndMs[s] ?? null),
      percent(w.cadenceKept),
      w.followUpsOpen,
    ]),
  );
  return [header, ...body];
}
