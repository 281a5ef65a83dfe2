import { useEffect, useState } from "react";
import { Field, FormError, errorFor, formError } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";
import { useAction } from "../ui/useAction.js";
import { QualificationAdvice } from "../ui/Qualification.js";

/** Roles that may be given on assignment (a group lead is made by forming a group). */
export const ASSIGNABLE_ROLES = [
  ["", "no role (responder)"],
  ["tech-lead", "Tech Lead"],
  ["sme", "SME"],
  ["scribe", "Scribe"],
  ["comms-lead", "Comms Lead"],
  ["deputy", "Deputy"],
] as const;

/** A supervisor to choose: the handle (empty for the IC position) and how it reads. */
export type Choice = { value: string; label: string };

type Props = {
  incident: number;
  person: string;
  /** Who the person may be put under: the caller's part of the tree. */
  supervisors: Choice[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** "Reports to": the supervisors the viewer may choose, with the refusal beneath. */
function SupervisorField(props: {
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <Field label="Reports to" error={props.error}>
      {(p) => (
        <select
          {...p}
          value={props.value}
          onChange={(e) => {
            props.onChange(e.target.value);
          }}
        >
          {props.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The keyboard way to place someone from staging: choose a supervisor and a role. */
export function AssignDialog({ incident, person, supervisors, open, onOpenChange }: Props) {
  const action = useAction();
  const [supervisor, setSupervisor] = useState("");
  const [role, setRole] = useState("");
  useEffect(() => {
    // Each opening starts afresh: a role left selected would silently be given to the next person.
    if (open) {
      setSupervisor(supervisors[0]?.value ?? "");
      setRole("");
      action.clear();
    }
  }, [open, action.clear]);
  const assign = async (): Promise<void> => {
    const body = { ...(supervisor ? { supervisor } : {}), ...(role ? { role } : {}) };
    if (await action.run("POST", `/incidents/${String(incident)}/responders/${person}/assignment`, body)) {
      onOpenChange(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Assign ${person}`}>
      <form
        aria-label={`Assign ${person}`}
        onSubmit={(e) => {
          e.preventDefault();
          void assign();
        }}
      >
        <SupervisorField
          choices={supervisors}
          value={supervisor}
          onChange={setSupervisor}
          error={errorFor(action, "supervisor")}
        />
        <Field label="Role" error={errorFor(action, "role")}>
          {(p) => (
            <select
              {...p}
              value={role}
              onChange={(e) => {
                setRole(e.target.value);
              }}
            >
              {ASSIGNABLE_ROLES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <QualificationAdvice person={person} role={role} />
        <FormError error={formError(action, ["supervisor", "role"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending}>
            Assign
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}

/** The keyboard way to move someone in the tree: choose their new supervisor. */
export function MoveDialog({
  incident,
  person,
  supervisors,
  open,
  onOpenChange,
  onMoved,
}: Props & { onMoved: (to: string | null) => void }) {
  const action = useAction();
  const [supervisor, setSupervisor] = useState("");
  useEffect(() => {
    if (open) {
      setSupervisor(supervisors[0]?.value ?? "");
      action.clear();
    }
  }, [open, action.clear]);
  const move = async (): Promise<void> => {
    const body = { supervisor: supervisor || null };
    if (await action.run("POST", `/incidents/${String(incident)}/responders/${person}/move`, body)) {
      onOpenChange(false);
      onMoved(body.supervisor);
    }
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Move ${person}`}>
      <form
        aria-label={`Move ${person}`}
        onSubmit={(e) => {
          e.preventDefault();
          void move();
        }}
      >
        <SupervisorField
          choices={supervisors}
          value={supervisor}
          onChange={setSupervisor}
          error={errorFor(action, "supervisor")}
        />
        <FormError error={formError(action, ["supervisor"])} />
        <div className="buttons">
          <button type="submit" disabled={action.pending || supervisors.length === 0}>
            Move
          </button>
          <Cancel />
        </div>
      </form>
    </Modal>
  );
}
