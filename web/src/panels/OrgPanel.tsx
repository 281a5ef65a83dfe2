import { useEffect, useState } from "react";
import type { Abilities, Act, Me, OrgNode, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { AssignForm } from "../Actions.js";
import { Person } from "../badges.js";

/** Everyone placed in the tree, the IC first. */
export function peopleIn(node: OrgNode): string[] {
  return [...(node.person ? [node.person] : []), ...node.directReports.flatMap(peopleIn)];
}

type TreeProps = { node: OrgNode; doc: StatusDoc; can: Abilities; act: Act; people: string[] };

function NodeActions({ person, doc, act, people }: { person: string } & Omit<TreeProps, "node" | "can">) {
  const [moving, setMoving] = useState(false);
  const [to, setTo] = useState("");
  if (moving) {
    return (
      <form
        className="inline-form"
        aria-label={`Move ${person}`}
        onSubmit={(e) => {
          e.preventDefault();
          void act("POST", `/responders/${person}/move`, { supervisor: to || null }).then((ok) => {
            if (ok) setMoving(false);
          });
        }}
      >
        <label>
          Reports to
          <select
            autoFocus
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
            }}
          >
            <option value="">the Incident Commander</option>
            {people
              .filter((p) => p !== person && p !== doc.commander)
              .map((p) => (
                <option key={p}>{p}</option>
              ))}
          </select>
        </label>
        <button type="submit">Move</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setMoving(false);
          }}
        >
          Cancel
        </button>
      </form>
    );
  }
  return (
    <span className="node-actions">
      <button
        className="link"
        aria-label={`Move ${person}`}
        onClick={() => {
          setMoving(true);
        }}
      >
        move
      </button>
      <button
        className="link"
        aria-label={`Release ${person}`}
        onClick={() => void act("DELETE", `/responders/${person}`, {})}
      >
        release
      </button>
    </span>
  );
}

function Tree(props: TreeProps) {
  const { node, doc, can } = props;
  const person = node.person;
  const offers = doc.transfers.filter((t) => t.from === person || t.to === person);
  return (
    <li>
      {person === null ? (
        <strong className="wanted">IC wanted</strong>
      ) : (
        <Person handle={person} roles={node.roles} />
      )}
      {node.acting.length > 0 && <span className="acting"> acting {node.acting.join(", ")}</span>}
      {offers.map((t) => (
        <span key={t.id} className="pending" title="Transfer offered, not yet answered">
          {t.from === person ? ` handing ${t.role} to ${t.to}…` : ` offered ${t.role}…`}
        </span>
      ))}
      {person !== null && person !== doc.commander && can.organise.includes(person) && (
        <NodeActions person={person} doc={doc} act={props.act} people={props.people} />
      )}
      {node.warnings.map((w) => (
        <p key={w.message} className="warning" role="note">
          {w.message}
        </p>
      ))}
      {node.directReports.length > 0 && (
        <ul>
          {node.directReports.map((child) => (
            <Tree key={child.person ?? "vacant"} {...props} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** A responder checks in someone who is working on it but not at a screen (or not yet signed in). */
function CheckInOther({ present, act }: { present: string[]; act: Act }) {
  const [users, setUsers] = useState<string[]>([]);
  const [person, setPerson] = useState("");
  useEffect(() => {
    void api<{ users: { handle: string }[] }>("GET", "/users").then((r) => {
      setUsers(r.users.map((u) => u.handle));
    });
  }, []);
  const others = users.filter((u) => !present.includes(u));
  if (others.length === 0) return null;
  const chosen = others.includes(person) ? person : (others[0] ?? "");
  return (
    <form
      className="inline-form"
      aria-label="Check someone in"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/responders", { person: chosen });
      }}
    >
      <label>
        Check in
        <select
          value={chosen}
          onChange={(e) => {
            setPerson(e.target.value);
          }}
        >
          {others.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary">
        Check them in
      </button>
    </form>
  );
}

/** The org chart, staging and one-click check-in; assign, move and release where allowed. */
export function OrgPanel({
  doc,
  org,
  can,
  me,
  act,
}: {
  doc: StatusDoc;
  org: OrgNode;
  can: Abilities;
  me: Me;
  act: Act;
}) {
  const people = peopleIn(org);
  const supervisors = can.command ? people : people.filter((p) => can.organise.includes(p));
  return (
    <section className="panel" aria-label="Organisation" id="org" tabIndex={-1}>
      <h2>Organisation</h2>
      <ul className="tree">
        <Tree node={org} doc={doc} can={can} act={act} people={people} />
      </ul>
      <h3>Staging</h3>
      {doc.staging.length === 0 && <p className="muted">Nobody is waiting for an assignment.</p>}
      <ul>
        {doc.staging.map((s) => (
          <li key={s.person}>
            <Person handle={s.person} /> {s.skills.join(", ")}
            {s.note ? ` — ${s.note}` : ""}
            {s.person !== doc.commander && can.organise.includes(s.person) && (
              <button
                className="link"
                aria-label={`Release ${s.person}`}
                onClick={() => void act("DELETE", `/responders/${s.person}`, {})}
              >
                release
              </button>
            )}
          </li>
        ))}
      </ul>
      {can.checkIn && (
        <button onClick={() => void act("POST", "/responders", { person: me.handle })}>Check in</button>
      )}
      {can.takeCommand && (
        <button onClick={() => void act("PUT", "/roles/incident-commander", { person: me.handle })}>
          Take command
        </button>
      )}
      {can.report && <CheckInOther present={[...people, ...doc.staging.map((s) => s.person)]} act={act} />}
      {(can.command || supervisors.length > 0) && (
        <AssignForm doc={doc} supervisors={supervisors} toCommander={can.command} act={act} />
      )}
    </section>
  );
}
