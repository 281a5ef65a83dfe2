import { useState } from "react";
import type { StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { openNeeds } from "../logic/next-actions.js";
import { countdown, span } from "../logic/time.js";
import { InboxBell } from "./InboxBell.js";
import { EditDetails } from "./IncidentDialogs.js";
import { IncidentMenu } from "./IncidentMenu.js";
import type { RoomView } from "./view.js";

const STEPS = ["active", "stable", "ended"] as const;

/** The severity badge; for those in command, a button that changes it (with a reason). */
function Severity({ doc, mayChange }: { doc: StatusDoc; mayChange: boolean }) {
  const [open, setOpen] = useState(false);
  if (!mayChange) {
    return (
      <span className={`sev sev-${doc.severity}`} title={doc.severityDefinition ?? undefined}>
        {doc.severity}
      </span>
    );
  }
  return (
    <>
      <button
        className={`sev sev-${doc.severity} sev-button`}
        title={doc.severityDefinition ?? undefined}
        aria-label={`Severity ${doc.severity}: change it`}
        onClick={() => {
          setOpen(true);
        }}
      >
        {doc.severity} ▾
      </button>
      <EditDetails doc={doc} open={open} onOpenChange={setOpen} />
    </>
  );
}

/** The roles `me` holds now, acting ones included (the IC acts in every vacant role). */
export function myRoles(doc: StatusDoc, me: string): string[] {
  return doc.roles.filter((r) => r.holders.includes(me)).map((r) => r.role);
}

/**
 * The command bar, sticky on every incident page: what an IC needs at a glance (severity,
 * status, who commands, how long, my roles, when the next update is due, open needs) and the
 * state of the connection, impossible to miss when it is lost.
 */
export function CommandBar({ doc, can, me, now, connected, go }: RoomView) {
  const until = doc.endedAt ? Date.parse(doc.endedAt) : now;
  const due = doc.nextUpdateDueAt ? countdown(doc.nextUpdateDueAt, now) : null;
  const overdue = doc.updateOverdue || (due?.overdue ?? false);
  const needs = openNeeds(doc).length;
  const mine = myRoles(doc, me.handle);
  return (
    <section className="command-bar" aria-label="Command bar">
      <div className="command-row">
        <a href="#/" className="back">
          ← Incidents
        </a>
        <Severity doc={doc} mayChange={can.command} />
        <h1>
          {doc.name} <small>#{doc.number}</small>
        </h1>
        {doc.kind !== "real" && <span className={`kind kind-${doc.kind}`}>{doc.kind.toUpperCase()}</span>}
        <ol className="stepper" aria-label="Status">
          {STEPS.map((step) => (
            <li
              key={step}
              className={step === doc.status ? "current" : undefined}
              aria-current={step === doc.status ? "step" : undefined}
            >
              {step}
            </li>
          ))}
        </ol>
        <span className={connected ? "live" : "offline"} role="status">
          {connected ? "● live" : "● offline"}
        </span>
        <InboxBell />
        <IncidentMenu doc={doc} can={can} />
      </div>
      <dl className="command-facts">
        <div>
          <dt>IC</dt>
          <dd>
            {doc.commander ? <Person handle={doc.commander} /> : <strong className="wanted">nobody</strong>}
            {doc.command.away && (
              <span className="pending">
                {" "}
                acting for {doc.command.away.commander} until{" "}
                {new Date(doc.command.away.until).toLocaleTimeString([], {
                  hour: "2-digit",
                  minute: "2-digit",
                })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{doc.endedAt ? "Lasted" : "Running"}</dt>
          <dd>{span(until - Date.parse(doc.declaredAt))}</dd>
        </div>
        <div>
          <dt>You</dt>
          <dd>
            {mine.length > 0 ? (
              <Person handle={me.handle} roles={mine} />
            ) : can.responder ? (
              "responder"
            ) : (
              "not checked in"
            )}
          </dd>
        </div>
        {due && (
          <div className={overdue ? "overdue" : undefined}>
            <dt>Next update</dt>
            <dd>
              {overdue && !due.overdue ? "overdue" : due.label}
              {!connected && <span className="stale-mark"> (stale)</span>}
            </dd>
          </div>
        )}
        <div className={needs > 0 ? "attention" : undefined}>
          <dt>Open needs</dt>
          <dd>
            {needs > 0 ? (
              <button
                className="link"
                aria-label={`${String(needs)} open needs: show them`}
                onClick={() => {
                  go("needs");
                }}
              >
                {needs}
              </button>
            ) : (
              "0"
            )}
          </dd>
        </div>
        {doc.links.length > 0 && (
          <div className="command-links">
            <dt>Links</dt>
            <dd>
              {doc.links.map((l) => (
                <a key={l.url + l.label} href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {!connected && (
        <p className="offline-banner" role="alert">
          Connection lost — reconnecting. What you see may be out of date, and countdowns are stale until it
          is back.
        </p>
      )}
    </section>
  );
}
