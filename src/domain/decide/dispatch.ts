import { requireResponder } from "../authority.js";
import type { Command } from "../commands.js";
import { ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import { pagedNow } from "../dispatch.js";
import type { IncidentState } from "../state.js";
import { isActiveResponder } from "../state.js";

/** Dispatch (asks for a response, needs an acknowledgement) and notification (tells, no answer). */
export function decideDispatch(
  s: IncidentState,
  cmd: Extract<Command, { type: "dispatch" | "ack-dispatch" | "notify" }>,
  actor: Handle,
  newId: () => string,
): DomainEvent[] {
  switch (cmd.type) {
    case "dispatch":
      requireResponder(s, actor, "dispatch people");
      ensure(
        cmd.escalation.length > 0,
        "EMPTY_AUDIENCE",
        "That team's escalation list is empty; add people to it first.",
        "team",
      );
      return [
        {
          type: "dispatch.requested",
          data: {
            id: newId(),
            target: cmd.target,
            message: cmd.message,
            escalation: cmd.escalation,
            ackMinutes: cmd.ackMinutes,
          },
        },
      ];
    case "ack-dispatch": {
      const d = s.dispatches[cmd.id];
      ensure(d, "DISPATCH_NOT_FOUND", `There is no dispatch ${cmd.id} in ${s.name}.`, "id");
      ensure(d.status === "waiting", "DISPATCH_CLOSED", `Dispatch ${d.id} is ${d.status}.`, "id");
      const asked = d.escalation.slice(0, d.level + 1);
      ensure(
        asked.includes(actor),
        "NOT_PAGED",
        `Dispatch ${d.id} asked ${asked.join(", ")}; only they can acknowledge it.`,
      );
      const events: DomainEvent[] = [{ type: "dispatch.acknowledged", data: { id: d.id, person: actor } }];
      if (cmd.checkIn && !isActiveResponder(s, actor)) {
        events.push({
          type: "responder.checked-in",
          data: { person: actor, skills: [], note: `answered dispatch ${d.id}` },
        });
      }
      return events;
    }
    case "notify": {
      requireResponder(s, actor, "send notifications");
      const audience = [...new Set(cmd.people)].filter((h) => h !== actor);
      ensure(
        audience.length > 0,
        "EMPTY_AUDIENCE",
        "Name at least one person or a team with members to tell.",
        "people",
      );
      return [{ type: "notification.sent", data: { audience, teams: cmd.teams, text: cmd.text } }];
    }
  }
}

/** What an unanswered dispatch does when its acknowledgement time runs out: ask the next person, or give up. */
export function escalate(s: IncidentState, id: string): DomainEvent[] {
  const d = s.dispatches[id];
  if (!d || pagedNow(d) === null) return [];
  const next = d.level + 1;
  const person = d.escalation[next];
  if (person === undefined) return [{ type: "dispatch.exhausted", data: { id } }];
  return [{ type: "dispatch.escalated", data: { id, level: next, person } }];
}
