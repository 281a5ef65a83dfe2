import { useCallback, useEffect, useState } from "react";
import type { IncidentSummary, Me } from "./api.js";
import { ApiError, api } from "./api.js";

const SEVERITIES = [
  ["SEV1", "Large-scale customer impact, SLA breach or data exposed"],
  ["SEV2", "Core functions unavailable or badly degraded for many customers"],
  ["SEV3", "Minor customer impact or a stability risk"],
  ["SEV4", "Needs action; customers can use the service"],
] as const;

function age(iso: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** The incident board: active first, with severity, status, IC and age; a declare dialog. */
export function Board({ me, open }: { me: Me; open: (number: number) => void }) {
  const [incidents, setIncidents] = useState<IncidentSummary[]>([]);
  const [showEnded, setShowEnded] = useState(false);
  const [declaring, setDeclaring] = useState(false);
  const load = useCallback(async () => {
    const status = showEnded ? "active,stable,ended" : "active,stable";
    setIncidents(
      (await api<{ incidents: IncidentSummary[] }>("GET", `/incidents?status=${status}`)).incidents,
    );
  }, [showEnded]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => {
      clearInterval(timer);
    };
  }, [load]);
  return (
    <main>
      <header className="bar">
        <h1>Incidents</h1>
        <label>
          <input
            type="checkbox"
            checked={showEnded}
            onChange={(e) => {
              setShowEnded(e.target.checked);
            }}
          />{" "}
          show ended
        </label>
        <button
          onClick={() => {
            setDeclaring(true);
          }}
        >
          Declare an incident
        </button>
        <span className="me">Signed in as {me.handle}</span>
      </header>
      {declaring && (
        <Declare
          onDone={(n) => {
            if (n === null) setDeclaring(false);
            else open(n);
          }}
        />
      )}
      <table className="board" aria-label="Incidents">
        <thead>
          <tr>
            <th>#</th>
            <th>Severity</th>
            <th>Name</th>
            <th>Status</th>
            <th>IC</th>
            <th>Age</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((i) => (
            <tr
              key={i.id}
              className={`row-${i.severity} status-${i.status}`}
              onClick={() => {
                open(i.number);
              }}
            >
              <td>{i.number}</td>
              <td>
                <span className={`sev sev-${i.severity}`}>{i.severity}</span>
              </td>
              <td>
                <a href={`#/incidents/${i.number}`}>{i.name}</a>
                {i.kind !== "real" && <span className="tag">{i.kind}</span>}
                {i.visibility === "restricted" && <span className="tag">restricted</span>}
              </td>
              <td>{i.status}</td>
              <td>{i.commander ?? <strong className="wanted">IC wanted</strong>}</td>
              <td>{age(i.declaredAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {incidents.length === 0 && <p className="empty">No incidents. Good.</p>}
    </main>
  );
}

/** The declare dialog: synopsis, severity with definitions, name, kind, visibility, "I will be TL". */
function Declare({ onDone }: { onDone: (number: number | null) => void }) {
  const [synopsis, setSynopsis] = useState("");
  const [severity, setSeverity] = useState("SEV2");
  const [name, setName] = useState("");
  const [kind, setKind] = useState("real");
  const [restricted, setRestricted] = useState(false);
  const [asTechLead, setAsTechLead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    try {
      const doc = await api<{ number: number }>("POST", "/incidents", {
        synopsis,
        severity,
        kind,
        ...(name.trim() ? { name } : {}),
        ...(restricted ? { visibility: "restricted" } : {}),
        ...(asTechLead ? { declarerRole: "tech-lead" } : {}),
      });
      onDone(doc.number);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not declare.");
    }
  };
  return (
    <section className="dialog" role="dialog" aria-label="Declare an incident">
      <h2>Declare an incident</h2>
      <label>
        What is happening?
        <textarea
          value={synopsis}
          onChange={(e) => {
            setSynopsis(e.target.value);
          }}
          required
        />
      </label>
      <fieldset>
        <legend>Severity (when unsure, pick the higher)</legend>
        {SEVERITIES.map(([level, definition]) => (
          <label key={level} className="severity-choice">
            <input
              type="radio"
              name="severity"
              value={level}
              checked={severity === level}
              onChange={() => {
                setSeverity(level);
              }}
            />
            <strong>{level}</strong> {definition}
          </label>
        ))}
      </fieldset>
      <label>
        Name (leave empty for a codename)
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </label>
      <label>
        Kind
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
          }}
        >
          <option value="real">real</option>
          <option value="drill">drill</option>
          <option value="planned">planned</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={restricted}
          onChange={(e) => {
            setRestricted(e.target.checked);
          }}
        />{" "}
        Restricted (only responders see it)
      </label>
      <label>
        <input
          type="checkbox"
          checked={asTechLead}
          onChange={(e) => {
            setAsTechLead(e.target.checked);
          }}
        />{" "}
        I will be Tech Lead — find an IC
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button onClick={() => void submit()} disabled={synopsis.trim() === ""}>
          Declare
        </button>
        <button
          className="secondary"
          onClick={() => {
            onDone(null);
          }}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
