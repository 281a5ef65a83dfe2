import { hasCommandAuthority } from "../../../domain/authority.js";
import type { CapabilityDomain } from "../../../domain/capability.js";
import { DomainError, ensure } from "../../../domain/errors.js";
import type { DomainEvent, Handle } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf, isActiveResponder } from "../../../domain/state.js";
import type { Need, NeedCommand, NeedEvent } from "./model.js";
import { asksForSomething } from "./model.js";
import { own } from "../../../domain/own.js";

/** Those in command, and the supervisor the report went to, see to a need. */
export function mayDirectNeed(s: IncidentState, actor: Handle, need: Need): boolean {
  return hasCommandAuthority(s, actor) || need.to === actor;
}

/** Who may answer: those who direct it, and whoever it was given to. */
export function mayAnswerNeed(s: IncidentState, actor: Handle, need: Need): boolean {
  return mayDirectNeed(s, actor, need) || need.assignee === actor;
}

function openNeed(s: IncidentState, id: string): Need {
  const need = own(s.needs, id);
  ensure(
    need,
    "NEED_NOT_FOUND",
    `There is no need ${id} in ${s.name}; the status doc lists open needs.`,
    "id",
  );
  ensure(
    need.state === "open",
    "NEED_CLOSED",
    `The need "${need.text}" was already ${need.state}${need.answeredBy ? ` by ${need.answeredBy}` : ""}.`,
    "id",
  );
  return need;
}

function refuse(s: IncidentState, action: string, need: Need): never {
  const to = need.to ?? commanderOf(s) ?? "the Incident Commander";
  throw new DomainError(
    "NOT_IN_COMMAND",
    `Only the Incident Commander, the Deputy or ${to} (whom the report went to) can ${action} "${need.text}".`,
  );
}

/**
 * The need a CAN report raises, if it asks for something that its reporter has not already
 * asked for and is still waiting on (a CAN repeats the current picture).
 */
export function needsRaised(
  s: IncidentState,
  reporter: Handle,
  needs: string,
  newId: () => string,
): DomainEvent[] {
  if (!asksForSomething(needs)) return [];
  const text = needs.trim();
  const waiting = Object.values(s.needs).some(
    (n) => n.from === reporter && n.state === "open" && n.text.toLowerCase() === text.toLowerCase(),
  );
  if (waiting) return [];
  const commander = commanderOf(s);
  const supervisor = own(s.responders, reporter)?.supervisor ?? null;
  const to = reporter === commander ? null : supervisor === commander ? null : supervisor;
  return [{ type: "need.raised", data: { id: newId(), text, from: reporter, to, canSeq: s.seq + 1 } }];
}

/** Give a need to someone, answer it, or withdraw it. */
export const decideNeeds: CapabilityDomain<NeedCommand, NeedEvent>["decide"] = {
  "assign-need": (s, cmd, ctx) => {
    const need = openNeed(s, cmd.id);
    if (!mayDirectNeed(s, ctx.actor, need)) refuse(s, "give someone the need", need);
    ensure(
      isActiveResponder(s, cmd.assignee),
      "NOT_CHECKED_IN",
      `${cmd.assignee} is not checked in to ${s.name}; check them in first.`,
      "assignee",
    );
    return [{ type: "need.assigned", data: { id: need.id, text: need.text, assignee: cmd.assignee } }];
  },
  "answer-need": (s, cmd, ctx) => {
    const need = openNeed(s, cmd.id);
    if (!mayAnswerNeed(s, ctx.actor, need)) refuse(s, "answer", need);
    return [{ type: "need.answered", data: { id: need.id, answer: cmd.answer, from: need.from } }];
  },
  "withdraw-need": (s, cmd, ctx) => {
    const need = openNeed(s, cmd.id);
    if (need.from !== ctx.actor && !hasCommandAuthority(s, ctx.actor)) refuse(s, "withdraw", need);
    const reason =
      cmd.reason?.trim() || (need.from === ctx.actor ? "no longer needed" : "withdrawn by command");
    return [{ type: "need.withdrawn", data: { id: need.id, text: need.text, reason } }];
  },
};
