import { decideLinks } from "./links.js";
import { decideContinuity } from "./command.js";
import { decideCapability } from "../../capabilities/domain.js";
import type { Command } from "../commands.js";
import type { CommandContext } from "../capability.js";
import { ensure } from "../errors.js";
import type { DomainEvent, EventEnvelope, Handle } from "../events.js";
import { applyInPlace } from "../evolve.js";
import type { IncidentState } from "../state.js";
import { rolesOf } from "../state.js";
import { decideStatus, decideUpdate } from "./lifecycle.js";
import {
  decideAssign,
  decideCheckIn,
  decideFormGroup,
  decideMove,
  decideMoveGroup,
  decideRelease,
} from "./organisation.js";
import { decidePlan } from "./plan.js";
import { decideReport } from "./reports.js";
import { decideAnswer, decideFill, decideOffer } from "./roles.js";

export type { CommandContext } from "../capability.js";

/** What goes on after the end: the record and the Ending and Postmortem checklists. */
export const WRAP_UP: ReadonlySet<string> = new Set([
  "log",
  "check-item",
  "attach-checklist",
  // The record of how incidents relate goes on after the end: a later one may turn out to be
  // caused by this one, and an umbrella still rolls up children that ended.
  "link-incident",
  "unlink-incident",
  "mirror-link",
  "track-child",
  "add-follow-up",
  "update-follow-up",
  // Stakeholders still hear the resolution and get answers after the end.
  "draft-update",
  "approve-update",
  "reject-update",
  "ask-question",
  "answer-question",
]);

/** A command plus the current state gives events, or throws a DomainError. */
export function decide(s: IncidentState, cmd: Command, ctx: CommandContext): DomainEvent[] {
  const reopening = cmd.type === "set-status" && s.status === "ended";
  ensure(
    s.status !== "ended" || reopening || WRAP_UP.has(cmd.type),
    "INCIDENT_ENDED",
    `${s.name} has ended; only wrap-up goes on (log entries and checklists). Reopen it (status "active" with a reason) to respond again.`,
  );
  const { actor } = ctx;
  switch (cmd.type) {
    case "update":
      return decideUpdate(s, cmd, actor, ctx.config);
    case "set-status":
      return decideStatus(s, cmd, actor, ctx.isAdmin);
    case "check-in":
      return decideCheckIn(s, cmd, actor);
    case "assign":
      return decideAssign(s, cmd, actor);
    case "move":
      return decideMove(s, cmd, actor);
    case "release":
      return decideRelease(s, cmd, actor);
    case "fill-role":
      return decideFill(s, cmd, actor);
    case "form-group":
      return decideFormGroup(s, cmd, actor);
    case "move-group":
      return decideMoveGroup(s, cmd, actor);
    case "offer-transfer":
      return decideOffer(s, cmd, actor, ctx.config, ctx.newId);
    case "accept-transfer":
    case "decline-transfer":
    case "withdraw-transfer":
      return decideAnswer(s, cmd, actor);
    case "set-links":
      return decideLinks(s, cmd.links, actor);
    case "assume-command":
    case "designate-successor":
    case "step-away":
    case "resume-command":
      return decideContinuity(s, cmd, ctx);
    case "report-can":
    case "log":
    case "post-message":
    case "post-update":
    case "decide":
      return decideReport(s, cmd, actor, ctx.newId);
    case "start-period":
    case "set-objective":
    case "update-objective":
    case "assign-task":
    case "ack-task":
    case "report-task":
    case "cancel-task":
      return decidePlan(s, cmd, ctx);
    default:
      // Only capability commands remain here; a core command without a case fails to compile.
      return decideCapability(s, cmd, ctx);
  }
}

/**
 * Stamps events with sequence numbers, time, actor and the actor's roles before the
 * command, and folds them: the pure heart of every write.
 */
export function stamp(
  state: IncidentState | null,
  events: DomainEvent[],
  actor: Handle,
  at: Date,
  mode: "copy" | "in-place" = "copy",
): { envelopes: EventEnvelope[]; state: IncidentState } {
  const iso = at.toISOString();
  const actorRoles = state ? rolesOf(state, actor) : [];
  // "in-place" is for callers that own `state` (the write path parsed it from storage).
  let current = state === null || mode === "in-place" ? state : structuredClone(state);
  const envelopes: EventEnvelope[] = [];
  for (const event of events) {
    const envelope = {
      ...event,
      seq: (current?.seq ?? 0) + 1,
      at: iso,
      actor,
      actorRoles: current === null ? [] : actorRoles,
    };
    current = applyInPlace(current, envelope);
    if (envelope.type === "incident.declared") {
      envelope.actorRoles = rolesOf(current, actor);
    }
    envelopes.push(envelope);
  }
  if (current === null) {
    throw new Error("a command produced no events");
  }
  return { envelopes, state: current };
}
