import { useState } from "react";
import type { Abilities, Act, Me, StatusDoc } from "../api.js";
import { Person } from "../badges.js";
import { countdown } from "../logic/time.js";
import { TextAction } from "../TextAction.js";

type Task = StatusDoc["plan"]["tasks"][number];

function TaskRow({ task, me, act, now }: { task: Task; me: Me; act: Act; now: number }) {
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
      {mine && open && (
        <span className="buttons">
          {task.status === "assigned" && (
            <button className="link" onClick={() => void act("POST", `/tasks/${task.id}/ack`)}>
              acknowledge
            </button>
          )}
          <button
            className="link"
            onClick={() => void act("POST", `/tasks/${task.id}/reports`, { note: "done", done: true })}
          >
            done
          </button>
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

function TaskForm({ doc, people, act }: { doc: StatusDoc; people: string[]; act: Act }) {
  const [task, setTask] = useState("");
  const [assignee, setAssignee] = useState("");
  const [minutes, setMinutes] = useState(15);
  const [objectiveId, setObjectiveId] = useState("");
  return (
    <form
      className="inline-form"
      aria-label="Assign a task"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/tasks", {
          assignee: assignee || people[0],
          task,
          timeBoxMinutes: minutes,
          objectiveId: objectiveId || null,
        }).then((ok) => {
          if (ok) setTask("");
        });
      }}
    >
      <label>
        Task
        <input
          value={task}
          onChange={(e) => {
            setTask(e.target.value);
          }}
        />
      </label>
      <label>
        For
        <select
          value={assignee || people[0]}
          onChange={(e) => {
            setAssignee(e.target.value);
          }}
        >
          {people.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        Back within (min)
        <input
          type="number"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => {
            setMinutes(Number(e.target.value));
          }}
        />
      </label>
      {doc.plan.objectives.length > 0 && (
        <label>
          Serves
          <select
            value={objectiveId}
            onChange={(e) => {
              setObjectiveId(e.target.value);
            }}
          >
            <option value="">no objective</option>
            {doc.plan.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" disabled={!task.trim()}>
        Assign task
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
  return (
    <section className="panel" aria-label="Action plan" id="plan" tabIndex={-1}>
      <h2>Action plan</h2>
      <p className="muted">
        Period {plan.period}, ends {new Date(plan.periodEndsAt).toLocaleTimeString()} ({ends.label})
        {can.command && (
          <button className="link" onClick={() => void act("POST", "/periods", {})}>
            start next period
          </button>
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
                <TaskRow key={t.id} task={t} me={me} act={act} now={now} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <ul>
        {plan.tasks.map((t) => (
          <TaskRow key={t.id} task={t} me={me} act={act} now={now} />
        ))}
      </ul>
      {can.command && people.length > 0 && <ObjectiveForm people={people} act={act} />}
      {can.assignTasks && people.length > 0 && <TaskForm doc={doc} people={people} act={act} />}
    </section>
  );
}
