import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideFollowUps } from "./decide.js";
import { describeFollowUps, foldFollowUps } from "./fold.js";
import type { FollowUpCommand, FollowUpEvent, FollowUpTimerKind } from "./model.js";
import { FOLLOW_UP_EVENT_TYPES, isOpenFollowUp } from "./model.js";
import { own } from "../../../domain/own.js";

export * from "./model.js";

/**
 * Follow-ups: action items with an owner, a due time and a priority, added during the response
 * (from a need, a decision, a change) or after it (from the postmortem), tracked to done or to
 * "won't do" with a reason; the owner is told when one is given to them and when it is overdue.
 */
export const followUpsDomain = {
  name: "follow-ups",
  eventTypes: FOLLOW_UP_EVENT_TYPES,
  decide: decideFollowUps,
  fold: foldFollowUps,
  describe: describeFollowUps,
  recipients: {
    "follow-up.added": (_s, e) => [e.data.owner],
    "follow-up.updated": (_s, e) => (e.data.changes.owner ? [e.data.changes.owner] : []),
    "follow-up.overdue": (_s, e) => [e.data.owner],
  },
  timers: {
    want: (s, add) => {
      for (const f of Object.values(s.followUps)) {
        if (isOpenFollowUp(f) && f.dueAt !== null && f.overdueAt === null) {
          add("follow-up-due", f.id, f.dueAt);
        }
      }
    },
    fire: {
      "follow-up-due": (s, timer) => {
        const f = own(s.followUps, timer.subject);
        if (!f || !isOpenFollowUp(f) || f.dueAt === null || f.overdueAt !== null) return [];
        return [
          { type: "follow-up.overdue", data: { id: f.id, title: f.title, owner: f.owner, dueAt: f.dueAt } },
        ];
      },
    },
  },
} satisfies CapabilityDomain<FollowUpCommand, FollowUpEvent, FollowUpTimerKind>;
