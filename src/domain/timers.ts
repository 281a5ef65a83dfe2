import { capabilityTimers, capabilityTimersAfterEnd, fireCapabilityTimer } from "../capabilities/domain.js";
import type { CapabilityTimerKind } from "../capabilities/events.js";
import type { DomainConfig } from "./config.js";
import { cadenceMinutesFor } from "./config.js";
import type { DomainEvent } from "./events.js";
import { isOpen } from "./decide/plan.js";
import type { IncidentState } from "./state.js";
import { commanderOf } from "./state.js";
import { own } from "./own.js";

/** Kinds of timer the state of an incident implies (the core's and the capabilities'). */
export type TimerKind =
  | "task-time-box"
  | "transfer-pending"
  | "long-shift"
  | "update-due-soon"
  | "update-overdue"
  | "command-return"
  | CapabilityTimerKind;

/** A timer that should exist. The key names the exact occasion (it includes the due time). */
export type DesiredTimer = { key: string; kind: TimerKind; dueAt: string; subject: string };

const MINUTE = 60_000;

const at = (iso: string, plusMinutes: number): string =>
  new Date(Date.parse(iso) + plusMinutes * MINUTE).toISOString();

/**
 * Every timer the current state calls for. Storage keeps the timers table equal to this
 * after each commit, so timers survive restarts and vanish when their occasion passes
 * (a task reported on, an update posted, an offer answered).
 */
export function timersFor(s: IncidentState, config: DomainConfig): DesiredTimer[] {
  const timers: DesiredTimer[] = [];
  const add = (kind: TimerKind, subject: string, dueAt: string): void => {
    timers.push({ key: `${s.id}:${kind}:${subject}:${dueAt}`, kind, dueAt, subject });
  };
  if (s.status === "ended") {
    // The response's countdowns stop; the wrap-up's (follow-ups) go on.
    capabilityTimersAfterEnd(s, add, config);
    return timers;
  }
  for (const task of Object.values(s.plan.tasks)) {
    if (isOpen(task) && task.expiredAt !== task.dueAt) add("task-time-box", task.id, task.dueAt);
  }
  capabilityTimers(s, add, config);
  for (const offer of Object.values(s.transfers)) {
    if (offer.remindedAt === undefined || offer.remindedAt === null) {
      add("transfer-pending", offer.id, at(offer.offeredAt, config.transferReminderMinutes));
    }
  }
  const commander = commanderOf(s);
  const tenure = s.roleHistory.findLast(
    (t) => t.role === "incident-commander" && t.holder === commander && t.to === null,
  );
  if (tenure && s.timerMarks.longShift !== tenure.from) {
    add("long-shift", tenure.holder, at(tenure.from, config.longShiftHours * 60));
  }
  if (s.away && !s.away.reminded) add("command-return", s.away.commander, s.away.until);
  const due = nextUpdateDue(s, config);
  if (s.timerMarks.dueSoon !== due) add("update-due-soon", "cadence", at(due, -config.reminderLeadMinutes));
  if (s.timerMarks.overdue !== due) add("update-overdue", "cadence", due);
  return timers;
}

/** When the next update is due on the severity's cadence. */
export function nextUpdateDue(s: IncidentState, config: DomainConfig): string {
  return at(s.lastUpdate?.at ?? s.declaredAt, cadenceMinutesFor(config, s.severity));
}

/**
 * What firing a timer does, judged against the state at that moment: the events that mark
 * the occasion, or none when it has passed (the task was reported on, the update was
 * posted) or already fired. This is what makes a timer fire once, whatever the retries.
 */
export function fireTimer(s: IncidentState, timer: DesiredTimer, config: DomainConfig): DomainEvent[] {
  const stillDue = timersFor(s, config).some((t) => t.key === timer.key);
  if (!stillDue) return [];
  switch (timer.kind) {
    case "task-time-box": {
      const task = own(s.plan.tasks, timer.subject);
      if (!task) return [];
      return [
        {
          type: "task.time-box-expired",
          data: { id: task.id, assignee: task.assignee, assignedBy: task.assignedBy, dueAt: task.dueAt },
        },
      ];
    }
    case "transfer-pending": {
      const offer = own(s.transfers, timer.subject);
      if (!offer) return [];
      return [{ type: "transfer.reminder", data: { id: offer.id, role: offer.role, to: offer.to } }];
    }
    case "long-shift":
      return [
        {
          type: "command.long-shift",
          data: {
            commander: timer.subject,
            since: at(timer.dueAt, -config.longShiftHours * 60),
            hours: config.longShiftHours,
          },
        },
      ];
    case "update-due-soon":
      return [{ type: "update.due-soon", data: { dueAt: at(timer.dueAt, config.reminderLeadMinutes) } }];
    case "update-overdue":
      return [{ type: "update.overdue", data: { dueAt: timer.dueAt } }];
    case "command-return":
      return s.away
        ? [
            {
              type: "command.return-due",
              data: { commander: s.away.commander, acting: s.away.acting, until: s.away.until },
            },
          ]
        : [];
    default:
      // Only capability kinds remain here; a core kind without a case fails to compile.
      return fireCapabilityTimer(s, timer.kind, timer, config);
  }
}
