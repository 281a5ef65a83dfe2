import type { IncidentMetrics } from "./metrics.js";

/** Where an incident's postmortem stands, for "postmortems on schedule". */
export type PostmortemTrack = { stage: string; publishDue: string; publishedAt: string | null };

/** One ended incident as insights read it. */
export type InsightRow = { metrics: IncidentMetrics; postmortem: PostmortemTrack | null };

/** Median, 90th percentile and mean of one duration over the incidents that have it. */
export type Stat = { count: number; medianMs: number | null; p90Ms: number | null; meanMs: number | null };

export const DURATIONS = [
  "timeToDeclareMs",
  "timeToCommanderMs",
  "timeToFirstCanMs",
  "timeToMitigateMs",
  "timeToEndMs",
] as const;
export type Duration = (typeof DURATIONS)[number];

export type Figures = {
  incidents: number;
  durations: Record<Duration, Stat>;
  handovers: number;
  commandHandovers: number;
  updatesOnTime: number;
  updatesMissed: number;
  /** Share of due updates posted on time (null: none were due). */
  cadenceKept: number | null;
  spanWarnings: number;
  freelancingMessages: number;
  changes: number;
  changesRolledBack: number;
  postmortems: { published: number; onSchedule: number; late: number; pending: number; none: number };
  /** Share of postmortems published by their due date, of those published or past due. */
  postmortemsOnSchedule: number | null;
  followUps: {
    total: number;
    done: number;
    doneOnTime: number;
    wontDo: number;
    open: number;
    overdue: number;
  };
  /** Share of follow-ups with a due date that were done by it, of those done or past due. */
  followUpsOnTime: number | null;
};

export type Week = {
  /** Monday (UTC) the week starts. */
  week: string;
  incidents: Record<string, number>;
  medianTimeToMitigateMs: Record<string, number | null>;
  medianTimeToEndMs: Record<string, number | null>;
  cadenceKept: number | null;
  /** Follow-ups still open at the week's end, and those opened and closed in it. */
  followUpsOpen: number;
  followUpsOpened: number;
  followUpsClosed: number;
};

export type InsightsReport = {
  from: string;
  to: string;
  drills: boolean;
  severities: string[];
  overall: Figures;
  bySeverity: ({ severity: string } & Figures)[];
  weeks: Week[];
};

const WEEK_MS = 7 * 86_400_000;

/** The value at a quantile of sorted numbers (nearest rank). */
function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? null;
}

function stat(values: (number | null)[]): Stat {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const sum = xs.reduce((a, b) => a + b, 0);
  return {
    count: xs.length,
    medianMs: quantile(xs, 0.5),
    p90Ms: quantile(xs, 0.9),
    meanMs: xs.length === 0 ? null : Math.round(sum / xs.length),
  };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const sum = (rows: InsightRow[], f: (m: IncidentMetrics) => number) =>
  rows.reduce((acc, r) => acc + f(r.metrics), 0);

function postmortemFigures(rows: InsightRow[], now: number): Figures["postmortems"] {
  const out = { published: 0, onSchedule: 0, late: 0, pending: 0, none: 0 };
  for (const { postmortem: p } of rows) {
    if (p === null) out.none += 1;
    else if (p.publishedAt !== null) {
      out.published += 1;
      if (p.publishedAt <= p.publishDue) out.onSchedule += 1;
      else out.late += 1;
    } else if (Date.parse(p.publishDue) < now) out.late += 1;
    else out.pending += 1;
  }
  return out;
}

function followUpFigures(rows: InsightRow[], now: number) {
  const out = { total: 0, done: 0, doneOnTime: 0, wontDo: 0, open: 0, overdue: 0 };
  // Only follow-ups with a due date can be on time or late: done by it, or still open past it.
  let byDue = 0;
  let judged = 0;
  for (const f of rows.flatMap((r) => r.metrics.followUps)) {
    out.total += 1;
    const due = f.dueAt === null ? null : Date.parse(f.dueAt);
    if (f.state === "done") {
      out.done += 1;
      const onTime = due === null || (f.closedAt !== null && Date.parse(f.closedAt) <= due);
      if (onTime) out.doneOnTime += 1;
      if (due !== null) {
        judged += 1;
        if (onTime) byDue += 1;
      }
    } else if (f.state === "wont-do") out.wontDo += 1;
    else {
      out.open += 1;
      if (due !== null && due < now) {
        out.overdue += 1;
        judged += 1;
      }
    }
  }
  return { figures: out, onTime: share(byDue, judged) };
}

/** The figures over a set of incidents. */
export function figures(rows: InsightRow[], now: Date): Figures {
  const pm = postmortemFigures(rows, now.getTime());
  const fu = followUpFigures(rows, now.getTime());
  const onTime = sum(rows, (m) => m.updatesOnTime);
  const missed = sum(rows, (m) => m.updatesMissed);
  return {
    incidents: rows.length,
    durations: Object.fromEntries(DURATIONS.map((d) => [d, stat(rows.map((r) => r.metrics[d]))])) as Record<
      Duration,
      Stat
    >,
    handovers: sum(rows, (m) => m.handovers),
    commandHandovers: sum(rows, (m) => m.commandHandovers),
    updatesOnTime: onTime,
    updatesMissed: missed,
    cadenceKept: share(onTime, onTime + missed),
    spanWarnings: sum(rows, (m) => m.spanWarnings),
    freelancingMessages: sum(rows, (m) => m.freelancingMessages),
    changes: sum(rows, (m) => m.changes),
    changesRolledBack: sum(rows, (m) => m.changesRolledBack),
    postmortems: pm,
    postmortemsOnSchedule: share(pm.onSchedule, pm.published + pm.late),
    followUps: fu.figures,
    followUpsOnTime: fu.onTime,
  };
}

/** Monday 00:00 UTC of the week holding a time. */
export function weekOf(at: number): number {
  const d = new Date(at);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

function weeks(rows: InsightRow[], from: number, to: number, severities: string[]): Week[] {
  const byWeek = new Map<number, InsightRow[]>();
  for (const r of rows) {
    const w = weekOf(Date.parse(r.metrics.declaredAt));
    const list = byWeek.get(w);
    if (list) list.push(r);
    else byWeek.set(w, [r]);
  }
  const tracks = rows
    .flatMap((r) => r.metrics.followUps)
    .map((f) => ({
      opened: Date.parse(f.createdAt),
      closed: f.closedAt === null ? Infinity : Date.parse(f.closedAt),
    }));
  const out: Week[] = [];
  for (let w = weekOf(from); w < to; w += WEEK_MS) {
    const inWeek = byWeek.get(w) ?? [];
    const of = (sev: string) => inWeek.filter((r) => r.metrics.severity === sev);
    const median = (sev: string, d: Duration) => stat(of(sev).map((r) => r.metrics[d])).medianMs;
    const end = w + WEEK_MS;
    const onTime = sum(inWeek, (m) => m.updatesOnTime);
    out.push({
      week: new Date(w).toISOString().slice(0, 10),
      incidents: Object.fromEntries(severities.map((s) => [s, of(s).length])),
      medianTimeToMitigateMs: Object.fromEntries(severities.map((s) => [s, median(s, "timeToMitigateMs")])),
      medianTimeToEndMs: Object.fromEntries(severities.map((s) => [s, median(s, "timeToEndMs")])),
      cadenceKept: share(onTime, onTime + sum(inWeek, (m) => m.updatesMissed)),
      followUpsOpen: tracks.filter((t) => t.opened < end && t.closed >= end).length,
      followUpsOpened: tracks.filter((t) => t.opened >= w && t.opened < end).length,
      followUpsClosed: tracks.filter((t) => t.closed >= w && t.closed < end).length,
    });
  }
  return out;
}

/**
 * Insights over the incidents declared in [from, to): the figures overall and per severity
 * (the highest each reached), and week by week for the charts. Drills are left out unless asked.
 */
export function insightsReport(
  rows: InsightRow[],
  options: { from: Date; to: Date; drills: boolean; severities: string[]; now: Date },
): InsightsReport {
  const from = options.from.getTime();
  const to = options.to.getTime();
  const kept = rows.filter((r) => {
    const at = Date.parse(r.metrics.declaredAt);
    return at >= from && at < to && (options.drills || r.metrics.kind !== "drill");
  });
  const seen = new Set(kept.map((r) => r.metrics.severity));
  const severities = [
    ...options.severities.filter((s) => seen.has(s)),
    ...[...seen].filter((s) => !options.severities.includes(s)).sort(),
  ];
  return {
    from: options.from.toISOString(),
    to: options.to.toISOString(),
    drills: options.drills,
    severities,
    overall: figures(kept, options.now),
    bySeverity: severities.map((severity) => ({
      severity,
      ...figures(
        kept.filter((r) => r.metrics.severity === severity),
        options.now,
      ),
    })),
    weeks: weeks(kept, from, to, severities),
  };
}
