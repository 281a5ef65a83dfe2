import { useState } from "react";
import type { Abilities, Act, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { useDisplayNames } from "../org/useDisplayNames.js";
import { useConfig } from "../useConfig.js";

type FollowUp = StatusDoc["followUps"][number];

const STATES: [FollowUp["state"], string][] = [
  ["open", "open"],
  ["in-progress", "in progress"],
  ["done", "done"],
  ["wont-do", "won't do"],
];

/** The follow-up's issue in the tracker, or the button that asks for one. */
function Tracker({ f, mayTrack, act }: { f: FollowUp; mayTrack: boolean; act: Act }) {
  if (typeof f.tracker === "object") {
    return (
      <a className="tag" href={f.tracker.url} target="_blank" rel="noreferrer noopener">
        {f.tracker.key}
      </a>
    );
  }
  if (f.tracker === "requested") return <span className="muted"> · opening an issue…</span>;
  if (!mayTrack) return null;
  return (
    <button
      type="button"
      className="link"
      aria-label={`Open an issue for “${f.title}”`}
      onClick={() => void act("POST", `/follow-ups/${f.id}/track`)}
    >
      Open an issue
    </button>
  );
}

function Row({
  f,
  mayChange,
  mayTrack,
  act,
}: {
  f: FollowUp;
  mayChange: boolean;
  mayTrack: boolean;
  act: Act;
}) {
  const late =
    f.dueAt !== null && f.state !== "done" && f.state !== "wont-do" && Date.parse(f.dueAt) < Date.now();
  return (
    <li className={`follow-up state-${f.state}`}>
      <strong>{f.title}</strong> — <Person handle={f.owner} />, {f.priority}
      {f.dueAt && (
        <span className={late ? "overdue" : "muted"}>
          {" "}
          due {new Date(f.dueAt).toLocaleDateString()}
          {late ? " (overdue)" : ""}
        </span>
      )}
      {f.source.kind !== "manual" && (
        <span className="muted"> · from {f.source.section ?? f.source.kind}</span>
      )}{" "}
      {mayChange ? (
        <select
          aria-label={`State of "${f.title}"`}
          value={f.state}
          onChange={(e) => {
            const state = e.target.value;
            const reason =
              state === "wont-do" ? (window.prompt("Why will it not be done?") ?? "") : undefined;
            void act("PATCH", `/follow-ups/${f.id}`, { state, ...(reason !== undefined ? { reason } : {}) });
          }}
        >
          {STATES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <span className="tag">{f.state}</span>
      )}
      {f.reason && <span className="muted"> — {f.reason}</span>}{" "}
      <Tracker f={f} mayTrack={mayTrack && mayChange} act={act} />
    </li>
  );
}

/** The incident's follow-ups: each with owner, due date, priority and state; added here too. */
export function FollowUpsPanel({
  doc,
  can,
  me,
  act,
  people,
}: {
  doc: StatusDoc;
  can: Abilities;
  me: string;
  act: Act;
  people: string[];
}) {
  const [form, setForm] = useState({ title: "", owner: "", due: "", priority: "medium" });
  const mayAdd = can.responder || can.wrapUp;
  // After the end everyone is stood down, so anyone known to Muster may own a follow-up.
  const names = useDisplayNames();
  const config = useConfig();
  // A restricted incident's follow-ups never leave Muster.
  const mayTrack = config?.tracker != null && doc.visibility !== "restricted";
  const owners = [...new Set([...people, ...names.keys()])].sort();
  return (
    <section className="panel" aria-label="Follow-ups" id="follow-ups" tabIndex={-1}>
      <h2>Follow-ups</h2>
      {doc.followUps.length === 0 && (
        <p className="muted">None yet: each one gets an owner and a due date.</p>
      )}
      <ul className="follow-ups">
        {doc.followUps.map((f) => (
          <Row
            key={f.id}
            f={f}
            act={act}
            mayChange={can.command || f.owner === me || f.createdBy === me || can.wrapUp}
            mayTrack={mayTrack}
          />
        ))}
      </ul>
      {mayAdd && (
        <form
          className="inline-form"
          aria-label="Add a follow-up"
          onSubmit={(e) => {
            e.preventDefault();
            const body = {
              title: form.title,
              owner: form.owner,
              priority: form.priority,
              source: { kind: doc.status === "ended" ? "postmortem" : "manual", ref: null, section: null },
              ...(form.due ? { dueAt: new Date(`${form.due}T17:00:00`).toISOString() } : {}),
            };
            void act("POST", "/follow-ups", body).then((ok) => {
              if (ok) setForm({ title: "", owner: "", due: "", priority: "medium" });
            });
          }}
        >
          <label>
            Follow-up
            <input
              value={form.title}
              maxLength={300}
              onChange={(e) => {
                setForm({ ...form, title: e.target.value });
              }}
            />
          </label>
          <label>
            Owner
            <select
              value={form.owner}
              onChange={(e) => {
                setForm({ ...form, owner: e.target.value });
              }}
            >
              <option value="">choose…</option>
              {owners.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label>
            Due
            <input
              type="date"
              value={form.due}
              onChange={(e) => {
                setForm({ ...form, due: e.target.value });
              }}
            />
          </label>
          <label>
            Priority
            <select
              value={form.priority}
              onChange={(e) => {
                setForm({ ...form, priority: e.target.value });
              }}
            >
              <option>high</option>
              <option>medium</option>
              <option>low</option>
            </select>
          </label>
          <button type="submit" disabled={form.title.trim() === "" || form.owner === ""}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}
