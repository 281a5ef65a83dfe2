import { useState } from "react";
import type { Abilities, Act, StatusDoc } from "../api.js";
import { FollowUpFrom } from "../composers/FollowUpFrom.js";
import { Person } from "../badges.js";
import { span } from "../logic/time.js";
import { FormError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";

type Need = StatusDoc["needs"][number];

/** One open need: who asked whom, how long ago, and the answer and hand-off forms for those who may. */
function NeedCard({
  doc,
  need,
  can,
  people,
  now,
  act,
}: {
  doc: StatusDoc;
  need: Need;
  can: Abilities;
  people: string[];
  now: number;
  act: Act;
}) {
  const action = useAction();
  const [answer, setAnswer] = useState("");
  const [assignee, setAssignee] = useState("");
  const base = `/incidents/${String(doc.number)}/needs/${need.id}`;
  const mayAnswer = can.answerNeeds.includes(need.id);
  // Those who may answer without having been given it are the ones who direct it.
  const mayGive = mayAnswer && need.assignee !== can.person;
  return (
    <article className="need-card" aria-label={`Need from ${need.from}`}>
      <header>
        <Person handle={need.from} /> → {need.to ? <Person handle={need.to} /> : "the IC"}
        <span className="muted"> {span(Math.max(0, now - Date.parse(need.raisedAt)))} ago</span>
        {need.assignee && (
          <span>
            {" "}
            · with <Person handle={need.assignee} />
          </span>
        )}
      </header>
      <p className="need">
        {need.text}{" "}
        {(can.responder || can.wrapUp) && (
          <FollowUpFrom
            source={{ kind: "need", ref: need.id }}
            suggestion={need.text}
            what={`the need from ${need.from}`}
            people={people}
            act={act}
          />
        )}
      </p>
      {mayAnswer && (
        <form
          className="inline-form"
          aria-label={`Answer ${need.from}'s need`}
          onSubmit={(e) => {
            e.preventDefault();
            void action.run("POST", `${base}/answer`, { answer }).then((ok) => {
              if (ok) setAnswer("");
            });
          }}
        >
          <label>
            Answer
            <input
              value={answer}
              maxLength={2000}
              placeholder="What was done or decided"
              onChange={(e) => {
                setAnswer(e.target.value);
              }}
            />
          </label>
          <button type="submit" disabled={action.pending || answer.trim() === ""}>
            Answer
          </button>
        </form>
      )}
      {mayGive && (
        <form
          className="inline-form"
          aria-label={`Give ${need.from}'s need to someone`}
          onSubmit={(e) => {
            e.preventDefault();
            void action.run("POST", `${base}/assign`, { assignee });
          }}
        >
          <label>
            Give to
            <select
              value={assignee}
              onChange={(e) => {
                setAssignee(e.target.value);
              }}
            >
              <option value="">choose…</option>
              {people.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="secondary" disabled={action.pending || assignee === ""}>
            Give
          </button>
        </form>
      )}
      <FormError error={action.error} />
    </article>
  );
}

/** Needs from CAN reports that nobody has answered yet: the IC's (or a lead's) open requests. */
export function NeedsPanel({
  doc,
  can,
  people,
  now,
  act,
}: {
  doc: StatusDoc;
  can: Abilities;
  people: string[];
  now: number;
  act: Act;
}) {
  return (
    <section className="panel" aria-label="Open needs" id="needs" tabIndex={-1}>
      <h2>Open needs{doc.needs.length > 0 ? ` (${String(doc.needs.length)})` : ""}</h2>
      {doc.needs.length === 0 && (
        <p className="muted">No open needs: what a CAN asks for shows here until answered.</p>
      )}
      {doc.needs.map((n) => (
        <NeedCard key={n.id} doc={doc} need={n} can={can} people={people} now={now} act={act} />
      ))}
    </section>
  );
}
