import { useState } from "react";
import type { Act } from "../api.js";

/** A proposed change: what, why, which system, the risk and how to roll it back. */
export function ChangeForm({ act, onDone }: { act: Act; onDone: () => void }) {
  const empty = { what: "", why: "", system: "", risk: "low", rollbackPlan: "" };
  const [form, setForm] = useState(empty);
  const field = (key: keyof typeof empty, label: string) => (
    <label>
      {label}
      <input
        value={form[key]}
        onChange={(e) => {
          setForm({ ...form, [key]: e.target.value });
        }}
      />
    </label>
  );
  return (
    <form
      aria-label="Propose a change"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/changes", form).then((ok) => {
          if (ok) {
            setForm(empty);
            onDone();
          }
        });
      }}
    >
      {field("what", "Change")}
      {field("why", "Why")}
      {field("system", "System")}
      <label>
        Risk
        <select
          value={form.risk}
          onChange={(e) => {
            setForm({ ...form, risk: e.target.value });
          }}
        >
          <option value="low">low</option>
          <option value="medium">medium</option>
          <option value="high">high (needs clearance)</option>
        </select>
      </label>
      {field("rollbackPlan", "Rollback plan")}
      <button type="submit" disabled={!form.what.trim() || !form.system.trim()}>
        Propose
      </button>
    </form>
  );
}
