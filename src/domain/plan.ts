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

export type Risk = "low" | "medium" | "high";

export type ChangeStatus =
  "proposed" | "queued" | "in-progress" | "observed" | "kept" | "rolled-back" | "withdrawn";

export type Objection = {
  id: string;
  by: Handle;
  reason: string;
  at: string;
  status: "open" | "withdrawn" | "overruled";
};

/** A cautious change: announced, open to objection or cleared, one at a time per system. */
export type Change = {
  id: string;
  what: string;
  why: string;
  system: string;
  risk: Risk;
  rollbackPlan: string;
  proposedBy: Handle;
  proposedAt: string;
  /** Low and medium risk: when the objection window closes. High risk: null (needs clearance). */
  objectionWindowEndsAt: string | null;
  clearedBy: Handle | null;
  objections: Objection[];
  status: ChangeStatus;
  startedBy: Handle | null;
  startedAt: string | null;
  override: { by: Handle; reason: string } | null;
  result: string | null;
  concludedAt: string | null;
  windowClosed?: boolean;
};

/** Changes that no longer need attention. */
export function isConcluded(change: Change): boolean {
  return change.status === "kept" || change.status === "rolled-back" || change.status === "withdrawn";
}

/** The change under way on a system (started, not yet kept or rolled back), if any. */
export function changeUnderway(
  changes: Iterable<Change>,
  system: string,
  except?: string,
): Change | undefined {
  for (const c of changes) {
    if (c.id !== except && c.system === system && (c.status === "in-progress" || c.status === "observed")) {
      return c;
    }
  }
  return undefined;
}

/**
 * What holds a change back from starting, unless the IC overrides: an open objection, missing
 * clearance for a high-risk change, or an objection window still open at `now` (an ISO instant).
 */
export function startHold(change: Change, now: string): "objection" | "clearance" | "window" | null {
  if (change.objections.some((o) => o.status === "open")) return "objection";
  if (change.risk === "high") return change.clearedBy === null ? "clearance" : null;
  const windowOpen = change.objectionWindowEndsAt !== null && now < change.objectionWindowEndsAt;
  return change.clearedBy === null && windowOpen ? "window" : null;
}
