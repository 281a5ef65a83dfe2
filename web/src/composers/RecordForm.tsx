import { useState } from "react";
import type { Act } from "../api.js";

/** A log entry (key or not) or a decision with its rationale. */
export function RecordForm({ act, decide, onDone }: { act: Act; decide: boolean; onDone: () => void }) {
  const [text, setText] = useState("");
  const [key, setKey] = useState(false);
  const [rationale, setRationale] = useState("");
  const [decision, setDecision] = useState(decide);
  return (
    <form
      aria-label="Log or decision"
      onSubmit={(e) => {
        e.preventDefault();
        const sent = decision
          ? act("POST", "/decisions", { decision: text, rationale })
          : act("POST", "/log", { text, key });
        void sent.then((ok) => {
          if (ok) {
            setText("");
            setRationale("");
            onDone();
          }
        });
      }}
    >
      <label>
        {decision ? "Decision" : "Log entry"}
        <input
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={decision}
          onChange={(e) => {
            setDecision(e.target.checked);
          }}
        />{" "}
        this is a decision
      </label>
      {decision ? (
        <label>
          Because
          <input
            value={rationale}
            onChange={(e) => {
              setRationale(e.target.value);
            }}
          />
        </label>
      ) : (
        <label className="check">
          <input
            type="checkbox"
            checked={key}
            onChange={(e) => {
              setKey(e.target.checked);
            }}
          />{" "}
          key event
        </label>
      )}
      <button type="submit" disabled={!text.trim() || (decision && !rationale.trim())}>
        {decision ? "Record decision" : "Add to log"}
      </button>
    </form>
  );
}
