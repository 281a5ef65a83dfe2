import type { Abilities, Act, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { FollowUpFrom } from "../composers/FollowUpFrom.js";
import { hasNeed } from "../logic/next-actions.js";
import { span } from "../logic/time.js";

/** One lead's latest CAN as a card: who, how old (stale once older than the update cadence), C, A, N. */
function CanCard({
  report,
  now,
  staleAfterMs,
}: {
  report: StatusDoc["reports"][number];
  now: number;
  staleAfterMs: number;
}) {
  const ageMs = Math.max(0, now - Date.parse(report.at));
  const stale = ageMs > staleAfterMs;
  const need = hasNeed(report.needs);
  return (
    <article
      className={`can-card${stale ? " stale-card" : ""}${need ? " has-need" : ""}`}
      style={{ marginLeft: `${String(Math.min(report.depth, 4))}em` }}
      aria-label={`CAN from ${report.reporter}`}
    >
      <header>
        <Person handle={report.reporter} roles={report.roles} />
        <time dateTime={report.at} className={stale ? "stale" : "muted"}>
          {span(ageMs)} ago{stale ? " — stale" : ""}
        </time>
      </header>
      <dl>
        <dt>Conditions</dt>
        <dd>{report.conditions}</dd>
        <dt>Actions</dt>
        <dd>{report.actions}</dd>
        <dt>Needs</dt>
        <dd className={need ? "need" : "muted"}>{report.needs || "none"}</dd>
      </dl>
    </article>
  );
}

/** CAN reports rolled up by the tree (a card per lead, with age and a stale flag) and the latest decisions. */
export function ReportsPanel({
  doc,
  can,
  people,
  act,
  now,
}: {
  doc: StatusDoc;
  can: Abilities;
  people: string[];
  act: Act;
  now: number;
}) {
  return (
    <section className="panel" aria-label="Reports" id="reports" tabIndex={-1}>
      <h2>CAN reports</h2>
      {doc.reports.length === 0 && <p className="muted">No CAN reports yet: leads send one with + CAN.</p>}
      {doc.reports.map((r) => (
        <CanCard key={r.seq} report={r} now={now} staleAfterMs={doc.cadenceMinutes * 60_000} />
      ))}
      {doc.decisions.length > 0 && <h3>Recent decisions</h3>}
      <ul className="decisions">
        {doc.decisions.map((d) => (
          <li key={d.seq} className="decision-card">
            <strong>{d.decision}</strong>
            <span className="muted">
              <Person handle={d.decidedBy} />{" "}
              <time dateTime={d.at}>
                {new Date(d.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
              </time>{" "}
              ({span(Math.max(0, now - Date.parse(d.at)))} ago)
            </span>
            <span>Because {d.rationale}</span>
            {(can.responder || can.wrapUp) && (
              <FollowUpFrom
                source={{ kind: "decision", ref: String(d.seq) }}
                suggestion={`After "${d.decision}": `}
                what={`the decision "${d.decision}"`}
                people={people}
                act={act}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
