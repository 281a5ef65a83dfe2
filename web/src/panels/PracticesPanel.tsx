import { useEffect, useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import type { StatusDoc } from "../api.js";
import { ApiError, api } from "../api.js";

type Report = Exclude<Answer<"/api/v1/incidents/{ref}/practices", "get">, string>;
type Practice = Report["practices"][number];

const VERDICT: Record<Practice["verdict"], string> = {
  kept: "✔ kept",
  partly: "◐ partly",
  missed: "✘ missed",
  "not-tested": "– not tested",
};

const percent = (share: number | null) => (share === null ? "–" : `${String(Math.round(share * 100))}%`);

/** This run beside the team's earlier runs of the same scenario: the score and each practice. */
function Earlier({ drill, report }: { drill: NonNullable<Report["drill"]>; report: Report }) {
  if (drill.earlier.length === 0) {
    return <p className="muted">The team's first run of {drill.title}: later runs are compared with it.</p>;
  }
  const runs = drill.earlier.slice(0, 3);
  return (
    <table className="board" aria-label="Compared with earlier runs">
      <caption>Compared with earlier runs of {drill.title}</caption>
      <thead>
        <tr>
          <th>Practice</th>
          <th>This run</th>
          {runs.map((r) => (
            <th key={r.run}>
              <a href={`#/incidents/${String(r.incident)}`}>#{r.incident}</a> {r.startedAt.slice(0, 10)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            <strong>Score</strong>
          </td>
          <td>
            <strong>{percent(report.score)}</strong>
          </td>
          {runs.map((r) => (
            <td key={r.run}>{percent(r.score)}</td>
          ))}
        </tr>
        {report.practices.map((p) => (
          <tr key={p.id}>
            <td>{p.title}</td>
            <td>{VERDICT[p.verdict]}</td>
            {runs.map((r) => (
              <td key={r.run}>{VERDICT[r.verdicts[p.id] as Practice["verdict"]] ?? "–"}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * How the response kept the practices, from its own record: the score, and per practice what
 * happened, the lesson and the events it rests on. For a drill this is its after-action report.
 * It is read when the tab opens and again as the record grows (the room's sequence number).
 */
export function PracticesPanel({ doc }: { doc: StatusDoc }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Report>("GET", `/incidents/${String(doc.number)}/practices`).then(setReport, (e: unknown) => {
      setError(e instanceof ApiError ? e.message : "The report could not be loaded.");
    });
  }, [doc.number, doc.seq]);
  if (error) return <p className="error">{error}</p>;
  if (!report) return <p className="muted">Loading…</p>;
  const title = doc.kind === "drill" ? "After-action report" : "Practice report";
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <p>
        <strong>Score {percent(report.score)}</strong> (pass mark {percent(report.passMark)}):{" "}
        {report.passed ? "passed" : "not passed yet"}.{" "}
        <a href={`/api/v1/incidents/${String(doc.number)}/practices`} className="muted">
          JSON
        </a>
      </p>
      {report.drill && <Earlier drill={report.drill} report={report} />}
      <table className="board practices" aria-label="Practices">
        <thead>
          <tr>
            <th>Practice</th>
            <th>Result</th>
            <th>What happened</th>
          </tr>
        </thead>
        <tbody>
          {report.practices.map((p) => (
            <tr key={p.id} className={`verdict-${p.verdict}`}>
              <td>
                <details>
                  <summary>{p.title}</summary>
                  <p>{p.lesson}</p>
                  {p.evidence.length > 0 && (
                    <p className="muted">
                      Evidence: event{p.evidence.length === 1 ? "" : "s"}{" "}
                      {p.evidence.map((seq) => `#${String(seq)}`).join(", ")} on the timeline
                    </p>
                  )}
                </details>
              </td>
              <td>{VERDICT[p.verdict]}</td>
              <td>{p.finding}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
