import { useEffect, useMemo, useState } from "react";
import type { IncidentSummary, Me } from "./api.js";
import { followIncidentList } from "./api.js";
import { Person } from "./badges.js";
import { Declare } from "./Declare.js";
import { InboxBell } from "./room/InboxBell.js";
import { boardRows, groupUnderUmbrellas, severityRanker, upsertRows } from "./logic/board.js";
import { OverduePostmortems } from "./OverduePostmortems.js";
import { age, nextUpdateLabel } from "./logic/time.js";
import { useConfig } from "./useConfig.js";
import { useNow } from "./useIncident.js";

/**
 * The incident board, live from the list stream: active first, severity, status, IC, age and
 * the update cadence; filters for ended incidents and drills; a declare dialog.
 */
export function Board({
  me,
  open,
  signOut,
}: {
  me: Me;
  open: (number: number) => void;
  signOut: () => void;
}) {
  const [rows, setRows] = useState<Map<string, IncidentSummary>>(new Map());
  const [ready, setReady] = useState(false);
  const [connected, setConnected] = useState(false);
  const [showEnded, setShowEnded] = useState(false);
  const [showDrills, setShowDrills] = useState(true);
  const [declaring, setDeclaring] = useState(false);
  const now = useNow();
  useEffect(() => {
    setRows(new Map());
    setReady(false);
    return followIncidentList(
      showEnded ? "active,stable,ended" : "active,stable",
      (incoming, done) => {
        setRows((old) => upsertRows(old, incoming));
        if (done) setReady(true);
      },
      setConnected,
    );
  }, [showEnded]);
  const config = useConfig();
  const incidents = useMemo(
    () =>
      boardRows(
        rows,
        { ended: showEnded, drills: showDrills },
        config ? severityRanker(config.severities.map((s) => s.level)) : undefined,
      ),
    [rows, showEnded, showDrills, config],
  );
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
        <label>
          <input
            type="checkbox"
            checked={showDrills}
            onChange={(e) => {
              setShowDrills(e.target.checked);
            }}
          />{" "}
          show drills
        </label>
        <button
          onClick={() => {
            setDeclaring(true);
          }}
        >
          Declare an incident
        </button>
        <span className={connected ? "live" : "offline"} role="status">
          {connected ? "live" : "reconnecting…"}
        </span>
        <a href="#/people">People</a>
        <a href="#/insights">Insights</a>
        <a href="#/stakeholders">Stakeholders</a>
        <a href="#/alerts">Alerts</a>
        <a href="#/on-call">On call</a>
        <a href="#/drills">Drills</a>
        <InboxBell />
        <span className="me">Signed in as {me.handle}</span>
        <button className="link" onClick={signOut}>
          Sign out
        </button>
      </header>
      {declaring && (
        <Declare
          onDone={(n) => {
            if (n === null) setDeclaring(false);
            else open(n);
          }}
        />
      )}
      <OverduePostmortems />
      <table className="board" aria-label="Incidents">
        <thead>
          <tr>
            <th>#</th>
            <th>Severity</th>
            <th>Name</th>
            <th>Status</th>
            <th>IC</th>
            <th>Age</th>
            <th>Next update</th>
          </tr>
        </thead>
        <tbody>
          {groupUnderUmbrellas(incidents).map(({ row: i, child }) => {
            const cadence = nextUpdateLabel(i, now);
            return (
              <tr
                key={i.id}
                className={`row-${i.severity} status-${i.status} kind-row-${i.kind}${child ? " umbrella-child" : ""}`}
                onClick={() => {
                  open(i.number);
                }}
              >
                <td>{i.number}</td>
                <td>
                  <span className={`sev sev-${i.severity}`}>{i.severity}</span>
                </td>
                <td>
                  {child && (
                    <span className="under" aria-label={`under umbrella #${String(i.parent?.number ?? "")}`}>
                      ↳{" "}
                    </span>
                  )}
                  <a href={`#/incidents/${String(i.number)}`}>{i.name}</a>
                  {i.umbrella && <span className="tag umbrella">umbrella</span>}
                  {i.kind !== "real" && <span className={`kind kind-${i.kind}`}>{i.kind.toUpperCase()}</span>}
                  {i.visibility === "restricted" && <span className="tag">restricted</span>}
                  <div className="muted synopsis">{i.synopsis}</div>
                </td>
                <td>{i.status}</td>
                <td>
                  {i.commander ? (
                    <Person handle={i.commander} roles={["incident-commander"]} />
                  ) : (
                    <strong className="wanted">IC wanted</strong>
                  )}
                </td>
                <td>{age(i.declaredAt, now)}</td>
                <td className={cadence?.overdue ? "overdue" : ""}>{cadence?.label ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ready && incidents.length === 0 && <p className="empty">No incidents. Good.</p>}
    </main>
  );
}
