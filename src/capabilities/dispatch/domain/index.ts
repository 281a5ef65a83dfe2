import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideDispatch, escalate } from "./decide.js";
import { describeDispatch, foldDispatch } from "./fold.js";
import type { DispatchCommand, DispatchEvent, DispatchTimerKind } from "./model.js";
import { DISPATCH_EVENT_TYPES } from "./model.js";
import { own } from "../../../domain/own.js";
import { commanderOf } from "../../../domain/state.js";

export * from "./model.js";

const MINUTE = 60_000;

/**
 * Dispatch and notification: asking people or teams to respond (acknowledged, escalated down
 * the list without an acknowledgement) and telling them something (no answer expected).
 */
export const dispatchDomain = {
  name: "dispatch",
  eventTypes: DISPATCH_EVENT_TYPES,
  decide: decideDispatch,
  fold: foldDispatch,
  describe: describeDispatch,
  recipients: {
    "dispatch.requested": (_s, e) => (e.data.all ? e.data.escalation : e.data.escalation.slice(0, 1)),
    "dispatch.escalated": (_s, e) => [e.data.person],
    "dispatch.exhausted": (s, e) => {
      // A page Muster sent (from alerts) has no person behind it: the IC hears instead.
      const by = own(s.dispatches, e.data.id)?.requestedBy;
      return [by === "muster" ? (commanderOf(s) ?? "") : (by ?? "")].filter(Boolean);
    },
    "dispatch.acknowledged": (s, e) => [own(s.dispatches, e.data.id)?.requestedBy ?? ""].filter(Boolean),
    "dispatch.cancelled": (_s, e) => e.data.asked,
    "notification.sent": (_s, e) => e.data.audience,
  },
  timers: {
    want: (s, add) => {
      for (const d of Object.values(s.dispatches)) {
        if (d.status !== "waiting") continue;
        // The level is part of the subject: each person asked has their own acknowledgement time.
        const due = new Date(Date.parse(d.levelSince) + d.ackMinutes * MINUTE).toISOString();
        add("dispatch-ack", `${d.id}:${d.level}`, due);
      }
    },
    fire: {
      "dispatch-ack": (s, timer) => escalate(s, timer.subject.split(":")[0] ?? ""),
    },
  },
} satisfies CapabilityDomain<DispatchCommand, DispatchEvent, DispatchTimerKind>;
