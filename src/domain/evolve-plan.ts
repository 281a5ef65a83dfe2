import type { EventEnvelope } from "./events.js";
import type { IncidentState } from "./state.js";
import { own } from "./own.js";

// Timer-driven events of these families are folded with the other timer events (evolve-response).
type PlanEvent = Exclude<
  Extract<EventEnvelope, { type: `plan.${string}` | `objective.${string}` | `task.${string}` }>,
  { type: "task.time-box-expired" }
>;

/** Folds action-plan events: periods, objectives and time-boxed tasks. */
export function applyPlan(s: IncidentState, e: PlanEvent): void {
  const plan = s.plan;
  switch (e.type) {
    case "plan.period-started": {
      const keepObjectives = new Set(e.data.carriedObjectives);
      const keepTasks = new Set(e.data.carriedTasks);
      plan.period = e.data.period;
      plan.periodStartedAt = e.at;
      plan.periodEndsAt = e.data.endsAt;
      for (const id of Object.keys(plan.objectives)) if (!keepObjectives.has(id)) delete plan.objectives[id];
      for (const id of Object.keys(plan.tasks)) if (!keepTasks.has(id)) delete plan.tasks[id];
      return;
    }
    case "objective.set":
      plan.objectives[e.data.id] = {
        id: e.data.id,
        text: e.data.text,
        owner: e.data.owner,
        state: "open",
        setBy: e.actor,
        setAt: e.at,
        period: plan.period,
      };
      return;
    case "objective.updated": {
      const objective = own(plan.objectives, e.data.id);
      if (!objective) return;
      if (e.data.text !== undefined) objective.text = e.data.text;
      if (e.data.owner !== undefined) objective.owner = e.data.owner;
      if (e.data.state !== undefined) objective.state = e.data.state;
      return;
    }
    case "task.assigned":
      plan.tasks[e.data.id] = {
        id: e.data.id,
        objectiveId: e.data.objectiveId,
        assignee: e.data.assignee,
        task: e.data.task,
        assignedBy: e.actor,
        assignedAt: e.at,
        timeBoxMinutes: e.data.timeBoxMinutes,
        dueAt: e.data.dueAt,
        acknowledgedAt: null,
        lastReport: null,
        status: "assigned",
        period: plan.period,
      };
      return;
    case "task.acknowledged": {
      const task = own(plan.tasks, e.data.id);
      if (!task) return;
      task.acknowledgedAt = e.at;
      task.status = "acknowledged";
      return;
    }
    case "task.reported": {
      const task = own(plan.tasks, e.data.id);
      if (!task) return;
      task.lastReport = { at: e.at, note: e.data.note };
      task.dueAt = e.data.dueAt;
      task.acknowledgedAt ??= e.at;
      task.status = e.data.done ? "done" : "acknowledged";
      return;
    }
    case "task.cancelled": {
      const task = own(plan.tasks, e.data.id);
      if (task) task.status = "cancelled";
      return;
    }
  }
}
