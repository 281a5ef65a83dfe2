import { useState } from "react";
import type { Act, StatusDoc } from "../api.js";
import { Person } from "../badges.js";

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

/** CAN reports rolled up by the tree, the composer, and log/decision entry. */
export function ReportsPanel({ doc, mayReport, act }: { doc: StatusDoc; mayReport: boolean; act: Act }) {
  return (
    <section className="panel" aria-label="Reports" id="reports" tabIndex={-1}>
      <h2>CAN reports</h2>
      {doc.reports.length === 0 && <p className="muted">No CAN reports yet.</p>}
      {doc.reports.map((r) => (
        <div key={r.seq} className="can" style={{ marginLeft: `${String(r.depth)}em` }}>
          <Person handle={r.reporter} roles={r.roles} /> C: {r.conditions} · A: {r.actions} · N: {r.needs}
        </div>
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
