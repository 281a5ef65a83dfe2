import { hasCommandAuthority, requireCommand } from "../authority.js";
import type { CommandContext } from "../capability.js";
import type { Command } from "../commands.js";
import { DomainError, ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import type { IncidentState } from "../state.js";
import { commanderOf, holdersOf, isActiveResponder } from "../state.js";

type ContinuityCommand = Extract<
  Command,
  { type: "assume-command" | "designate-successor" | "step-away" | "resume-command" }
>;

const MAX_AWAY_HOURS = 24;

/** Who would take command if the IC vanished now: the Deputy, else the designated successor. */
export function nextInLine(s: IncidentState): Handle | null {
  const deputy = holdersOf(s, "deputy")[0] ?? null;
  if (deputy) return deputy;
  return s.successor && isActiveResponder(s, s.successor) ? s.successor : null;
}

/** How `actor` could assume command: as Deputy, as the designated successor, as an admin; or not. */
export function assumesAs(
  s: IncidentState,
  actor: Handle,
  isAdmin: boolean,
): "deputy" | "successor" | "admin" | null {
  if (commanderOf(s) === actor) return null;
  if (holdersOf(s, "deputy").includes(actor)) return "deputy";
  if (s.successor === actor && isActiveResponder(s, actor)) return "successor";
  return isAdmin ? "admin" : null;
}

function assume(s: IncidentState, cmd: { reason: string }, ctx: CommandContext): DomainEvent[] {
  const { actor } = ctx;
  ensure(commanderOf(s) !== actor, "ALREADY_HOLDS_ROLE", `${actor} already commands ${s.name}.`);
  const as = assumesAs(s, actor, ctx.isAdmin);
  if (as === null) {
    const line = nextInLine(s);
    throw new DomainError(
      "NOT_IN_COMMAND",
      `Only the Deputy or the designated successor${line ? ` (${line})` : ""} can assume command of ${s.name}, or an admin as the last resort; the IC can name a successor.`,
    );
  }
  const reason = cmd.reason.trim();
  ensure(
    reason !== "",
    "REASON_REQUIRED",
    "Say why you take command: it is announced to everyone.",
    "reason",
  );
  const events: DomainEvent[] = [];
  if (!isActiveResponder(s, actor)) {
    events.push({
      type: "responder.checked-in",
      data: { person: actor, skills: [], note: "assumed command" },
    });
  }
  events.push({ type: "command.assumed", data: { from: commanderOf(s), to: actor, reason, as } });
  return events;
}

function designate(s: IncidentState, person: Handle | null, actor: Handle): DomainEvent[] {
  requireCommand(s, actor, "name a successor");
  if (person !== null) {
    ensure(
      isActiveResponder(s, person),
      "NOT_CHECKED_IN",
      `${person} is not checked in to ${s.name}; check them in first.`,
      "person",
    );
    ensure(
      person !== commanderOf(s),
      "ALREADY_HOLDS_ROLE",
      `${person} already commands ${s.name}.`,
      "person",
    );
  }
  ensure(
    person !== s.successor,
    "NOTHING_TO_UPDATE",
    `${person ?? "Nobody"} is already the successor.`,
    "person",
  );
  return [{ type: "command.successor-designated", data: { person } }];
}

function stepAway(
  s: IncidentState,
  cmd: { until: string; notes?: string | undefined },
  ctx: CommandContext,
): DomainEvent[] {
  const { actor, now } = ctx;
  const commander = commanderOf(s);
  ensure(
    commander === actor,
    "NOT_IN_COMMAND",
    `Only the Incident Commander (${commander ?? "vacant"}) can step away from command.`,
  );
  ensure(
    s.away === null,
    "ALREADY_AWAY",
    `${s.away?.commander ?? ""} has stepped away already; they resume first.`,
  );
  const acting = nextInLine(s);
  ensure(
    acting !== null,
    "NO_DEPUTY",
    "Name a Deputy (or a successor) first: they command while you are away.",
  );
  const until = Date.parse(cmd.until);
  ensure(
    !Number.isNaN(until),
    "INVALID_TIME",
    `"${cmd.until}" is not a time; give an ISO 8601 instant.`,
    "until",
  );
  ensure(
    until > now.getTime() && until <= now.getTime() + MAX_AWAY_HOURS * 3_600_000,
    "INVALID_TIME",
    `Step away until a time in the next ${String(MAX_AWAY_HOURS)} hours; for longer, hand over command.`,
    "until",
  );
  const notes = (cmd.notes ?? "").trim();
  return [
    {
      type: "command.stepped-away",
      data: { from: actor, to: acting, until: new Date(until).toISOString(), notes },
    },
  ];
}

function resume(s: IncidentState, actor: Handle): DomainEvent[] {
  ensure(
    s.away !== null && s.away.commander === actor,
    "NOT_AWAY",
    `${actor} has not stepped away from command of ${s.name}.`,
  );
  ensure(
    isActiveResponder(s, actor),
    "NOT_A_RESPONDER",
    `${actor} was released; check in again, then take command by a handover.`,
  );
  return [{ type: "command.resumed", data: { from: commanderOf(s), to: actor } }];
}

/**
 * Command that never deadlocks: the Deputy (else the designated successor, else an admin)
 * assumes command with a reason; the IC names a successor, steps away for a while with the
 * Deputy acting, and resumes explicitly.
 */
export function decideContinuity(
  s: IncidentState,
  cmd: ContinuityCommand,
  ctx: CommandContext,
): DomainEvent[] {
  switch (cmd.type) {
    case "assume-command":
      return assume(s, cmd, ctx);
    case "designate-successor":
      return designate(s, cmd.person, ctx.actor);
    case "step-away":
      return stepAway(s, cmd, ctx);
    case "resume-command":
      return resume(s, ctx.actor);
  }
}

/** Whether `actor` may name a successor now (those in command). */
export const mayDesignate = hasCommandAuthority;
