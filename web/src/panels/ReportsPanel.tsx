import { useState } from "react";
import type { Act, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { hasNeed } from "../logic/next-actions.js";
import { span } from "../logic/time.js";

const NO_CAN = { conditions: "", actions: "", needs: "none" };

function CanComposer({ act }: { act: Act }) {
  const [can, setCan] = useState(NO_CAN);
  return (
    <form
      aria-label="CAN report"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/reports", can).then((ok) => {
          if (ok) setCan(NO_CAN);
        });
      }}
    >
      {(["conditions", "actions", "needs"] as const).map((field) => (
        <label key={field}>
          {field[0]?.toUpperCase()}
          {field.slice(1)}
          <textarea
            value={can[field]}
            onChange={(e) => {
              setCan({ ...can, [field]: e.target.value });
            }}
          />
        </label>
      ))}
      <button type="submit" disabled={!can.conditions.trim() || !can.actions.trim()}>
        Send CAN
      </button>
    </form>
  );
}

function LogEntry({ act }: { act: Act }) {
  const [text, setText] = useState("");
  const [key, setKey] = useState(false);
  const [rationale, setRationale] = useState("");
  const [decision, setDecision] = useState(false);
  return (
    <form
      aria-label="Log or decision"
      onSubmit={(e) => {
        e.preventDefault();
        const sent = decision
          ? act("POST", "/decisions", { decision: text, rationale })
          : act("POST", "/log", { text, key });
        void sent.then((ok) => {
          if (ok) {
            setText("");
            setRationale("");
          }
        });
      }}
    >
      <label>
        {decision ? "Decision" : "Log entry"}
        <input
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={decision}
          onChange={(e) => {
            setDecision(e.target.checked);
          }}
        />{" "}
        this is a decision
      </label>
      {decision ? (
        <label>
          Because
          <input
            value={rationale}
            onChange={(e) => {
              setRationale(e.target.value);
            }}
          />
        </label>
      ) : (
        <label className="check">
          <input
            type="checkbox"
            checked={key}
            onChange={(e) => {
              setKey(e.target.checked);
            }}
          />{" "}
          key event
        </label>
      )}
      <button type="submit" disabled={!text.trim() || (decision && !rationale.trim())}>
        {decision ? "Record decision" : "Add to log"}
      </button>
    </form>
  );
}

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

/** CAN reports rolled up by the tree (a card per lead), the composer, and log/decision entry. */
export function ReportsPanel({
  doc,
  mayReport,
  act,
  now,
}: {
  doc: StatusDoc;
  mayReport: boolean;
  act: Act;
  now: number;
}) {
  return (
    <section className="panel" aria-label="Reports" id="reports" tabIndex={-1}>
      <h2>CAN reports</h2>
      {doc.reports.length === 0 && <p className="muted">No CAN reports yet.</p>}
      {doc.reports.map((r) => (
        <CanCard key={r.seq} report={r} now={now} staleAfterMs={doc.cadenceMinutes * 60_000} />
      ))}
      {mayReport && <CanComposer act={act} />}
      {doc.decisions.length > 0 && <h3>Decisions</h3>}
      <ul>
        {doc.decisions.map((d) => (
          <li key={d.seq}>
            {d.decision} — <Person handle={d.decidedBy} />, because {d.rationale}
          </li>
        ))}
      </ul>
      {mayReport && <LogEntry act={act} />}
    </section>
  );
}
