import { useCallback, useEffect, useState } from "react";
import type { Me } from "./api.js";
import { api, apiText } from "./api.js";
import type { DrillRun, ScenarioSummary } from "./logic/drills.js";
import { ScenarioEditor } from "./drills/ScenarioEditor.js";
import { StartForm } from "./drills/StartForm.js";
import { RunView } from "./drills/RunView.js";

/** A blank scenario to start writing from. */
const BLANK = `# A Muster drill scenario. Schema: /api/v1/drill-scenarios/schema
id: my-scenario
title: My scenario
summary: One paragraph for the list of scenarios.
brief: What the participants are told at the start.
severity: SEV2
synopsis: "DRILL: what the drill incident is called"
roles: [incident-commander, tech-lead]
participants: { min: 2, max: 6 }
duration: 30m
cast:
  - { id: support, name: "Support lead", as: stakeholder }
injects:
  - id: first-alert
    title: The first alert
    at: 0s
    do: { type: alert, title: Error rate above 5% }
  - id: support-asks
    title: Support asks
    at: 5m
    do: { type: question, from: support, text: What do we tell customers? }
`;

/** Downloads a scenario's file as written (YAML), for version control or another Muster. */
async function exportFile(id: string): Promise<void> {
  const text = await apiText(`/drill-scenarios/${id}`, "application/yaml");
  const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${id}.yaml`;
  a.click();
  URL.revokeObjectURL(url);
}

function Runs({ runs }: { runs: DrillRun[] }) {
  if (runs.length === 0) return <p className="muted">No drills run yet.</p>;
  return (
    <table className="board" aria-label="Drill runs">
      <thead>
        <tr>
          <th>Scenario</th>
          <th>Incident</th>
          <th>Status</th>
          <th>Started</th>
          <th>Facilitator</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={`#/drills/${r.id}`}>{r.scenario.title}</a>
            </td>
            <td>
              {r.incident ? (
                <a href={`#/incidents/${String(r.incident.number)}`}>#{r.incident.number}</a>
              ) : (
                "–"
              )}
            </td>
            <td>{r.status}</td>
            <td>{new Date(r.startedAt).toLocaleString()}</td>
            <td>{r.facilitator}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Drills: the scenario library (shipped and the team's own, written or imported here), starting a
 * run with participants, the runs so far, and a run's facilitator view.
 */
export function Drills({ me, run }: { me: Me; run: string | null }) {
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [runs, setRuns] = useState<DrillRun[]>([]);
  const [starting, setStarting] = useState<ScenarioSummary | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const load = useCallback(async () => {
    setScenarios((await api<{ scenarios: ScenarioSummary[] }>("GET", "/drill-scenarios")).scenarios);
    setRuns((await api<{ runs: DrillRun[] }>("GET", "/drills")).runs);
  }, []);
  useEffect(() => {
    if (!run) void load().catch(() => undefined);
  }, [load, run]);
  if (run) return <RunView id={run} me={me} />;
  const copy = async (id: string) => {
    const text = await apiText(`/drill-scenarios/${id}`, "application/yaml");
    setStarting(null);
    setEditing(text.replace(/^id: .*$/m, `id: ${id}-copy`));
  };
  return (
    <main>
      <header className="bar">
        <a href="#/">← Incidents</a>
        <h1>Drills</h1>
      </header>
      <p className="muted">
        Practise the response before it is real: a drill opens a drill incident for its participants only
        (nobody else is paged or told; every message says DRILL), plays the scenario's injects on its clock,
        and scores the record against the practices.
      </p>
      <table className="board" aria-label="Scenarios">
        <thead>
          <tr>
            <th>Scenario</th>
            <th>Severity</th>
            <th>Length</th>
            <th>Injects</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id}>
              <td>
                <strong>{s.title}</strong>
                {s.origin === "team" ? <span className="badge">ours</span> : null}
                <br />
                <span className="muted">{s.summary}</span>
              </td>
              <td>{s.severity}</td>
              <td>{s.duration}</td>
              <td>{s.injects}</td>
              <td className="actions">
                <button
                  onClick={() => {
                    setEditing(null);
                    setStarting(s);
                  }}
                  aria-label={`Start ${s.title}`}
                >
                  Start
                </button>{" "}
                <button
                  className="link"
                  onClick={() => void copy(s.id)}
                  aria-label={`Edit a copy of ${s.title}`}
                >
                  Edit a copy
                </button>{" "}
                <button
                  className="link"
                  onClick={() => void exportFile(s.id)}
                  aria-label={`Export ${s.title}`}
                >
                  Export
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!editing && !starting && (
        <button
          onClick={() => {
            setEditing(BLANK);
          }}
        >
          Write or import a scenario
        </button>
      )}
      {starting && (
        <StartForm
          scenario={starting}
          started={(id) => {
            location.hash = `#/drills/${id}`;
          }}
          cancel={() => {
            setStarting(null);
          }}
        />
      )}
      {editing !== null && (
        <ScenarioEditor
          initial={editing}
          saved={() => {
            setEditing(null);
            void load();
          }}
          cancel={() => {
            setEditing(null);
          }}
        />
      )}
      <h2>Runs</h2>
      <Runs runs={runs} />
    </main>
  );
}
