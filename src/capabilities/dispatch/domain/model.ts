import type { Handle } from "../../../domain/events.js";

/** Someone asked because a schedule had them on call when the page went out. */
export type OnCallEntry = { person: Handle; schedule: string };

/** Asking a person or team to respond. It needs an acknowledgement, and escalates without one. */
export type Dispatch = {
  id: string;
  /** What was asked: one person, or a team (whose escalation list is copied in). */
  target: { person: Handle } | { team: string };
  message: string;
  /** Who is asked, in order; `level` is the index of who is being asked now. */
  escalation: Handle[];
  level: number;
  /** "Page all": everyone on the list was asked at once (`level` is then the last of them). */
  all?: boolean;
  /** Who on the list came from a schedule, and which. */
  onCall?: OnCallEntry[];
  ackMinutes: number;
  requestedBy: Handle;
  requestedAt: string;
  /** When the person now asked was asked (the acknowledgement clock runs from here). */
  levelSince: string;
  status: "waiting" | "acknowledged" | "exhausted" | "cancelled";
  acknowledgedBy: Handle | null;
  acknowledgedAt: string | null;
};

/** The commands of the dispatch capability. */
export type DispatchCommand =
  | {
      type: "dispatch";
      target: { person: Handle } | { team: string };
      /** The team's escalation list (resolved by the caller), or the one person. */
      escalation: Handle[];
      /** Who on the list was there for being on call, and on which schedule (at the moment of paging). */
      onCall?: OnCallEntry[] | undefined;
      message: string;
      ackMinutes: number;
      /** Ask everyone on the list at once rather than one after another. */
      all?: boolean | undefined;
    }
  | { type: "ack-dispatch"; id: string; checkIn: boolean }
  | { type: "notify"; people: Handle[]; teams: string[]; text: string };

/** The events of the dispatch capability. */
export type DispatchEvent =
  | {
      type: "dispatch.requested";
      data: {
        id: string;
        target: { person: Handle } | { team: string };
        message: string;
        escalation: Handle[];
        ackMinutes: number;
        all?: boolean;
        onCall?: OnCallEntry[];
      };
    }
  | { type: "dispatch.escalated"; data: { id: string; level: number; person: Handle } }
  | { type: "dispatch.acknowledged"; data: { id: string; person: Handle } }
  | { type: "dispatch.exhausted"; data: { id: string } }
  /** Withdrawn before anyone acknowledged (the alerts that caused it resolved); `asked` are told. */
  | { type: "dispatch.cancelled"; data: { id: string; reason: string; asked: Handle[] } }
  | { type: "notification.sent"; data: { audience: Handle[]; teams: string[]; text: string } };

export const DISPATCH_EVENT_TYPES = [
  "dispatch.requested",
  "dispatch.escalated",
  "dispatch.acknowledged",
  "dispatch.exhausted",
  "dispatch.cancelled",
  "notification.sent",
] as const satisfies readonly DispatchEvent["type"][];

/** The timers of the dispatch capability: the acknowledgement time of whoever is asked now. */
export type DispatchTimerKind = "dispatch-ack";

/** The people a waiting dispatch is asking now: one, or the whole list for "page all". */
export function pagedNow(d: Dispatch): Handle[] {
  if (d.status !== "waiting") return [];
  return d.all ? d.escalation : d.escalation.slice(d.level, d.level + 1);
}
