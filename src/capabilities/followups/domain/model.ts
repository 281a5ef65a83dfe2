import type { Handle } from "../../../domain/events.js";

export type FollowUpState = "open" | "in-progress" | "done" | "wont-do";
export type Priority = "high" | "medium" | "low";

/** Where a follow-up came from: a CAN need, a decision, a change, a postmortem section, or by hand. */
export type FollowUpSource = {
  kind: "need" | "decision" | "change" | "postmortem" | "manual";
  /** The need or change id, or the decision's event seq (as text); null by hand. */
  ref: string | null;
  /** The postmortem section it belongs to ("What went badly"). */
  section: string | null;
};

/** Where a follow-up is tracked outside Muster (an issue in GitHub). */
export type TrackerLink = {
  provider: "github";
  /** "owner/repo#12". */
  key: string;
  url: string;
};

/** An action item that outlives the response: owned, due, tracked to done (or won't do, with why). */
export type FollowUp = {
  id: string;
  title: string;
  owner: Handle;
  dueAt: string | null;
  priority: Priority;
  state: FollowUpState;
  /** Why it will not be done (required for won't do). */
  reason: string | null;
  source: FollowUpSource;
  createdBy: Handle;
  createdAt: string;
  updatedAt: string;
  doneAt: string | null;
  /** When its owner was told it is overdue (once). */
  overdueAt: string | null;
  /** The tracker issue it is synced with (absent: not tracked; "requested": being created). */
  tracker?: TrackerLink | "requested";
};

export type FollowUpChanges = {
  title?: string | undefined;
  owner?: Handle | undefined;
  dueAt?: string | null | undefined;
  priority?: Priority | undefined;
  state?: FollowUpState | undefined;
  reason?: string | undefined;
};

/** The commands of the follow-ups capability. */
export type FollowUpCommand =
  | {
      type: "add-follow-up";
      title: string;
      owner: Handle;
      dueAt?: string | null | undefined;
      priority?: Priority | undefined;
      source?: FollowUpSource | undefined;
    }
  | ({ type: "update-follow-up"; id: string } & FollowUpChanges)
  /** Ask for an issue in the configured tracker (done by the tracker consumer). */
  | { type: "track-follow-up"; id: string }
  /** Record the issue the tracker consumer created (system only). */
  | { type: "link-follow-up"; id: string; tracker: TrackerLink };

/** The events of the follow-ups capability. */
export type FollowUpEvent =
  | {
      type: "follow-up.added";
      data: {
        id: string;
        title: string;
        owner: Handle;
        dueAt: string | null;
        priority: Priority;
        source: FollowUpSource;
      };
    }
  | { type: "follow-up.updated"; data: { id: string; title: string; changes: FollowUpChanges } }
  | { type: "follow-up.overdue"; data: { id: string; title: string; owner: Handle; dueAt: string } }
  | { type: "follow-up.tracking-requested"; data: { id: string; title: string } }
  | { type: "follow-up.linked"; data: { id: string; title: string; tracker: TrackerLink } };

export const FOLLOW_UP_EVENT_TYPES = [
  "follow-up.added",
  "follow-up.updated",
  "follow-up.overdue",
  "follow-up.tracking-requested",
  "follow-up.linked",
] as const satisfies readonly FollowUpEvent["type"][];

/** The timers of the follow-ups capability: each open follow-up's due time. */
export type FollowUpTimerKind = "follow-up-due";

/** Whether a follow-up still needs doing. */
export function isOpenFollowUp(f: FollowUp): boolean {
  return f.state === "open" || f.state === "in-progress";
}
