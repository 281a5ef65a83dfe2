import { capabilityRecipients, composedNotices, isCapabilityEvent } from "../capabilities/domain.js";
import { describeEvent } from "./describe.js";
import type { EventEnvelope, Handle } from "./events.js";
import type { IncidentState } from "./state.js";
import { activeResponders, commanderOf, holdersOf } from "./state.js";
import { own } from "./own.js";

/** Something a person is told about (no answer expected), owed for one committed event. */
export type Notice = {
  recipient: Handle;
  seq: number;
  kind: string;
  title: string;
  body: string;
  /** Only this channel besides the inbox (a stakeholder group member's chosen channel). */
  only?: "in-app" | "email" | "webhook";
};

/** The IC and the Comms Lead (the IC alone while acting as Comms Lead). */
function commsPeople(s: IncidentState): Handle[] {
  const commander = commanderOf(s);
  return [...new Set([...(commander ? [commander] : []), ...holdersOf(s, "comms-lead")])];
}

const MENTION = /(?:^|[^\w@])@([a-z][a-z0-9._-]{0,31})/g;

/**
 * The people a channel message mentions ("@sue"), among those the incident knows: responders, the
 * audience and anyone a page asked. An @ before a word nobody here answers to tells nobody.
 */
export function mentioned(s: IncidentState, text: string): Handle[] {
  const known = new Set([
    ...Object.keys(s.responders),
    ...s.audience,
    ...Object.values(s.dispatches).flatMap((d) => d.escalation),
  ]);
  return [...text.matchAll(MENTION)]
    .map((m) => (m[1] ?? "").replace(/[._-]+$/, ""))
    .filter((h) => known.has(h));
}

function recipients(s: IncidentState, e: EventEnvelope): Handle[] {
  switch (e.type) {
    case "task.assigned":
      return [e.data.assignee];
    case "task.time-box-expired":
      return [e.data.assignedBy];
    case "transfer.offered":
      return [e.data.to];
    case "transfer.accepted":
    case "transfer.declined": {
      // A turnover is announced up and down the tree: responders, the declaration audience for
      // command, and the one who offered.
      const offeredBy = e.type === "transfer.declined" ? e.data.offeredBy : e.data.from;
      const audience = e.data.role === "incident-commander" ? s.audience : [];
      return [...activeResponders(s), ...audience, ...(offeredBy ? [offeredBy] : [])];
    }
    case "transfer.withdrawn":
      return e.data.to ? [e.data.to] : [];
    case "command.assumed":
    case "command.stepped-away":
    case "command.resumed":
      return [
        ...activeResponders(s),
        ...s.audience,
        ...("from" in e.data && e.data.from ? [e.data.from] : []),
      ];
    case "command.successor-designated":
      return e.data.person ? [e.data.person] : [];
    case "command.return-due":
      return [e.data.commander, e.data.acting];
    case "transfer.reminder": {
      const offeredBy = own(s.transfers, e.data.id)?.offeredBy;
      return offeredBy ? [e.data.to, offeredBy] : [e.data.to];
    }
    case "update.due-soon":
    case "update.overdue":
      return commsPeople(s);
    case "command.long-shift":
      return [e.data.commander];
    case "role.filled":
      return [e.data.person];
    case "message.posted":
      return mentioned(s, e.data.text);
    case "incident.declared":
      return s.audience;
    case "update.posted":
      // The update on the cadence is for those told of the declaration (stakeholders).
      return s.audience;
    case "incident.status-changed":
      return e.data.to === "ended" ? [...new Set([...s.audience, ...Object.keys(s.responders)])] : [];
    default:
      return isCapabilityEvent(e) ? capabilityRecipients(s, e) : [];
  }
}

/**
 * The notices that a command's events owe, given the state after them. Nobody is told about
 * their own action. Written to the outbox in the same transaction as the events, so a notice
 * owed for a committed event is never lost.
 */
export function noticesFor(s: IncidentState, events: EventEnvelope[]): Notice[] {
  const notices: Notice[] = [];
  // A drill or a planned event says so unmistakably in every notice, page, email and webhook.
  const label = s.kind === "drill" ? "DRILL — " : s.kind === "planned" ? "PLANNED — " : "";
  for (const e of events) {
    for (const recipient of new Set(recipients(s, e))) {
      if (recipient === e.actor) continue;
      notices.push({
        recipient,
        seq: e.seq,
        kind: e.type,
        title: `${label}${s.name} (#${s.number})`,
        body: `${label}${describeEvent(e)}`,
      });
    }
    for (const composed of composedNotices(s, e)) {
      if (composed.recipient === e.actor) continue;
      notices.push({
        ...composed,
        seq: e.seq,
        kind: e.type,
        title: `${label}${composed.title}`,
        body: `${label}${composed.body}`,
      });
    }
  }
  return notices;
}
