import type { Abilities, Act, Me, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { changeUnderway, startHold } from "../../../src/capabilities/changes/domain/model.js";
import { countdown } from "../logic/time.js";
import { TextAction } from "../TextAction.js";
import { ConcludedChanges } from "./ConcludedChanges.js";

type Change = StatusDoc["changes"][number];

function ChangeRow({
  change,
  others,
  can,
  me,
  act,
  now,
}: {
  change: Change;
  others: readonly Change[];
  can: Abilities;
  me: Me;
  act: Act;
  now: number;
}) {
  const conductor = change.proposedBy === me.handle || change.startedBy === me.handle || can.clearChanges;
  const window = change.objectionWindowEndsAt ? countdown(change.objectionWindowEndsAt, now) : null;
  const openObjections = change.objections.filter((o) => o.status === "open");
  const pending = change.status === "proposed" || change.status === "queued";
  const windowOpen = window !== null && !window.overdue;
  // The same rules the start command applies; only the IC's override gets past them.
  const held = startHold(change, new Date(now).toISOString()) !== null;
  const busy = changeUnderway(others, change.system, change.id);
  const verb = (path: string, body?: unknown) => () =>
    void act("POST", `/changes/${change.id}/${path}`, body);
  return (
    <li className={`change change-${change.status}`}>
      <p>
        <strong>{change.what}</strong> on <code>{change.system}</code> · {change.risk} risk · {change.status}{" "}
        · by <Person handle={change.proposedBy} />
      </p>
      <p className="muted">
        Why: {change.why}. Rollback: {change.rollbackPlan}
      </p>
      {change.status === "proposed" && window && (
        <p className={window.overdue ? "" : "countdown"} aria-live="polite">
          {window.overdue ? "Objection window closed" : `Objection window: ${window.label}`}
        </p>
      )}
      {change.status === "proposed" && change.risk === "high" && !change.clearedBy && (
        <p className="pending">Needs clearance by the TL or IC</p>
      )}
      {openObjections.map((o) => (
        <p key={o.id} className="warning">
          <Person handle={o.by} /> objects: {o.reason}{" "}
          {o.by === me.handle && (
            <button className="link" onClick={verb(`objections/${o.id}/withdraw`)}>
              withdraw my objection
            </button>
          )}
        </p>
      ))}
      {change.result && <p>Observed: {change.result}</p>}
      <div className="buttons">
        {pending && can.report && change.proposedBy !== me.handle && (
          <TextAction
            label={`Reason to object to ${change.what}`}
            hint="Reason to object"
            button="Object"
            send={(reason) => act("POST", `/changes/${change.id}/objections`, { reason })}
          />
        )}
        {pending && !change.clearedBy && can.clearChanges && (change.risk === "high" || windowOpen) && (
          <button onClick={verb("clear")}>Clear</button>
        )}
        {change.status === "proposed" && conductor && !held && (
          <button onClick={verb("start", busy ? { whenFree: true } : {})}>
            {busy ? `Start when ${busy.what} is done` : "Start"}
          </button>
        )}
        {pending && can.overrideChanges && held && (
          <TextAction
            label={`Why start ${change.what} now`}
            hint="Why start it now?"
            button="Override and start"
            danger
            send={(override) => act("POST", `/changes/${change.id}/start`, { override })}
          />
        )}
        {pending && (change.proposedBy === me.handle || can.clearChanges) && (
          <button className="secondary" onClick={verb("withdraw", {})}>
            Withdraw
          </button>
        )}
        {change.status === "in-progress" && conductor && (
          <TextAction
            label={`What ${change.what} did`}
            hint="What did it do?"
            button="Record result"
            send={(result) => act("POST", `/changes/${change.id}/observe`, { result })}
          />
        )}
        {change.status === "observed" && conductor && <button onClick={verb("keep")}>Keep</button>}
        {(change.status === "in-progress" || change.status === "observed") && conductor && (
          <button className="danger" onClick={verb("rollback", {})}>
            Roll back
          </button>
        )}
      </div>
    </li>
  );
}

/** Cautious changes in flight: objection windows counting down, clearance, one per system. */
export function ChangesPanel(props: {
  doc: StatusDoc;
  can: Abilities;
  me: Me;
  act: Act;
  now: number;
  people: string[];
}) {
  const { doc } = props;
  return (
    <section className="panel" aria-label="Changes" id="changes" tabIndex={-1}>
      <h2>Changes</h2>
      <h3>In flight</h3>
      {doc.changes.length === 0 && <p className="muted">No changes in flight.</p>}
      <ul className="changes">
        {doc.changes.map((c) => (
          <ChangeRow key={c.id} change={c} others={doc.changes} {...props} />
        ))}
      </ul>
      <ConcludedChanges doc={doc} can={props.can} people={props.people} act={props.act} />
    </section>
  );
}
