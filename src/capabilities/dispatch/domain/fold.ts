import type { CapabilityDomain } from "../../../domain/capability.js";
import type { IncidentState } from "../../../domain/state.js";
import type { Dispatch, DispatchCommand, DispatchEvent, DispatchTimerKind, OnCallEntry } from "./model.js";
import { own } from "../../../domain/own.js";

type Domain = CapabilityDomain<DispatchCommand, DispatchEvent, DispatchTimerKind>;

function onDispatch(s: IncidentState, id: string, edit: (d: Dispatch) => void): void {
  const d = own(s.dispatches, id);
  if (d) edit(d);
}

/** Folds dispatch and notification events into state. */
export const foldDispatch: Domain["fold"] = {
  "dispatch.requested": (s, e) => {
    s.dispatches[e.data.id] = {
      ...e.data,
      // Everyone asked at once: the acknowledgement may come from any of them.
      level: e.data.all ? e.data.escalation.length - 1 : 0,
      requestedBy: e.actor,
      requestedAt: e.at,
      levelSince: e.at,
      status: "waiting",
      acknowledgedBy: null,
      acknowledgedAt: null,
    };
  },
  "dispatch.escalated": (s, e) => {
    onDispatch(s, e.data.id, (d) => {
      d.level = e.data.level;
      d.levelSince = e.at;
    });
  },
  "dispatch.acknowledged": (s, e) => {
    onDispatch(s, e.data.id, (d) => {
      d.status = "acknowledged";
      d.acknowledgedBy = e.data.person;
      d.acknowledgedAt = e.at;
    });
  },
  "dispatch.exhausted": (s, e) => {
    onDispatch(s, e.data.id, (d) => {
      d.status = "exhausted";
    });
  },
  "dispatch.cancelled": (s, e) => {
    onDispatch(s, e.data.id, (d) => {
      d.status = "cancelled";
    });
  },
  // Those told join the audience that hears of the end.
  "notification.sent": (s, e) => {
    s.audience = [...new Set([...s.audience, ...e.data.audience])];
  },
};

/** One line per dispatch event, for the timeline and notices. */
export const describeDispatch: Domain["describe"] = {
  "dispatch.requested": (e, who) =>
    `${who} asked ${e.data.all ? "all of " : ""}${"team" in e.data.target ? `team ${e.data.target.team}` : e.data.target.person} to respond: ${e.data.message} (acknowledge within ${e.data.ackMinutes} min; dispatch ${e.data.id}${onCallNote(e.data.onCall)})`,
  "dispatch.escalated": (e) => `no acknowledgement: dispatch ${e.data.id} escalated to ${e.data.person}`,
  "dispatch.acknowledged": (e) => `${e.data.person} acknowledged dispatch ${e.data.id}`,
  "dispatch.exhausted": (e) => `dispatch ${e.data.id}: nobody acknowledged; the escalation list is exhausted`,
  "dispatch.cancelled": (e) => `dispatch ${e.data.id} withdrawn: ${e.data.reason}`,
  "notification.sent": (e, who) => `${who} told ${e.data.audience.join(", ")}: ${e.data.text}`,
};

/** "; on call: sue for db-primary", when the list came from schedules. */
function onCallNote(onCall: readonly OnCallEntry[] | undefined): string {
  if (!onCall || onCall.length === 0) return "";
  return `; on call: ${onCall.map((o) => `${o.person} for ${o.schedule}`).join(", ")}`;
}
