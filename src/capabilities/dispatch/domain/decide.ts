import { hasCommandAuthority, leadsGroup, requireResponder } from "../../../domain/authority.js";
import type { CapabilityDomain, CommandContext } from "../../../domain/capability.js";
import { ensure } from "../../../domain/errors.js";
import type { DomainEvent } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { isActiveResponder } from "../../../domain/state.js";
import type { DispatchCommand, DispatchEvent, DispatchTimerKind } from "./model.js";
import { pagedNow } from "./model.js";
import { own } from "../../../domain/own.js";

type Of<T extends DispatchCommand["type"]> = Extract<DispatchCommand, { type: T }>;

function dispatch(s: IncidentState, cmd: Of<"dispatch">, ctx: CommandContext): DomainEvent[] {
  requireResponder(s, ctx.actor, "dispatch people");
  // Paging brings people in: the same authority as assigning from staging.
  ensure(
    hasCommandAuthority(s, ctx.actor) || leadsGroup(s, ctx.actor),
    "NOT_IN_COMMAND",
    `Only the Incident Commander, the Deputy or a group lead can page people into ${s.name}.`,
  );
  ensure(
    cmd.escalation.length > 0,
    "EMPTY_AUDIENCE",
    "That team's escalation list is empty; add people to it first.",
    "team",
  );
  if (s.kind === "drill") {
    // A drill never wakes anyone who is not in it: its responders and those told of it.
    const inDrill = new Set([...Object.keys(s.responders), ...s.audience]);
    const outside = cmd.escalation.filter((p) => !inDrill.has(p));
    ensure(
      outside.length === 0,
      "DRILL_OUTSIDE_AUDIENCE",
      `${s.name} is a drill; it does not page ${outside.join(", ")}, who ${outside.length === 1 ? "is" : "are"} not in it. Check them in or add them to the drill's audience first.`,
      "team" in cmd.target ? "team" : "person",
    );
  }
  const { target, message, escalation, ackMinutes } = cmd;
  const all = cmd.all === true && escalation.length > 1 ? { all: true } : {};
  const onCall = cmd.onCall && cmd.onCall.length > 0 ? { onCall: cmd.onCall } : {};
  return [
    {
      type: "dispatch.requested",
      data: { id: ctx.newId(), target, message, escalation, ackMinutes, ...all, ...onCall },
    },
  ];
}

function brief(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** Only someone already asked may acknowledge; acknowledging checks them in unless they say not to. */
function acknowledge(s: IncidentState, cmd: Of<"ack-dispatch">, ctx: CommandContext): DomainEvent[] {
  const d = own(s.dispatches, cmd.id);
  ensure(d, "DISPATCH_NOT_FOUND", `There is no dispatch ${cmd.id} in ${s.name}.`, "id");
  ensure(d.status === "waiting", "DISPATCH_CLOSED", `Dispatch ${d.id} is ${d.status}.`, "id");
  const asked = d.escalation.slice(0, d.level + 1);
  ensure(
    asked.includes(ctx.actor),
    "NOT_PAGED",
    `Dispatch ${d.id} asked ${asked.join(", ")}; only they can acknowledge it.`,
  );
  const events: DomainEvent[] = [{ type: "dispatch.acknowledged", data: { id: d.id, person: ctx.actor } }];
  if (cmd.checkIn && !isActiveResponder(s, ctx.actor)) {
    events.push({
      type: "responder.checked-in",
      // The note is what the IC reads in staging: who asked and for what, not an id.
      data: { person: ctx.actor, skills: [], note: `paged by ${d.requestedBy}: ${brief(d.message)}` },
    });
  }
  return events;
}

function notify(s: IncidentState, cmd: Of<"notify">, ctx: CommandContext): DomainEvent[] {
  requireResponder(s, ctx.actor, "send notifications");
  const audience = [...new Set(cmd.people)].filter((h) => h !== ctx.actor);
  ensure(
    audience.length > 0,
    "EMPTY_AUDIENCE",
    "Name at least one person or a team with members to tell.",
    "people",
  );
  return [{ type: "notification.sent", data: { audience, teams: cmd.teams, text: cmd.text } }];
}

/** Dispatch (asks for a response, needs an acknowledgement) and notification (tells, no answer). */
export const decideDispatch: CapabilityDomain<DispatchCommand, DispatchEvent, DispatchTimerKind>["decide"] = {
  dispatch,
  "ack-dispatch": acknowledge,
  notify,
};

/** What an unanswered dispatch does when its acknowledgement time runs out: ask the next person, or give up. */
export function escalate(s: IncidentState, id: string): DomainEvent[] {
  const d = own(s.dispatches, id);
  if (!d || pagedNow(d).length === 0) return [];
  const next = d.level + 1;
  const person = d.escalation[next];
  if (person === undefined) return [{ type: "dispatch.exhausted", data: { id } }];
  return [{ type: "dispatch.escalated", data: { id, level: next, person } }];
}
