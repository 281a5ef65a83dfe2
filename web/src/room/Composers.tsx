import type { ReactNode } from "react";
import { useCallback, useState } from "react";
import type { Abilities, Act, StatusDoc } from "../api.js";
import { CanForm } from "../composers/CanForm.js";
import { ChangeForm } from "../composers/ChangeForm.js";
import { RecordForm } from "../composers/RecordForm.js";
import { TaskForm } from "../composers/TaskForm.js";
import { FormError } from "../ui/Field.js";
import { Cancel, Modal } from "../ui/Modal.js";
import { useAction } from "../ui/useAction.js";

type Kind = "can" | "task" | "change" | "decision" | "log";

const TITLES: Record<Kind, { button: string; title: string; description: string }> = {
  can: {
    button: "+ CAN",
    title: "CAN report",
    description: "Conditions, actions, needs: for your lead and the IC.",
  },
  task: {
    button: "+ Task",
    title: "Assign a task",
    description: "Time-boxed: the assignee reports back within it.",
  },
  change: {
    button: "+ Change",
    title: "Propose a change",
    description: "Others may object within the window; high risk needs the IC's clearance.",
  },
  decision: {
    button: "+ Decision",
    title: "Record a decision",
    description: "With its rationale, for the record.",
  },
  log: {
    button: "+ Log",
    title: "Add to the log",
    description: "Mark it key to keep it in the postmortem's timeline.",
  },
};

/**
 * The composers, one button each ("+ CAN", "+ Task", "+ Change", "+ Decision", "+ Log") on every
 * tab; each opens in a drawer beside the room, shows its error there, and closes once accepted.
 */
export function Composers({ doc, can, people }: { doc: StatusDoc; can: Abilities; people: string[] }) {
  const [open, setOpen] = useState<Kind | null>(null);
  const action = useAction();
  const act: Act = useCallback(
    (method, path, body) => action.run(method, `/incidents/${String(doc.number)}${path}`, body),
    [action.run, doc.number],
  );
  const close = useCallback(() => {
    setOpen(null);
  }, []);
  const offered: Kind[] = [
    ...(can.report ? (["can"] as const) : []),
    ...(can.assignTasks && people.length > 0 ? (["task"] as const) : []),
    ...(can.report ? (["change", "decision"] as const) : []),
    // The log stays open after the end, for the wrap-up.
    ...(can.report || can.wrapUp ? (["log"] as const) : []),
  ];
  if (offered.length === 0) return null;
  const forms: Record<Kind, ReactNode> = {
    can: <CanForm act={act} onDone={close} />,
    task: <TaskForm doc={doc} people={people} act={act} onDone={close} />,
    change: <ChangeForm act={act} onDone={close} />,
    decision: <RecordForm act={act} decide onDone={close} />,
    log: <RecordForm act={act} decide={false} onDone={close} />,
  };
  return (
    <div className="composers" role="group" aria-label="Add to the record">
      {offered.map((kind) => (
        <button
          key={kind}
          className="secondary"
          onClick={() => {
            action.clear();
            setOpen(kind);
          }}
        >
          {TITLES[kind].button}
        </button>
      ))}
      {open && (
        <Modal
          drawer
          open
          onOpenChange={(o) => {
            if (!o) close();
          }}
          title={TITLES[open].title}
          description={TITLES[open].description}
        >
          <FormError error={action.error} />
          {forms[open]}
          <div className="buttons">
            <Cancel />
          </div>
        </Modal>
      )}
    </div>
  );
}
