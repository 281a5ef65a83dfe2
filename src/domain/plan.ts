import type { Handle } from "./events.js";

export type ObjectiveState = "open" | "achieved" | "dropped";

/** An outcome, not a procedure ("customers see an out-of-service notice"). */
export type Objective = {
  id: string;
  text: string;
  owner: Handle;
  state: ObjectiveState;
  setBy: Handle;
  setAt: string;
  period: number;
};

export type TaskStatus = "assigned" | "acknowledged" | "done" | "cancelled";

/** A task given to one named person, with a time box ("back to me in 10 minutes"). */
export type Task = {
  id: string;
  objectiveId: string | null;
  assignee: Handle;
  task: string;
  assignedBy: Handle;
  assignedAt: string;
  timeBoxMinutes: number;
  dueAt: string;
  acknowledgedAt: string | null;
  lastReport: { at: string; note: string } | null;
  /** The due time whose expiry was announced (a report or extension moves dueAt past it). */
  expiredAt?: string | null;
  status: TaskStatus;
  period: number;
};

export type ActionPlan = {
  period: number;
  periodStartedAt: string;
  periodEndsAt: string;
  objectives: Record<string, Objective>;
  tasks: Record<string, Task>;
};
