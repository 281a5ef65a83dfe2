import type { Handle } from "../../../domain/events.js";

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

/** The commands of the changes capability. */
export type ChangeCommand =
  | { type: "change-propose"; what: string; why: string; system: string; risk: Risk; rollbackPlan: string }
  | { type: "change-object"; id: string; reason: string }
  | { type: "change-withdraw-objection"; id: string; objectionId: string }
  | { type: "change-clear"; id: string }
  | { type: "change-start"; id: string; override?: string | undefined; whenFree?: boolean | undefined }
  | { type: "change-observe"; id: string; result: string }
  | { type: "change-keep"; id: string }
  | { type: "change-rollback"; id: string; result?: string | undefined }
  | { type: "change-withdraw"; id: string; reason?: string | undefined };

/** The events of the changes capability. */
export type ChangeEvent =
  | {
      type: "change.proposed";
      data: {
        id: string;
        what: string;
        why: string;
        system: string;
        risk: Risk;
        rollbackPlan: string;
        objectionWindowEndsAt: string | null;
      };
    }
  | { type: "change.objection-window-closed"; data: { id: string } }
  | { type: "change.objected"; data: { id: string; objectionId: string; reason: string } }
  | { type: "change.objection-withdrawn"; data: { id: string; objectionId: string } }
  | { type: "change.cleared"; data: { id: string } }
  | { type: "change.queued"; data: { id: string; behind: string } }
  | {
      type: "change.started";
      data: { id: string; override: string | null; overruled: string[]; automatic: boolean };
    }
  | { type: "change.observed"; data: { id: string; result: string } }
  | { type: "change.kept"; data: { id: string } }
  | { type: "change.rolled-back"; data: { id: string; result: string | null } }
  | { type: "change.withdrawn"; data: { id: string; reason: string | null } };

export const CHANGE_EVENT_TYPES = [
  "change.proposed",
  "change.objection-window-closed",
  "change.objected",
  "change.objection-withdrawn",
  "change.cleared",
  "change.queued",
  "change.started",
  "change.observed",
  "change.kept",
  "change.rolled-back",
  "change.withdrawn",
] as const satisfies readonly ChangeEvent["type"][];

/** The timers of the changes capability: a low or medium-risk change's objection window. */
export type ChangeTimerKind = "objection-window";

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
