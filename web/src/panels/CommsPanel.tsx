import { useEffect, useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import type { Abilities, StatusDoc } from "../api.js";
import { api } from "../api.js";
import { Person } from "../badges.js";
import { UpdateForm } from "../composers/UpdateForm.js";
import { countdown } from "../logic/time.js";
import { FormError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";
import { CommsLinks, Questions } from "./CommsQuestions.js";

type Group = Answer<"/api/v1/stakeholder-groups", "get">["groups"][number];
type Update = StatusDoc["comms"]["updates"][number];

const STATUS_LABEL: Record<Update["status"], string> = {
  "pending-approval": "awaiting the IC's approval",
  published: "sent",
  rejected: "rejected",
};

/** The IC names who hears: stakeholder groups, and `public` for the status page. */
function AudiencePicker({ doc }: { doc: StatusDoc }) {
  const action = useAction();
  const [groups, setGroups] = useState<Group[]>([]);
  const [chosen, setChosen] = useState<string[]>(doc.comms.audiences.map((a) => a.name));
  useEffect(() => {
    void api<{ groups: Group[] }>("GET", "/stakeholder-groups").then(
      (r) => {
        setGroups(r.groups);
      },
      () => undefined,
    );
  }, []);
  const options = [
    ...(doc.visibility === "restricted" ? [] : [{ name: "public", label: "Public status page" }]),
    ...groups.filter((g) => g.name !== "public"),
  ];
  return (
    <form
      className="inline-form audience-picker"
      aria-label="Name the audiences"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run("PUT", `/incidents/${String(doc.number)}/comms/audiences`, { groups: chosen });
      }}
    >
      <fieldset>
        <legend>Audiences</legend>
        {options.map((o) => (
          <label key={o.name}>
            <input
              type="checkbox"
              checked={chosen.includes(o.name)}
              onChange={(e) => {
                setChosen(e.target.checked ? [...chosen, o.name] : chosen.filter((c) => c !== o.name));
              }}
            />{" "}
            {o.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="secondary" disabled={action.pending}>
        Save audiences
      </button>
      <FormError error={action.error} />
    </form>
  );
}

/** An update awaiting approval: the IC approves (optionally editing the headline) or rejects with a reason. */
function Approval({ doc, update }: { doc: StatusDoc; update: Update }) {
  const action = useAction();
  const [title, setTitle] = useState(update.title);
  const [text, setText] = useState(update.text);
  const [reason, setReason] = useState("");
  const base = `/incidents/${String(doc.number)}/comms/updates/${update.id}`;
  return (
    <div className="approval">
      <form
        className="inline-form"
        aria-label={`Approve update ${update.title}`}
        onSubmit={(e) => {
          e.preventDefault();
          const edits = {
            ...(title === update.title ? {} : { title }),
            ...(text === update.text ? {} : { text }),
          };
          void action.run("POST", `${base}/approve`, Object.keys(edits).length === 0 ? {} : { edits });
        }}
      >
        <label>
          Headline
          <input
            value={title}
            maxLength={160}
            onChange={(e) => {
              setTitle(e.target.value);
            }}
          />
        </label>
        <label>
          Message
          <textarea
            value={text}
            rows={3}
            maxLength={8000}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={action.pending}>
          Approve and send
        </button>
      </form>
      <form
        className="inline-form"
        aria-label={`Reject update ${update.title}`}
        onSubmit={(e) => {
          e.preventDefault();
          void action.run("POST", `${base}/reject`, { reason });
        }}
      >
        <label>
          Why not
          <input
            value={reason}
            maxLength={2000}
            onChange={(e) => {
              setReason(e.target.value);
            }}
          />
        </label>
        <button type="submit" className="secondary" disabled={action.pending || reason.trim() === ""}>
          Reject
        </button>
      </form>
      <FormError error={action.error} />
    </div>
  );
}

function UpdateCard({ doc, update, mayApprove }: { doc: StatusDoc; update: Update; mayApprove: boolean }) {
  const label = doc.comms.audiences.find((a) => a.name === update.audience)?.label ?? update.audience;
  return (
    <li className={`comms-update status-${update.status}`}>
      <header>
        <strong>{label}</strong> · {update.stage} · {STATUS_LABEL[update.status]} ·{" "}
        <Person handle={update.draftedBy} />
        {update.edited.length > 0 && <em> (edited on approval: {update.edited.join(", ")})</em>}
      </header>
      <p>
        <strong>{update.title}</strong> — {update.text}
      </p>
      <p className="muted">
        Impact: {update.impact}
        {update.workaround ? ` · Workaround: ${update.workaround}` : ""}
      </p>
      {update.status === "rejected" && update.rejectReason && (
        <p className="muted">Rejected: {update.rejectReason}</p>
      )}
      {update.status === "pending-approval" && mayApprove && <Approval doc={doc} update={update} />}
    </li>
  );
}

/**
 * Communications beyond the responders: who hears (audiences), when each is owed its next
 * update, the updates with their approval, stakeholders' questions, and read-only links.
 */
export function CommsPanel({ doc, can, now }: { doc: StatusDoc; can: Abilities; now: number }) {
  const { comms } = doc;
  const speaks = can.speakFor.length > 0 || can.approveUpdates;
  if (!speaks && comms.updates.length === 0 && !can.nameAudiences) return null;
  return (
    <section className="panel comms" aria-label="Communications" id="comms" tabIndex={-1}>
      <h2>Communications</h2>
      {comms.audiences.length === 0 ? (
        <p className="muted">No audiences named yet: the IC names who hears about this incident.</p>
      ) : (
        <ul className="audiences">
          {comms.audiences.map((a) => {
            const due = comms.nextDue[a.name];
            const left = due ? countdown(due, now) : null;
            return (
              <li key={a.name}>
                {a.label}
                {a.external ? " (outside; the IC approves)" : ""} ·{" "}
                {a.name === "public"
                  ? "the status page and its subscribers"
                  : `${String(a.members.length)} member${a.members.length === 1 ? "" : "s"}`}
                {left && (
                  <span className={left.overdue ? "overdue" : "muted"}> · next update {left.label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {can.nameAudiences && <AudiencePicker key={comms.audiences.map((a) => a.name).join()} doc={doc} />}
      {can.speakFor.length > 0 && <UpdateForm doc={doc} audiences={can.speakFor} />}
      {comms.updates.length > 0 && (
        <ul className="comms-updates" aria-label="Updates">
          {comms.updates.map((u) => (
            <UpdateCard key={u.id} doc={doc} update={u} mayApprove={can.approveUpdates} />
          ))}
        </ul>
      )}
      <Questions doc={doc} can={can} />
      {speaks && doc.visibility !== "restricted" && comms.audiences.length > 0 && (
        <CommsLinks doc={doc} can={can} />
      )}
    </section>
  );
}
