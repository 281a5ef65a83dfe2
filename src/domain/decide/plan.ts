import { mayAssignTasks, requireCommand } from "../authority.js";
import type { Command } from "../commands.js";
import type { DomainConfig } from "../config.js";
import { periodMinutesFor } from "../config.js";
import { DomainError, ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import type { Task } from "../plan.js";
import type { IncidentState } from "../state.js";
import { isActiveResponder } from "../state.js";
import { own } from "../own.js";

type PlanCommand = Extract<
  Command,
  {
    type:
      | "start-period"
      | "set-objective"
      | "update-objective"
      | "assign-task"
      | "ack-task"
      | "report-task"
      | "cancel-task";
  }
>;

const MINUTE = 60_000;

/** Management by objectives: periods, objectives, time-boxed tasks. */
export function decidePlan(
  s: IncidentState,
  cmd: PlanCommand,
  ctx: { actor: Handle; now: Date; config: DomainConfig; newId: () => string },
): DomainEvent[] {
  const { actor, now } = ctx;
  switch (cmd.type) {
    case "start-period": {
      requireCommand(s, actor, "start a new operational period");
      const minutes = cmd.minutes ?? periodMinutesFor(ctx.config, s.severity);
      const openObjectives = Object.values(s.plan.objectives).filter((o) => o.state === "open");
      const openTasks = Object.values(s.plan.tasks).filter(isOpen);
      return [
        {
          type: "plan.period-started",
          data: {
            period: s.plan.period + 1,
            endsAt: new Date(now.getTime() + minutes * MINUTE).toISOString(),
            carriedObjectives: openObjectives.map((o) => o.id),
            carriedTasks: openTasks.map((t) => t.id),
          },
        },
      ];
    }
    case "set-objective":
      requireCommand(s, actor, "set objectives");
      requireActive(s, cmd.owner, "owner");
      return [{ type: "objective.set", data: { id: ctx.newId(), text: cmd.text, owner: cmd.owner } }];
    case "update-objective": {
      requireCommand(s, actor, "change objectives");
      objective(s, cmd.id);
      if (cmd.owner !== undefined) requireActive(s, cmd.owner, "owner");
      const data: Extract<DomainEvent, { type: "objective.updated" }>["data"] = { id: cmd.id };
      if (cmd.text !== undefined) data.text = cmd.text;
      if (cmd.owner !== undefined) data.owner = cmd.owner;
      if (cmd.state !== undefined) data.state = cmd.state;
      ensure(Object.keys(data).length > 1, "NOTHING_TO_UPDATE", "Give a new text, owner or state.");
      return [{ type: "objective.updated", data }];
    }
    case "assign-task": {
      if (!mayAssignTasks(s, actor)) requireCommand(s, actor, "assign tasks");
      requireActive(s, cmd.assignee, "assignee");
      if (cmd.objectiveId !== undefined && cmd.objectiveId !== null) objective(s, cmd.objectiveId);
      return [
        {
          type: "task.assigned",
          data: {
            id: ctx.newId(),
            objectiveId: cmd.objectiveId ?? null,
            assignee: cmd.assignee,
            task: cmd.task,
            timeBoxMinutes: cmd.timeBoxMinutes,
            dueAt: new Date(now.getTime() + cmd.timeBoxMinutes * MINUTE).toISOString(),
          },
        },
      ];
    }
    case "ack-task": {
      const t = openTask(s, cmd.id);
      ensure(actor === t.assignee, "NOT_ASSIGNEE", `This task is ${t.assignee}'s; only they acknowledge it.`);
      ensure(t.status === "assigned", "TASK_CLOSED", `${t.assignee} already acknowledged this task.`);
      return [{ type: "task.acknowledged", data: { id: t.id } }];
    }
    case "report-task": {
      const t = openTask(s, cmd.id);
      ensure(actor === t.assignee, "NOT_ASSIGNEE", `This task is ${t.assignee}'s; only they report on it.`);
      const extend = cmd.extendMinutes ?? 0;
      const dueAt = extend > 0 ? new Date(now.getTime() + extend * MINUTE).toISOString() : t.dueAt;
      return [{ type: "task.reported", data: { id: t.id, note: cmd.note, done: cmd.done ?? false, dueAt } }];
    }
    case "cancel-task": {
      const t = openTask(s, cmd.id);
      if (actor !== t.assignedBy) requireCommand(s, actor, "cancel someone else's task");
      return [{ type: "task.cancelled", data: { id: t.id, reason: cmd.reason ?? null } }];
    }
  }
}

/** Open tasks: assigned or acknowledged, not done or cancelled. */
export function isOpen(task: Task): boolean {
  return task.status === "assigned" || task.status === "acknowledged";
}

function requireActive(s: IncidentState, person: Handle, field: string): void {
  if (isActiveResponder(s, person)) return;
  const released = own(s.responders, person)?.status === "released";
  throw new DomainError(
    "NOT_CHECKED_IN",
    released
      ? `${person} was released from ${s.name}; check them in again before giving them work.`
      : `${person} is not checked in to ${s.name}; only people checked in can be given work.`,
    field,
  );
}

function objective(s: IncidentState, id: string) {
  const found = own(s.plan.objectives, id);
  ensure(found, "OBJECTIVE_NOT_FOUND", `There is no objective ${id} in the current plan.`, "objectiveId");
  return found;
}

function openTask(s: IncidentState, id: string): Task {
  const t = own(s.plan.tasks, id);
  ensure(t, "TASK_NOT_FOUND", `There is no task ${id} in the current plan.`, "id");
  ensure(isOpen(t), "TASK_CLOSED", `Task ${id} is ${t.status}.`, "id");
  return t;
}
