import { useEffect, useState } from "react";
import type { Abilities, Act, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { Person } from "../badges.js";
import { FollowUpFrom } from "../composers/FollowUpFrom.js";

type Change = StatusDoc["changes"][number];

const OUTCOME: Record<string, string> = {
  kept: "kept",
  "rolled-back": "rolled back",
  withdrawn: "withdrawn",
};
const clock = (at: string): string =>
  new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/**
 * Changes that are over (kept, rolled back, withdrawn), newest first, with their objections and
 * what they did: read again whenever a change leaves the list in flight.
 */
export function ConcludedChanges({
  doc,
  can,
  people,
  act,
}: {
  doc: StatusDoc;
  can: Abilities;
  people: string[];
  act: Act;
}) {
  const [all, setAll] = useState<Change[]>([]);
  const inFlight = doc.changes.map((c) => c.id).join(",");
  useEffect(() => {
    let live = true;
    void api<{ changes: Change[] }>("GET", `/incidents/${String(doc.number)}/changes`).then(
      (r) => {
        if (live) setAll(r.changes);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [doc.number, inFlight]);
  const done = all
    .filter((c) => c.concludedAt !== null)
    .sort((a, b) => (b.concludedAt ?? "").localeCompare(a.concludedAt ?? ""));
  if (done.length === 0) return null;
  return (
    <section aria-labelledby="concluded-title">
      <h3 id="concluded-title">Concluded ({done.length})</h3>
      <ul className="changes concluded">
        {done.map((c) => (
          <li key={c.id} className={`change outcome-${c.status}`}>
            <strong>{c.what}</strong> · {c.system} · {c.risk} risk ·{" "}
            <span className="outcome">{OUTCOME[c.status] ?? c.status}</span>
            {c.concludedAt && <span className="muted"> at {clock(c.concludedAt)}</span>}
            <p className="muted">
              Proposed by <Person handle={c.proposedBy} /> at {clock(c.proposedAt)}: {c.why}
            </p>
            {c.objections.map((o) => (
              <p key={o.id}>
                <Person handle={o.by} /> objected: {o.reason}{" "}
                <em className="muted">({o.status === "open" ? "standing" : o.status})</em>
              </p>
            ))}
            {c.override && (
              <p>
                Started over objections by <Person handle={c.override.by} />: {c.override.reason}
              </p>
            )}
            {c.result && <p>Result: {c.result}</p>}
            {(can.responder || can.wrapUp) && (
              <FollowUpFrom
                source={{ kind: "change", ref: c.id }}
                suggestion={
                  c.status === "rolled-back" ? `Why "${c.what}" had to be rolled back` : `After "${c.what}": `
                }
                what={`the change "${c.what}"`}
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
