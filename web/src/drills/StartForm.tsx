import { useEffect, useState } from "react";
import type { Answer } from "../../../src/contract/client.js";
import type { User } from "../api.js";
import { ApiError, api } from "../api.js";
import type { ScenarioSummary } from "../logic/drills.js";
import { SpeedSelect } from "./SpeedSelect.js";
import { Field, FormError } from "../ui/Field.js";

type Scenario = Extract<Answer<"/api/v1/drill-scenarios/{id}", "get">, { origin: string }>["scenario"];
type Slot = { id: string; brief: string };

/**
 * Starting a drill: who takes part (and who plays each slot) and how fast the clock runs. The
 * facilitator is the one who starts it; they watch and steer, and are not a participant.
 */
export function StartForm({
  scenario,
  started,
  cancel,
}: {
  scenario: ScenarioSummary;
  started: (runId: string) => void;
  cancel: () => void;
}) {
  const [users, setUsers] = useState<User[]>([]);
  const [slots, setSlots] = useState<Slot[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [cast, setCast] = useState<Record<string, string>>({});
  const [speed, setSpeed] = useState(1);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  useEffect(() => {
    void api<{ users: User[] }>("GET", "/users").then((r) => {
      // Roles are shown to admins only; the server refuses anyone who cannot take part.
      setUsers(
        r.users.filter(
          (u) => u.deactivatedAt === null && (u.role ?? "member") !== "viewer" && u.role !== "stakeholder",
        ),
      );
    });
    void api<{ scenario: Scenario }>("GET", `/drill-scenarios/${scenario.id}`).then((r) => {
      setSlots((r.scenario.slots ?? []) as Slot[]);
    });
  }, [scenario.id]);
  const toggle = (handle: string) => {
    setChosen(chosen.includes(handle) ? chosen.filter((h) => h !== handle) : [...chosen, handle]);
  };
  const submit = async () => {
    setError(null);
    try {
      const run = await api<{ id: string }>("POST", "/drills", {
        scenario: scenario.id,
        participants: chosen,
        slots: cast,
        speed,
      });
      started(run.id);
    } catch (e) {
      setError(
        e instanceof ApiError
          ? { message: e.message, field: e.problem.field ?? null }
          : { message: "The drill could not be started; try again.", field: null },
      );
    }
  };
  const fieldError = (f: string) => (error?.field?.startsWith(f) ? error.message : null);
  return (
    <form
      className="panel"
      aria-label={`Start ${scenario.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Start: {scenario.title}</h2>
      <fieldset>
        <legend>Participants</legend>
        <div className="choices">
          {users.map((u) => (
            <label key={u.handle} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(u.handle)}
                onChange={() => {
                  toggle(u.handle);
                }}
              />{" "}
              {u.displayName} ({u.handle})
            </label>
          ))}
        </div>
        {fieldError("participants") && (
          <p className="error inline-error" role="alert">
            {fieldError("participants")}
          </p>
        )}
      </fieldset>
      {slots.map((slot) => (
        <Field
          key={slot.id}
          label={`Who plays "${slot.id}"`}
          hint={slot.brief}
          error={fieldError(`slots.${slot.id}`)}
        >
          {(p) => (
            <select
              {...p}
              value={cast[slot.id] ?? ""}
              onChange={(e) => {
                setCast({ ...cast, [slot.id]: e.target.value });
              }}
            >
              <option value="">choose a participant</option>
              {chosen.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <Field
        label="Speed"
        hint="×1 is real time; ×10 runs a 45-minute scenario in 4½ minutes"
        error={fieldError("speed")}
      >
        {(p) => <SpeedSelect {...p} value={speed} onChange={setSpeed} />}
      </Field>
      <FormError error={error && !error.field?.match(/^(participants|slots|speed)/) ? error.message : null} />
      <div className="row">
        <button type="submit">Start the drill</button>
        <button type="button" className="link" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
