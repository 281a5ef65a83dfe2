import { useState } from "react";
import type { Act } from "../api.js";

const NO_CAN = { conditions: "", actions: "", needs: "none" };

/** A CAN report: conditions, actions, needs (the needs are what the IC reads first). */
export function CanForm({ act, onDone }: { act: Act; onDone: () => void }) {
  const [can, setCan] = useState(NO_CAN);
  return (
    <form
      aria-label="CAN report"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/reports", can).then((ok) => {
          if (ok) {
            setCan(NO_CAN);
            onDone();
          }
        });
      }}
    >
      {(["conditions", "actions", "needs"] as const).map((field) => (
        <label key={field}>
          {field[0]?.toUpperCase()}
          {field.slice(1)}
          <textarea
            value={can[field]}
            onChange={(e) => {
              setCan({ ...can, [field]: e.target.value });
            }}
          />
        </label>
      ))}
      <button type="submit" disabled={!can.conditions.trim() || !can.actions.trim()}>
        Send CAN
      </button>
    </form>
  );
}
