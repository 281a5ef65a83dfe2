import { useEffect, useMemo, useState } from "react";
import { ApiError, api } from "../api.js";
import type { Insights } from "../logic/insights.js";
import {
  burnDownChart,
  cadenceChart,
  duration,
  incidentsChart,
  mttxChart,
  percent,
} from "../logic/insights.js";
import { Chart } from "./Chart.js";

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

const DURATIONS = [
  ["timeToDeclareMs", "Time to declare", "detection to declaration"],
  ["timeToCommanderMs", "Time to an IC", "declaration to the first Incident Commander"],
  ["timeToFirstCanMs", "Time to first CAN", "declaration to the first CAN report"],
  ["timeToMitigateMs", "Time to mitigate", "detection (else declaration) to stable"],
  ["timeToEndMs", "Time to end", "detection (else declaration) to the end"],
] as const;

/** Downloads a CSV through the API (with the session cookie) under a useful file name. */
async function download(query: string, table: "incidents" | "weeks"): Promise<void> {
  const response = await fetch(`/api/v1/insights/export?${query}&table=${table}`);
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = `muster-insights-${table}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

/** Insights over ended incidents: MTTx, discipline figures and four charts, for a period. */
export default function InsightsPage() {
  const [from, setFrom] = useState(day(new Date(Date.now() - 90 * DAY)));
  const [to, setTo] = useState(day(new Date(Date.now() + DAY)));
  const [drills, setDrills] = useState(false);
  const [report, setReport] = useState<Insights | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = `from=${from}&to=${to}&drills=${String(drills)}`;
  useEffect(() => {
    let live = true;
    api<Insights>("GET", `/insights?${query}`).then(
      (r) => {
        if (!live) return;
        setReport(r);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(e instanceof ApiError ? e.message : "Insights could not be loaded.");
      },
    );
    return () => {
      live = false;
    };
  }, [query]);
  const charts = useMemo(
    () =>
      report
        ? [mttxChart(report, "mitigate"), incidentsChart(report), cadenceChart(report), burnDownChart(report)]
        : [],
    [report],
  );
  const o = report?.overall;
  return (
    <main className="insights">
      <header className="bar">
        <a href="#/">← Incidents</a>
        <h1>Insights</h1>
      </header>
      <form
        className="inline-form"
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <label>
          From{" "}
          <input
            type="date"
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
            }}
            required
          />
        </label>
        <label>
          To{" "}
          <input
            type="date"
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
            }}
            required
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={drills}
            onChange={(e) => {
              setDrills(e.target.checked);
            }}
          />{" "}
          include drills
        </label>
        <button type="button" className="link" onClick={() => void download(query, "incidents")}>
          CSV per incident
        </button>
        <button type="button" className="link" onClick={() => void download(query, "weeks")}>
          CSV per week
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {o && report && (
        <>
          <p role="status">
            {o.incidents === 0
              ? "No ended incidents were declared in this period."
              : `${String(o.incidents)} ended incident${o.incidents === 1 ? "" : "s"} declared ${report.from.slice(0, 10)} – ${report.to.slice(0, 10)}${report.drills ? ", drills included" : ""}.`}
          </p>
          <table className="board" aria-label="Times by severity">
            <thead>
              <tr>
                <th scope="col">Median (90th percentile)</th>
                <th scope="col">All</th>
                {report.bySeverity.map((s) => (
                  <th scope="col" key={s.severity}>
                    {s.severity} ({s.incidents})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DURATIONS.map(([key, label, hint]) => (
                <tr key={key}>
                  <th scope="row" title={hint}>
                    {label}
                  </th>
                  {[o, ...report.bySeverity].map((f, i) => (
                    <td key={i}>
                      {duration(f.durations[key].medianMs)}{" "}
                      <span className="muted">({duration(f.durations[key].p90Ms)})</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="figures" aria-label="Discipline">
            <div>
              <dt>Update cadence kept</dt>
              <dd>
                {percent(o.cadenceKept)}{" "}
                <span className="muted">
                  ({o.updatesOnTime} on time, {o.updatesMissed} missed)
                </span>
              </dd>
            </div>
            <div>
              <dt>Postmortems on schedule</dt>
              <dd>
                {percent(o.postmortemsOnSchedule)}{" "}
                <span className="muted">
                  ({o.postmortems.onSchedule} on time, {o.postmortems.late} late, {o.postmortems.pending}{" "}
                  pending)
                </span>
              </dd>
            </div>
            <div>
              <dt>Follow-ups done on time</dt>
              <dd>
                {percent(o.followUpsOnTime)}{" "}
                <span className="muted">
                  ({o.followUps.done} done, {o.followUps.open} open, {o.followUps.overdue} overdue)
                </span>
              </dd>
            </div>
            <div>
              <dt>Handovers</dt>
              <dd>
                {o.handovers} <span className="muted">({o.commandHandovers} of command)</span>
              </dd>
            </div>
            <div>
              <dt>Span-of-control warnings</dt>
              <dd>{o.spanWarnings}</dd>
            </div>
            <div>
              <dt>Freelancing messages</dt>
              <dd>{o.freelancingMessages}</dd>
            </div>
            <div>
              <dt>Changes rolled back</dt>
              <dd>
                {o.changesRolledBack} <span className="muted">of {o.changes}</span>
              </dd>
            </div>
          </dl>
          <div className="charts">
            {charts.map((c) => (
              <Chart key={c.title} chart={c} />
            ))}
          </div>
        </>
      )}
    </main>
  );
}
