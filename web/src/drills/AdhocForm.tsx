import { useState } from "react";
import { ADHOC_KINDS } from "../logic/drills.js";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { useAction } from "../ui/useAction.js";

type Cast = { id: string; name: string };
const ROLES = ["incident-commander", "tech-lead", "comms-lead", "scribe", "deputy"];

/** The facilitator's own inject, sent at once: a message, a finding, a question, a need, a note. */
export function AdhocForm({ runId, cast, sent }: { runId: string; cast: Cast[]; sent: () => void }) {
  const action = useAction();
  const [type, setType] = useState<(typeof ADHOC_KINDS)[number]["type"]>("message");
  const [from, setFrom] = useState(cast[0]?.id ?? "");
  const [to, setTo] = useState("tech-lead");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const kind = ADHOC_KINDS.find((k) => k.type === type) ?? ADHOC_KINDS[0];
  const submit = async () => {
    const act = {
      type,
      text,
      ...(kind.from ? { from } : {}),
      ...(type === "finding" ? { to } : {}),
    };
    if (await action.run("POST", `/drills/${runId}/injects`, { title: title || kind.label, do: act })) {
      setTitle("");
      setText("");
      sent();
    }
  };
  return (
    <form
      className="panel"
      aria-label="Ad-hoc inject"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Add an inject now</h3>
      <Field label="Kind">
        {(p) => (
          <select
            {...p}
            value={type}
            onChange={(e) => {
              setType(e.target.value as typeof type);
            }}
          >
            {ADHOC_KINDS.map((k) => (
              <option key={k.type} value={k.type}>
                {k.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind.from && (
        <Field label="From" error={errorFor(action, "do.from")}>
          {(p) => (
            <select
              {...p}
              value={from}
              onChange={(e) => {
                setFrom(e.target.value);
              }}
            >
              {cast.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {type === "finding" && (
        <Field label="For">
          {(p) => (
            <select
              {...p}
              value={to}
              onChange={(e) => {
                setTo(e.target.value);
              }}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Title (for your list)" error={errorFor(action, "title")}>
        {(p) => (
          <input
            {...p}
            value={title}
            maxLength={120}
            onChange={(e) => {
              setTitle(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label="What it says" error={errorFor(action, "do.text")}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={text}
            required
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        )}
      </Field>
      <FormError error={formError(action, ["do.from", "title", "do.text"])} />
      <button type="submit" disabled={action.pending || text.trim() === ""}>
        Send inject
      </button>
    </form>
  );
}
