import { useState } from "react";
import type { Act, StatusDoc } from "../api.js";

/** A time-boxed task for one person, optionally serving an objective. */
export function TaskForm({
  doc,
  people,
  act,
  onDone,
}: {
  doc: StatusDoc;
  people: string[];
  act: Act;
  onDone: () => void;
}) {
  const [task, setTask] = useState("");
  const [assignee, setAssignee] = useState("");
  const [minutes, setMinutes] = useState(15);
  const [objectiveId, setObjectiveId] = useState("");
  return (
    <form
      aria-label="Assign a task"
      onSubmit={(e) => {
        e.preventDefault();
        void act("POST", "/tasks", {
          assignee: assignee || people[0],
          task,
          timeBoxMinutes: minutes,
          objectiveId: objectiveId || null,
        }).then((ok) => {
          if (ok) {
            setTask("");
            onDone();
          }
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
