import type { EventEnvelope } from "./events.js";
import type { IncidentState } from "./state.js";
import { own } from "./own.js";

type ResponseEvent = Extract<
  EventEnvelope,
  {
    type:
      | "update.due-soon"
      | "update.overdue"
      | "task.time-box-expired"
      | "transfer.reminder"
      | "command.long-shift"
      | "update.posted";
  }
>;

/** Folds the update cadence and the timer marks. */
export function applyResponse(s: IncidentState, e: ResponseEvent): void {
  switch (e.type) {
    case "update.due-soon":
      s.timerMarks.dueSoon = e.data.dueAt;
      return;
    case "update.overdue":
      s.timerMarks.overdue = e.data.dueAt;
      return;
    case "task.time-box-expired": {
      const task = own(s.plan.tasks, e.data.id);
      if (task) task.expiredAt = e.data.dueAt;
      return;
    }
    case "transfer.reminder": {
      const offer = own(s.transfers, e.data.id);
      if (offer) offer.remindedAt = e.at;
      return;
    }
    case "command.long-shift":
      s.timerMarks.longShift = e.data.since;
      return;
    case "update.posted":
      s.lastUpdate = { at: e.at, by: e.actor, text: e.data.text };
      return;
  }
}
