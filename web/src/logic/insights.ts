import type { Answer } from "../../../src/contract/client.js";

export type Insights = Answer<"/api/v1/insights", "get">;

/** A chart's data: x labels (weeks) and named series, with a colour each. */
export type ChartData = {
  title: string;
  unit: string;
  x: string[];
  series: { label: string; color: string; values: (number | null)[] }[];
  /** Bars stacked one on another (counts), or lines (durations, shares). */
  stacked: boolean;
  /** A fixed top of the scale (100 for percentages). */
  max?: number;
};

const SEVERITY_COLORS = ["#c62828", "#b23c00", "#f9a825", "#546e7a", "#6a1b9a", "#00838f"];

/** A severity's colour: the board's, by rank (most severe first). */
export function severityColor(severities: string[], severity: string): string {
  const i = severities.indexOf(severity);
  return SEVERITY_COLORS[i < 0 ? SEVERITY_COLORS.length - 1 : i % SEVERITY_COLORS.length] ?? "#546e7a";
}

const minutes = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : Math.round(ms / 6000) / 10;

/** Median minutes to mitigate (or to end) per severity, week by week. */
export function mttxChart(r: Insights, which: "mitigate" | "end"): ChartData {
  return {
    title: which === "mitigate" ? "Median time to mitigate by severity" : "Median time to end by severity",
    unit: "minutes",
    x: r.weeks.map((w) => w.week),
    stacked: false,
    series: r.severities.map((s) => ({
      label: s,
      color: severityColor(r.severities, s),
      values: r.weeks.map((w) =>
        minutes(which === "mitigate" ? w.medianTimeToMitigateMs[s] : w.medianTimeToEndMs[s]),
      ),
    })),
  };
}

/** Incidents declared per week, stacked by severity. */
export function incidentsChart(r: Insights): ChartData {
  return {
    title: "Incidents per week by severity",
    unit: "incidents",
    x: r.weeks.map((w) => w.week),
    stacked: true,
    series: r.severities.map((s) => ({
      label: s,
      color: severityColor(r.severities, s),
      values: r.weeks.map((w) => w.incidents[s] ?? 0),
    })),
  };
}

/** Share of due updates posted on time, week by week. */
export function cadenceChart(r: Insights): ChartData {
  return {
    title: "Update cadence kept",
    unit: "% on time",
    x: r.weeks.map((w) => w.week),
    stacked: false,
    max: 100,
    series: [
      {
        label: "on time",
        color: "#2e7d32",
        values: r.weeks.map((w) => (w.cadenceKept === null ? null : Math.round(w.cadenceKept * 1000) / 10)),
      },
    ],
  };
}

/** Follow-ups open at each week's end, with those opened and closed in it. */
export function burnDownChart(r: Insights): ChartData {
  return {
    title: "Follow-up burn-down",
    unit: "follow-ups",
    x: r.weeks.map((w) => w.week),
    stacked: false,
    series: [
      { label: "open", color: "#1f5fbf", values: r.weeks.map((w) => w.followUpsOpen) },
      { label: "opened", color: "#b23c00", values: r.weeks.map((w) => w.followUpsOpened) },
      { label: "closed", color: "#2e7d32", values: r.weeks.map((w) => w.followUpsClosed) },
    ],
  };
}

/** Stacks series: each becomes the running total up to it (drawn tallest first). */
export function stack(series: (number | null)[][]): number[][] {
  const totals: number[][] = [];
  series.forEach((values, i) => {
    totals.push(values.map((v, j) => (v ?? 0) + (i === 0 ? 0 : (totals[i - 1]?.[j] ?? 0))));
  });
  return totals;
}

/** A duration for people: "45 s", "12 min", "3.5 h", "2.1 d" (— when none). */
export function duration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 60_000) return `${String(Math.round(ms / 1000))} s`;
  if (ms < 3_600_000) return `${String(Math.round(ms / 60_000))} min`;
  if (ms < 86_400_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

/** A share as a percentage (— when nothing was due). */
export function percent(share: number | null): string {
  return share === null ? "—" : `${String(Math.round(share * 100))}%`;
}
