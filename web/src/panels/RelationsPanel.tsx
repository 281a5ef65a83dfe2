import { useEffect, useState } from "react";
import type { Abilities, Act, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { Person } from "../badges.js";
import type { Answer } from "../../../src/contract/client.js";
import { span } from "../logic/time.js";

type Relations = StatusDoc["relations"];
type Conflicts = Answer<"/api/v1/incidents/{ref}/conflicts", "get">["conflicts"];

const KIND: Record<Relations["links"][number]["kind"], string> = {
  related: "Related to",
  "duplicate-of": "Duplicate of",
  "duplicated-by": "Duplicated by",
  "caused-by": "Caused by",
  causes: "Cause of",
};

function IncidentLink({ incident }: { incident: { number: number; name: string } }) {
  return (
    <a href={`#/incidents/${String(incident.number)}`}>
      #{incident.number} {incident.name}
    </a>
  );
}

/** People also committed to another running incident; refreshed as the response changes. */
function useConflicts(doc: StatusDoc): Conflicts {
  const [conflicts, setConflicts] = useState<Conflicts>([]);
  const people = `${String(doc.responderCounts.assigned)}/${String(doc.responderCounts.available)}/${String(doc.relations.children.length)}`;
  useEffect(() => {
    let live = true;
    const load = (): void => {
      api<{ conflicts: Conflicts }>("GET", `/incidents/${String(doc.number)}/conflicts`)
        .then((r) => {
          if (live) setConflicts(r.conflicts);
        })
        .catch(() => undefined);
    };
    load();
    // Other incidents change too; look again now and then.
    const every = setInterval(load, 30_000);
    return () => {
      live = false;
      clearInterval(every);
    };
  }, [doc.number, people]);
  return conflicts;
}

/** An umbrella's roll-up: each child's status, severity, IC, Liaison, last CAN and open needs. */
function Children({ relations, now }: { relations: Relations; now: number }) {
  return (
    <table className="rollup" aria-label="Incidents under this umbrella">
      <thead>
        <tr>
          <th>Incident</th>
          <th>Status</th>
          <th>IC</th>
          <th>Liaison</th>
          <th>Last CAN</th>
          <th>Open needs</th>
        </tr>
      </thead>
      <tbody>
        {relations.children.map((c) => (
          <tr key={c.incident.id}>
            <td>
              <IncidentLink incident={c.incident} />{" "}
              <span className={`sev sev-${c.severity}`}>{c.severity}</span>
            </td>
            <td>{c.status}</td>
            <td>
              {c.commander ? <Person handle={c.commander} /> : <strong className="wanted">IC wanted</strong>}
            </td>
            <td>{c.liaison ? <Person handle={c.liaison} /> : <strong className="wanted">missing</strong>}</td>
            <td>
              {c.lastCan ? (
                <>
                  {c.lastCan.conditions}{" "}
                  <span className="muted">
                    ({c.lastCan.reporter}, {span(Math.max(0, now - Date.parse(c.lastCan.at)))} ago)
                  </span>
                </>
              ) : (
                <span className="muted">none yet</span>
              )}
            </td>
            <td className={c.openNeeds.length > 0 ? "need" : "muted"}>{c.openNeeds.join("; ") || "none"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A child's Liaison to its umbrella: shown, or missing with a form for those in command. */
function Parent({ doc, can, act, people }: { doc: StatusDoc; can: Abilities; act: Act; people: string[] }) {
  const parent = doc.relations.parent;
  const [choice, setChoice] = useState("");
  if (!parent) return null;
  return (
    <div>
      <p>
        Under umbrella <IncidentLink incident={parent} />. Liaison to it:{" "}
        {parent.liaison ? <Person handle={parent.liaison} /> : <strong className="wanted">missing</strong>}
      </p>
      {can.command && (
        <form
          className="inline-form"
          aria-label="Name the Liaison to the umbrella"
          onSubmit={(e) => {
            e.preventDefault();
            void act("PUT", "/roles/liaison:umbrella", { person: choice });
          }}
        >
          <label>
            Liaison to the umbrella
            <select
              value={choice}
              onChange={(e) => {
                setChoice(e.target.value);
              }}
            >
              <option value="">choose…</option>
              {people.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="secondary" disabled={choice === "" || parent.liaison !== null}>
            Name Liaison
          </button>
        </form>
      )}
    </div>
  );
}

/** Meta-response on the Overview: the umbrella's roll-up, the umbrella above, links, merges, conflicts. */
export function RelationsPanel({
  doc,
  can,
  act,
  people,
  now,
}: {
  doc: StatusDoc;
  can: Abilities;
  act: Act;
  people: string[];
  now: number;
}) {
  const r = doc.relations;
  const conflicts = useConflicts(doc);
  const empty = !r.umbrella && !r.parent && r.links.length === 0 && !r.mergedInto && r.absorbed.length === 0;
  if (empty && conflicts.length === 0) return null;
  return (
    <section className="panel" aria-label="Related incidents" id="relations" tabIndex={-1}>
      <h2>{r.umbrella ? "Umbrella: the incidents it coordinates" : "Related incidents"}</h2>
      {r.umbrella &&
        (r.children.length > 0 ? (
          <Children relations={r} now={now} />
        ) : (
          <p className="muted">
            No incidents under this umbrella yet: their ICs put them under it from their incident menu.
          </p>
        ))}
      <Parent doc={doc} can={can} act={act} people={people} />
      {r.mergedInto && (
        <p>
          Merged into <IncidentLink incident={r.mergedInto} />.
        </p>
      )}
      {r.links.length > 0 && (
        <ul className="relations">
          {r.links.map((l) => (
            <li key={l.incident.id}>
              {KIND[l.kind]} <IncidentLink incident={l.incident} />
              {(can.report || can.wrapUp) && (
                <button
                  className="link"
                  aria-label={`Remove the link to #${String(l.incident.number)}`}
                  onClick={() => void act("DELETE", `/relations/${String(l.incident.number)}`)}
                >
                  unlink
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {r.absorbed.map((a) => (
        <details key={a.incident.id}>
          <summary>
            Merged in from <IncidentLink incident={a.incident} />: {a.responders.join(", ") || "nobody"}{" "}
            checked in
          </summary>
          <ul>
            {a.keyEntries.map((k) => (
              <li key={k.seq}>
                <a href={`#/incidents/${String(a.incident.number)}`}>{new Date(k.at).toLocaleTimeString()}</a>{" "}
                {k.text}
              </li>
            ))}
          </ul>
        </details>
      ))}
      {conflicts.length > 0 && (
        <>
          <h3>Also committed elsewhere</h3>
          <ul className="conflicts" aria-label="People in more than one incident">
            {conflicts.map((c) => (
              <li key={c.person}>
                <Person handle={c.person} />:{" "}
                {c.incidents.map((i, k) => (
                  <span key={i.id}>
                    {k > 0 && "; "}
                    <IncidentLink incident={i} /> ({i.standing}
                    {i.roles.length > 0 ? `, ${i.roles.join(", ")}` : ""})
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <p className="muted">Moving someone: release them in one incident, check them in to the other.</p>
        </>
      )}
    </section>
  );
}
