import { useEffect, useState } from "react";
import type { Abilities, Act, Me, OrgNode, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { AssignForm } from "../Actions.js";
import { Person } from "../badges.js";
import { span } from "../logic/time.js";
import { useToast } from "../ui/Toast.js";

/** Everyone placed in the tree, the IC first. */
export function peopleIn(node: OrgNode): string[] {
  return [...(node.person ? [node.person] : []), ...node.directReports.flatMap(peopleIn)];
}

type TreeProps = { node: OrgNode; doc: StatusDoc; can: Abilities; act: Act; people: string[] };

/**
 * Releases someone, with an Undo in the toast that puts them back: checked in again, under the
 * same supervisor, with the same role (a release is easy to click by mistake at 3 a.m.).
 */
function useRelease(act: Act) {
  const toast = useToast();
  return (person: string, placed: { supervisor: string | null; role: string | null } | null): void => {
    void act("DELETE", `/responders/${person}`, {}).then((ok) => {
      if (!ok) return;
      toast(`Released ${person}.`, "ok", {
        label: "Undo",
        run: () => {
          void act("POST", "/responders", { person }).then((back) => {
            if (back && placed) {
              void act("POST", `/responders/${person}/assignment`, {
                ...(placed.supervisor ? { supervisor: placed.supervisor } : {}),
                ...(placed.role ? { role: placed.role } : {}),
              });
            }
          });
        },
      });
    });
  };
}

function NodeActions({
  person,
  placed,
  doc,
  act,
  people,
}: { person: string; placed: { supervisor: string | null; role: string | null } } & Omit<
  TreeProps,
  "node" | "can"
>) {
  const release = useRelease(act);
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
        onClick={() => {
          release(person, placed);
        }}
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
        <NodeActions
          person={person}
          placed={{
            supervisor: node.supervisor === doc.commander ? null : node.supervisor,
            role: node.roles[0] ?? null,
          }}
          doc={doc}
          act={props.act}
          people={props.people}
        />
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
  now = Date.now(),
}: {
  doc: StatusDoc;
  org: OrgNode;
  can: Abilities;
  me: Me;
  act: Act;
  now?: number;
}) {
  const release = useRelease(act);
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
      <ul className="staging">
        {doc.staging.map((s) => (
          <li key={s.person} className="staging-card">
            <Person handle={s.person} />
            <span className="muted"> waiting {span(now - Date.parse(s.checkedInAt))}</span>
            {s.skills.length > 0 && (
              <span className="skills">
                {s.skills.map((skill) => (
                  <span key={skill} className="tag">
                    {skill}
                  </span>
                ))}
              </span>
            )}
            {s.note && <div className="muted">{s.note}</div>}
            {s.person !== doc.commander && can.organise.includes(s.person) && (
              <button
                className="link"
                aria-label={`Release ${s.person}`}
                onClick={() => {
                  release(s.person, null);
                }}
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
