import { useCallback, useEffect, useState } from "react";
import type { EventEnvelope, Me, StatusDoc } from "./api.js";
import { ApiError, api, followIncident } from "./api.js";
import { AssignForm, EndIncident, Handover } from "./Actions.js";
import { Person } from "./badges.js";

type OrgNode = {
  person: string | null;
  roles: string[];
  acting: string[];
  directReports: OrgNode[];
  warnings: { message: string }[];
};

function Tree({ node }: { node: OrgNode }) {
  return (
    <li>
      {node.person === null ? (
        <strong className="wanted">IC wanted</strong>
      ) : (
        <Person handle={node.person} roles={node.roles} />
      )}
      {node.acting.length > 0 && <span className="acting"> acting {node.acting.join(", ")}</span>}
      {node.warnings.map((w) => (
        <p key={w.message} className="warning">
          {w.message}
        </p>
      ))}
      {node.directReports.length > 0 && (
        <ul>
          {node.directReports.map((child) => (
            <Tree key={child.person ?? "vacant"} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

function peopleIn(node: OrgNode): string[] {
  return [...(node.person ? [node.person] : []), ...node.directReports.flatMap(peopleIn)];
}

/** The command post for one incident, kept live from its event stream. */
export function IncidentRoom({ number, me }: { number: number; me: Me }) {
  const [doc, setDoc] = useState<StatusDoc | null>(null);
  const [org, setOrg] = useState<OrgNode | null>(null);
  const [events, setEvents] = useState<EventEnvelope[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [can, setCan] = useState({ conditions: "", actions: "", needs: "none" });
  const [now, setNow] = useState(Date.now());
  const ref = String(number);
  const refresh = useCallback(async () => {
    setDoc(await api<StatusDoc>("GET", `/incidents/${ref}`));
    setOrg((await api<{ root: OrgNode }>("GET", `/incidents/${ref}/org`)).root);
  }, [ref]);
  useEffect(() => {
    setEvents([]);
    void refresh().catch((e: unknown) => {
      setError(e instanceof ApiError ? e.message : "Cannot load the incident.");
    });
    // The stream carries events; the permission-checked snapshot is re-read after each batch.
    const stop = followIncident(ref, (batch) => {
      setEvents((old) => [...old, ...batch]);
      void refresh();
    });
    const tick = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      stop();
      clearInterval(tick);
    };
  }, [ref, refresh]);
  const act = async (method: string, path: string, body?: unknown): Promise<void> => {
    try {
      setError(null);
      await api(method, `/incidents/${ref}${path}`, body);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "That did not work.");
    }
  };
  if (!doc) {
    return (
      <main>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : (
          <p>Loading…</p>
        )}
      </main>
    );
  }
  const inTree = org ? peopleIn(org) : [];
  const checkedIn = inTree.includes(me.handle) || doc.staging.some((s) => s.person === me.handle);
  // Browser and server clocks differ a little; never show a snapshot from the future.
  const staleSeconds = Math.max(0, Math.round((now - Date.parse(doc.updatedAt)) / 1000));
  return (
    <main className="room">
      <header className="bar">
        <a href="#/">← Incidents</a>
        <h1>
          <span className={`sev sev-${doc.severity}`}>{doc.severity}</span> {doc.name}{" "}
          <small>#{doc.number}</small>
        </h1>
        <span className={`status status-${doc.status}`}>{doc.status}</span>
        {doc.status !== "ended" && doc.commander === me.handle && <EndIncident act={act} />}
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <section className="panel status-doc" aria-label="Status doc">
        <h2>Status</h2>
        <p>{doc.synopsis}</p>
        <p className={staleSeconds > 300 ? "stale" : "fresh"}>
          Updated {new Date(doc.updatedAt).toLocaleTimeString()} ({staleSeconds}s ago)
        </p>
        <p>
          Impact: {doc.impact ?? "not yet estimated"} · ETA: {doc.eta ?? "none given"}
        </p>
        {doc.nextUpdateDueAt && (
          <p className={doc.updateOverdue ? "overdue" : ""}>
            Next update due {new Date(doc.nextUpdateDueAt).toLocaleTimeString()}
            {doc.updateOverdue ? " — overdue" : ""}
          </p>
        )}
        <ul className="roles">
          {doc.roles.map((r) => (
            <li key={r.role}>
              {r.label}: {r.holders.join(", ") || "vacant"} {r.acting && <em>(acting)</em>}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-label="Organisation">
        <h2>Organisation</h2>
        {org && (
          <ul className="tree">
            <Tree node={org} />
          </ul>
        )}
        <h3>Staging</h3>
        <ul>
          {doc.staging.map((s) => (
            <li key={s.person}>
              {s.person} {s.skills.join(", ")}
            </li>
          ))}
        </ul>
        {!checkedIn && doc.status !== "ended" && (
          <button onClick={() => void act("POST", "/responders", { person: me.handle })}>Check in</button>
        )}
        {doc.status !== "ended" && <AssignForm doc={doc} people={inTree} act={act} />}
      </section>
      {doc.status !== "ended" && <Handover doc={doc} me={me} people={inTree} act={act} incident={ref} />}
      <section className="panel" aria-label="CAN report">
        <h2>CAN report</h2>
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
        <button
          onClick={() =>
            void act("POST", "/reports", can).then(() => {
              setCan({ conditions: "", actions: "", needs: "none" });
            })
          }
        >
          Send CAN
        </button>
        {doc.reports.map((r) => (
          <div key={r.seq} className="can" style={{ marginLeft: `${r.depth}em` }}>
            <Person handle={r.reporter} roles={r.roles} /> C: {r.conditions} · A: {r.actions} · N: {r.needs}
          </div>
        ))}
      </section>
      <section className="panel timeline" aria-label="Timeline">
        <h2>Timeline</h2>
        <ol>
          {events.map((e) => (
            <li key={e.seq}>
              <time>{new Date(e.at).toLocaleTimeString()}</time>{" "}
              <Person handle={e.actor} roles={e.actorRoles} /> {e.type}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
