import { useState } from "react";
import type { Abilities, Act, Me, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { countdown } from "../logic/time.js";
import { TextAction } from "../TextAction.js";
import { ConfirmButton } from "../ui/Confirm.js";

type Task = StatusDoc["plan"]["tasks"][number];

type RowProps = { task: Task; me: Me; act: Act; now: number; base: string; mayCommand: boolean };

function TaskRow({ task, me, act, now, base, mayCommand }: RowProps) {
  const open = task.status === "assigned" || task.status === "acknowledged";
  const due = countdown(task.dueAt, now);
  const mine = task.assignee === me.handle;
  return (
    <li className={`task task-${task.status}`}>
      <Person handle={task.assignee} /> {task.task}{" "}
      {open ? (
        <span className={due.overdue ? "overdue" : "countdown"}>{due.label}</span>
      ) : (
        <em>{task.status}</em>
      )}
      {task.status === "assigned" && <span className="pending"> not acknowledged</span>}
      {task.lastReport && <span className="muted"> — {task.lastReport.note}</span>}
      {open && (task.assignedBy === me.handle || mayCommand) && (
        <ConfirmButton
          label="cancel…"
          ariaLabel={`Cancel ${task.task}`}
          title={`Cancel "${task.task}"`}
          description={`${task.assignee} stops work on it and its timer stops; the reason goes on the record.`}
          note="Why (optional)"
          confirm="Cancel the task"
          request={(reason) => ({
            method: "POST",
            path: `${base}/tasks/${task.id}/cancel`,
            body: reason ? { reason } : {},
          })}
        />
      )}
      {mine && open && (
        <span className="buttons">
          {task.status === "assigned" && (
            <button className="link" onClick={() => void act("POST", `/tasks/${task.id}/ack`)}>
              acknowledge
            </button>
          )}
          <ConfirmButton
            label="done…"
            ariaLabel={`Mark ${task.task} done`}
            title={`Mark "${task.task}" done`}
            description="Done closes the task and stops its timer; say what you found for the IC and the record."
            note="What you found (optional)"
            confirm="Mark done"
            request={(note) => ({
              method: "POST",
              path: `${base}/tasks/${task.id}/reports`,
              body: { note: note || "done", done: true },
            })}
          />
          <button
            className="link"
            onClick={() =>
              void act("POST", `/tasks/${task.id}/reports`, { note: "need more time", extendMinutes: 10 })
            }
          >
            +10 min
          </button>
          <TextAction
            label={`Progress on ${task.task}`}
            hint="What have you found?"
            button="Report"
            send={(note) => act("POST", `/tasks/${task.id}/reports`, { note })}
          />
        </span>
      )}
    </li>
  );
}

function ObjectiveForm({ people, act }: { people: string[]; act: Act }) {
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  return (
    <form
      className="inline-form"
      aria-label="Set an objective"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/objectives", { text, owner: owner || people[0] }).then((ok) => {
          if (ok) setText("");
        });
      }}
    >
      <label>
        Objective (an outcome)
        <input
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </label>
      <label>
        Owner
        <select
          value={owner || people[0]}
          onChange={(e) => {
            setOwner(e.target.value);
          }}
        >
          {people.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!text.trim()}>
        Add objective
      </button>
    </form>
  );
}

/** The action plan by objectives for this operational period, with time-boxed tasks. */
export function PlanPanel(props: {
  doc: StatusDoc;
  can: Abilities;
  me: Me;
  people: string[];
  act: Act;
  now: number;
}) {
  const { doc, can, me, people, act, now } = props;
  const plan = doc.plan;
  const ends = countdown(plan.periodEndsAt, now);
  const base = `/incidents/${String(doc.number)}`;
  const isOpen = (t: Task): boolean => t.status === "assigned" || t.status === "acknowledged";
  const openObjectives = plan.objectives.filter((o) => o.state === "open").length;
  const openTasks = [...plan.tasks, ...plan.objectives.flatMap((o) => o.tasks)].filter(isOpen).length;
  return (
    <section className="panel" aria-label="Action plan" id="plan" tabIndex={-1}>
      <h2>Action plan</h2>
      <p className="muted">
        Period {plan.period}, ends {new Date(plan.periodEndsAt).toLocaleTimeString()} ({ends.label})
        {can.command && (
          <ConfirmButton
            label="start next period…"
            title={`Start period ${String(plan.period + 1)}`}
            description={`Open objectives (${String(openObjectives)}) and open tasks (${String(openTasks)}) carry over into the new period; its length follows the severity.`}
            confirm={`Start period ${String(plan.period + 1)}`}
            request={() => ({ method: "POST", path: `${base}/periods`, body: {} })}
          />
        )}
      </p>
      {plan.objectives.length === 0 && plan.tasks.length === 0 && (
        <p className="muted">No objectives yet. The IC sets outcomes; tasks serve them.</p>
      )}
      <ol className="objectives">
        {plan.objectives.map((o) => (
          <li key={o.id} className={`objective objective-${o.state}`}>
            <strong>{o.text}</strong> — <Person handle={o.owner} /> <em>{o.state}</em>
            {can.command && o.state === "open" && (
              <button
                className="link"
                onClick={() => void act("PATCH", `/objectives/${o.id}`, { state: "achieved" })}
              >
                achieved
              </button>
            )}
            <ul>
              {o.tasks.map((t) => (
                <TaskRow
                  key={t.id}
                  task={t}
                  me={me}
                  act={act}
                  now={now}
                  base={base}
                  mayCommand={can.command}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <ul>
        {plan.tasks.map((t) => (
          <TaskRow key={t.id} task={t} me={me} act={act} now={now} base={base} mayCommand={can.command} />
        ))}
      </ul>
      {can.command && people.length > 0 && <ObjectiveForm people={people} act={act} />}
    </section>
  );
}
