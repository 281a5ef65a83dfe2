import { useState } from "react";
import type { Act } from "../api.js";
import { Field } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";

export type FollowUpSource = { kind: "need" | "decision" | "change"; ref: string };

/**
 * "Follow up": turns a need, a decision or a change into a follow-up with an owner and a due
 * date, linked back to what it came from (the postmortem lists it under its source).
 */
export function FollowUpFrom({
  source,
  suggestion,
  what,
  people,
  act,
}: {
  source: FollowUpSource;
  /** The title offered to start from. */
  suggestion: string;
  /** Names the item for the button's accessible name ("the need from ann"). */
  what: string;
  people: string[];
  act: Act;
}) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(suggestion);
  const [owner, setOwner] = useState("");
  const [due, setDue] = useState("");
  const [priority, setPriority] = useState("medium");
  return (
    <>
      <button
        type="button"
        className="link"
        aria-label={`Follow up ${what}`}
        onClick={() => {
          setTitle(suggestion.slice(0, 300));
          setOpen(true);
        }}
      >
        Follow up
      </button>
      <Modal
        open={open}
        onOpenChange={setOpen}
        title="Add a follow-up"
        description={`From ${what}; it stays linked to it.`}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const body = {
              title,
              owner,
              priority,
              source: { ...source, section: null },
              ...(due ? { dueAt: new Date(`${due}T17:00:00`).toISOString() } : {}),
            };
            void act("POST", "/follow-ups", body).then((ok) => {
              if (ok) setOpen(false);
            });
          }}
        >
          <Field label="Follow-up">
            {(p) => (
              <input
                {...p}
                value={title}
                maxLength={300}
                onChange={(e) => {
                  setTitle(e.target.value);
                }}
                required
              />
            )}
          </Field>
          <Field label="Owner">
            {(p) => (
              <select
                {...p}
                value={owner}
                onChange={(e) => {
                  setOwner(e.target.value);
                }}
                required
              >
                <option value="">choose…</option>
                {people.map((h) => (
                  <option key={h}>{h}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Due">
            {(p) => (
              <input
                {...p}
                type="date"
                value={due}
                onChange={(e) => {
                  setDue(e.target.value);
                }}
              />
            )}
          </Field>
          <Field label="Priority">
            {(p) => (
              <select
                {...p}
                value={priority}
                onChange={(e) => {
                  setPriority(e.target.value);
                }}
              >
                <option>high</option>
                <option>medium</option>
                <option>low</option>
              </select>
            )}
          </Field>
          <div className="buttons">
            <button type="submit" disabled={title.trim() === "" || owner === ""}>
              Add follow-up
            </button>
            <Cancel />
          </div>
        </form>
      </Modal>
    </>
  );
}
