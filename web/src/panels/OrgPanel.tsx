import { useState } from "react";
import type { Abilities, Act, Me, OrgNode, StatusDoc } from "../api.js";
import type { Choice } from "../org/OrgDialogs.js";
import { AssignDialog, MoveDialog } from "../org/OrgDialogs.js";
import type { Dragged } from "../org/OrgChart.js";
import { OrgChart, findNode, peopleUnder } from "../org/OrgChart.js";
import { Staging } from "../org/Staging.js";
import { useRelease } from "../org/useRelease.js";
import { useDisplayNames } from "../org/useDisplayNames.js";
import { useConfig } from "../useConfig.js";
import { useToast } from "../ui/Toast.js";

/** Everyone placed in the tree, the IC first. */
export const peopleIn = peopleUnder;

function supervisorOf(node: OrgNode, person: string, above: string | null = null): string | null | undefined {
  if (node.person === person) return above;
  for (const child of node.directReports) {
    const found = supervisorOf(child, person, node.person);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A responder checks in someone who is working on it but not at a screen (or not yet signed in). */
function CheckInOther({ everyone, present, act }: { everyone: string[]; present: string[]; act: Act }) {
  const [person, setPerson] = useState("");
  const others = everyone.filter((u) => !present.includes(u));
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

type Props = { doc: StatusDoc; org: OrgNode; can: Abilities; me: Me; act: Act; now?: number };

/**
 * The org chart and staging: assign by dragging a staging card onto a box (or Assign… from the
 * keyboard), move and release in place with undo, check in yourself or someone else.
 */
export function OrgPanel({ doc, org, can, me, act, now = Date.now() }: Props) {
  const release = useRelease(act);
  const toast = useToast();
  const names = useDisplayNames();
  const config = useConfig();
  const [dragging, setDragging] = useState<Dragged | null>(null);
  const [assigning, setAssigning] = useState<string | null>(null);
  // Who is being moved, and where they were (for the undo).
  const [moving, setMoving] = useState<{ person: string; back: string | null } | null>(null);
  const people = peopleIn(org);
  const under = (except: string[], purpose: "assign" | "move" = "assign"): Choice[] =>
    supervisorChoices(org, doc, can, names, except, purpose);
  const movingNode = moving ? findNode(org, moving.person) : null;
  const backOf = (person: string): string | null => {
    const from = supervisorOf(org, person) ?? null;
    return from === doc.commander ? null : from;
  };
  const moved = (person: string, to: string | null, back: string | null): void => {
    toast(`Moved ${person} under ${to || "the Incident Commander"}.`, "ok", {
      label: "Undo",
      run: () => void act("POST", `/responders/${person}/move`, { supervisor: back }),
    });
  };
  const move = (person: string, to: string | null): void => {
    const back = backOf(person);
    void act("POST", `/responders/${person}/move`, { supervisor: to }).then((ok) => {
      if (ok) moved(person, to, back);
    });
  };
  const drop = (d: Dragged, to: string | null): void => {
    if (d.from === "chart") {
      move(d.person, to);
      return;
    }
    void act("POST", `/responders/${d.person}/assignment`, to ? { supervisor: to } : {}).then((ok) => {
      if (ok) toast(`Assigned ${d.person} under ${to ?? "the Incident Commander"}.`);
    });
  };
  return (
    <section className="panel" aria-label="Organisation" id="org" tabIndex={-1}>
      <h2>Organisation</h2>
      <OrgChart
        org={org}
        doc={doc}
        can={can}
        names={names}
        spanMax={config?.spanOfControlMax ?? 7}
        dragging={dragging}
        setDragging={setDragging}
        drop={drop}
        askMove={(person) => {
          setMoving({ person, back: backOf(person) });
        }}
        release={release}
      />
      {[org, ...allNodes(org)].flatMap((n) =>
        n.warnings.map((w) => (
          <p key={w.message} className="warning" role="note">
            {w.message}
          </p>
        )),
      )}
      <Staging
        doc={doc}
        names={names}
        now={now}
        mayPlace={under([]).length > 0}
        mayRelease={(p) => can.organise.includes(p)}
        setDragging={setDragging}
        askAssign={setAssigning}
        release={(p) => {
          release(p, null);
        }}
      />
      <div className="buttons">
        {can.checkIn && (
          <button onClick={() => void act("POST", "/responders", { person: me.handle })}>Check in</button>
        )}
        {can.takeCommand && (
          <button onClick={() => void act("PUT", "/roles/incident-commander", { person: me.handle })}>
            Take command
          </button>
        )}
      </div>
      {can.report && (
        <CheckInOther
          everyone={[...names.keys()].sort()}
          present={[...people, ...doc.staging.map((s) => s.person)]}
          act={act}
        />
      )}
      <AssignDialog
        incident={doc.number}
        person={assigning ?? ""}
        supervisors={under([])}
        open={assigning !== null}
        onOpenChange={(open) => {
          if (!open) setAssigning(null);
        }}
      />
      <MoveDialog
        incident={doc.number}
        person={moving?.person ?? ""}
        supervisors={under(movingNode ? peopleUnder(movingNode) : [], "move")}
        open={moving !== null}
        onOpenChange={(open) => {
          if (!open) setMoving(null);
        }}
        onMoved={(to) => {
          if (moving) moved(moving.person, to, moving.back);
        }}
      />
    </section>
  );
}

/**
 * Whom the viewer may put someone under. Assigning from staging follows `can.staff` (the IC, the
 * Deputy, group leads within their group); moving follows `can.organise` (their own branch, or
 * anyone for those in command). `except` leaves people out (the one moved and their branch).
 */
export function supervisorChoices(
  org: OrgNode,
  doc: StatusDoc,
  can: Abilities,
  names: ReadonlyMap<string, string>,
  except: string[],
  purpose: "assign" | "move" = "assign",
): Choice[] {
  const label = (p: string): string => (names.has(p) ? `${names.get(p) ?? p} (${p})` : p);
  const commander = doc.commander ? `, ${label(doc.commander)}` : "";
  const allowed = (p: string): boolean =>
    purpose === "assign" ? can.staff.includes(p) : can.command || can.organise.includes(p);
  const toCommander = purpose === "assign" ? can.staff.includes("") : can.command;
  return [
    ...(toCommander ? [{ value: "", label: `the Incident Commander${commander}` }] : []),
    ...peopleIn(org)
      .filter((p) => p !== doc.commander && !except.includes(p) && allowed(p))
      .map((p) => ({ value: p, label: label(p) })),
  ];
}

function allNodes(node: OrgNode): OrgNode[] {
  return node.directReports.flatMap((c) => [c, ...allNodes(c)]);
}
