import type { StatusDoc } from "../api.js";
import { span } from "../logic/time.js";

type Tracked = StatusDoc["alerts"][number];

function Counts({ g }: { g: Tracked }) {
  return (
    <span className={g.status === "firing" ? "overdue" : "muted"}>
      {g.status === "firing" ? `${String(g.firing)} firing` : "resolved"}
      {g.resolved > 0 && g.status === "firing" ? `, ${String(g.resolved)} resolved` : ""}
    </span>
  );
}

/** The alert groups the incident tracks: counts, the newest alerts (resolved ones marked), links. */
export function AlertsPanel({ doc, now }: { doc: StatusDoc; now: number }) {
  if (doc.alerts.length === 0) return null;
  return (
    <section className="panel" aria-label="Alerts" id="alerts" tabIndex={-1}>
      <h2>Alerts</h2>
      {doc.alerts.map((g) => (
        <article key={g.id} className="alert-group" aria-label={`Alerts: ${g.title}`}>
          <h3>
            {g.title} <span className="muted">from {g.source}</span> · <Counts g={g} />
          </h3>
          <p className="muted">
            First {span(Math.max(0, now - Date.parse(g.firstAt)))} ago · last{" "}
            {span(Math.max(0, now - Date.parse(g.lastAt)))} ago
          </p>
          <ul>
            {g.alerts.map((a) => (
              <li key={a.fingerprint} className={a.status === "resolved" ? "alert-resolved" : ""}>
                {a.status === "resolved" ? <s>{a.summary}</s> : a.summary}
                {a.status === "resolved" && <span className="muted"> (resolved)</span>}
                {a.url && (
                  <>
                    {" "}
                    <a href={a.url} target="_blank" rel="noreferrer noopener">
                      source
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          {g.firing + g.resolved > g.alerts.length && (
            <p className="muted">
              Showing the newest {g.alerts.length} of {g.firing + g.resolved};{" "}
              <a href={`#/alerts/${g.id}`}>all of them</a>.
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
