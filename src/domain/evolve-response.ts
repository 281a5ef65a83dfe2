import type { EventEnvelope } from "./events.js";
import type { IncidentState } from "./state.js";

type ResponseEvent = Extract<
  EventEnvelope,
  {
    type:
      | "update.due-soon"
      | "update.overdue"
      | "task.time-box-expired"
      | "transfer.reminder"
      | "command.long-shift"
      | "dispatch.requested"
      | "dispatch.escalated"
      | "dispatch.acknowledged"
      | "dispatch.exhausted"
      | "notification.sent"
      | "update.posted";
  }
>;

/** Folds the update cadence, timer marks, dispatches and notifications. */
export function applyResponse(s: IncidentState, e: ResponseEvent): void {
  switch (e.type) {
    case "update.due-soon":
      s.timerMarks.dueSoon = e.data.dueAt;
      return;
    case "update.overdue":
      s.timerMarks.overdue = e.data.dueAt;
      return;
    case "task.time-box-expired": {
      const task = s.plan.tasks[e.data.id];
      if (task) task.expiredAt = e.data.dueAt;
      return;
    }
    case "transfer.reminder": {
      const offer = s.transfers[e.data.id];
      if (offer) offer.remindedAt = e.at;
      return;
    }
    case "command.long-shift":
      s.timerMarks.longShift = e.data.since;
      return;
    case "dispatch.requested":
      s.dispatches[e.data.id] = {
        ...e.data,
        level: 0,
        requestedBy: e.actor,
        requestedAt: e.at,
        levelSince: e.at,
        status: "waiting",
        acknowledgedBy: null,
        acknowledgedAt: null,
      };
      return;
    case "dispatch.escalated": {
      const dispatch = s.dispatches[e.data.id];
      if (dispatch) {
        dispatch.level = e.data.level;
        dispatch.levelSince = e.at;
      }
      return;
    }
    case "dispatch.acknowledged": {
      const dispatch = s.dispatches[e.data.id];
      if (dispatch) {
        dispatch.status = "acknowledged";
        dispatch.acknowledgedBy = e.data.person;
        dispatch.acknowledgedAt = e.at;
      }
      return;
    }
    case "dispatch.exhausted": {
      const dispatch = s.dispatches[e.data.id];
      if (dispatch) dispatch.status = "exhausted";
      return;
    }
    case "notification.sent":
      s.audience = [...new Set([...s.audience, ...e.data.audience])];
      return;
    case "update.posted":
      s.lastUpdate = { at: e.at, by: e.actor, text: e.data.text };
      return;
  }
}
