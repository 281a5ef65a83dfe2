import { useState } from "react";
import type { Abilities, Act, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { countdown, span } from "../logic/time.js";

/** The snapshot: synopsis, staleness, cadence, roles; the IC (or Comms Lead) posts updates. */
export function StatusPanel({
  doc,
  can,
  act,
  now,
}: {
  doc: StatusDoc;
  can: Abilities;
  act: Act;
  now: number;
}) {
  const [update, setUpdate] = useState("");
  // Browser and server clocks differ a little; never show a snapshot from the future.
  const staleMs = Math.max(0, now - Date.parse(doc.updatedAt));
  const due = doc.nextUpdateDueAt ? countdown(doc.nextUpdateDueAt, now) : null;
  return (
    <section className="panel status-doc" aria-label="Status doc" id="status" tabIndex={-1}>
      <h2>Status</h2>
      <p className="synopsis">{doc.synopsis}</p>
      <p className={staleMs > 5 * 60_000 ? "stale" : "fresh"}>
        Snapshot {new Date(doc.updatedAt).toLocaleTimeString()} ({span(staleMs)} ago)
      </p>
      <p>
        Impact: {doc.impact ?? "not yet estimated"} · ETA: {doc.eta ?? "none given"}
      </p>
      {doc.lastUpdate && (
        <article className="update-card" aria-label="Last update">
          <header className="muted">
            Last update · <Person handle={doc.lastUpdate.by} /> ·{" "}
            <time dateTime={doc.lastUpdate.at}>{new Date(doc.lastUpdate.at).toLocaleTimeString()}</time> (
            {span(Math.max(0, now - Date.parse(doc.lastUpdate.at)))} ago)
          </header>
          <p>{doc.lastUpdate.text}</p>
        </article>
      )}
      {due && (
        <p className={doc.updateOverdue || due.overdue ? "overdue" : ""} aria-live="polite">
          Next update every {doc.cadenceMinutes} min: {due.label}
        </p>
      )}
      {doc.summary && <p>Summary: {doc.summary}</p>}
      <ul className="roles">
        {doc.roles.map((r) => (
          <li key={r.role}>
            {r.label}: {r.holders.join(", ") || "vacant"} {r.acting && <em>(acting)</em>}
          </li>
        ))}
      </ul>
      {can.postUpdate && (
        <form
          className="inline-form"
          aria-label="Post an update"
          onSubmit={(e) => {
            e.preventDefault();
            void act("POST", "/updates", { text: update }).then((ok) => {
              if (ok) setUpdate("");
            });
          }}
        >
          <label>
            Update for stakeholders
            <input
              value={update}
              onChange={(e) => {
                setUpdate(e.target.value);
              }}
            />
          </label>
          <button type="submit" disabled={!update.trim()}>
            Post update
          </button>
        </form>
      )}
    </section>
  );
}
