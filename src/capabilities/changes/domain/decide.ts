import { isTechCommand, requireResponder } from "../../../domain/authority.js";
import type { CapabilityDomain, CommandContext } from "../../../domain/capability.js";
import { DomainError, ensure } from "../../../domain/errors.js";
import type { DomainEvent, Handle } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { commanderOf } from "../../../domain/state.js";
import type { Change, ChangeCommand, ChangeEvent, ChangeTimerKind } from "./model.js";
import { changeUnderway, isConcluded, startHold } from "./model.js";
import { own } from "../../../domain/own.js";

type Of<T extends ChangeCommand["type"]> = Extract<ChangeCommand, { type: T }>;

/** The change a command names, once the actor is known to be a responder. */
function changeFor(s: IncidentState, id: string, actor: Handle): Change {
  requireResponder(s, actor, "take part in changes");
  const change = own(s.changes, id);
  ensure(change, "CHANGE_NOT_FOUND", `There is no change ${id} in ${s.name}.`, "id");
  return change;
}

const pending = (change: Change): boolean => change.status === "proposed" || change.status === "queued";

function mayConduct(s: IncidentState, change: Change, actor: Handle): void {
  const may = actor === change.proposedBy || actor === change.startedBy || isTechCommand(s, actor);
  ensure(may, "NOT_IN_COMMAND", `Only ${change.proposedBy}, the TL or the IC can do this.`);
}

/** Announce a change: low and medium risk get an objection window, high risk needs clearance. */
function propose(s: IncidentState, cmd: Of<"change-propose">, ctx: CommandContext): DomainEvent[] {
  requireResponder(s, ctx.actor, "take part in changes");
  const seconds = cmd.risk === "high" ? null : ctx.config.objectionWindowSeconds[cmd.risk];
  const { what, why, system, risk, rollbackPlan } = cmd;
  return [
    {
      type: "change.proposed",
      data: {
        id: ctx.newId(),
        ...{ what, why, system, risk, rollbackPlan },
        objectionWindowEndsAt:
          seconds === null ? null : new Date(ctx.now.getTime() + seconds * 1000).toISOString(),
      },
    },
  ];
}

function object(s: IncidentState, cmd: Of<"change-object">, ctx: CommandContext): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  ensure(
    pending(change),
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; objections are for changes not yet started.`,
  );
  ensure(
    ctx.actor !== change.proposedBy,
    "CHANGE_STATE",
    "You proposed this change; withdraw it instead of objecting.",
  );
  return [{ type: "change.objected", data: { id: change.id, objectionId: ctx.newId(), reason: cmd.reason } }];
}

function withdrawObjection(
  s: IncidentState,
  cmd: Of<"change-withdraw-objection">,
  ctx: CommandContext,
): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  const objection = change.objections.find((o) => o.id === cmd.objectionId && o.status === "open");
  ensure(
    objection,
    "OBJECTION_NOT_FOUND",
    `There is no open objection ${cmd.objectionId} on change ${change.id}.`,
    "objectionId",
  );
  ensure(objection.by === ctx.actor, "NOT_IN_COMMAND", `Only ${objection.by} can withdraw their objection.`);
  return [{ type: "change.objection-withdrawn", data: { id: change.id, objectionId: objection.id } }];
}

function clear(s: IncidentState, cmd: Of<"change-clear">, ctx: CommandContext): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  ensure(
    isTechCommand(s, ctx.actor),
    "NOT_IN_COMMAND",
    "Only the Tech Lead or Incident Commander can clear a change.",
  );
  ensure(
    pending(change),
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; only a change not yet started can be cleared.`,
  );
  ensure(
    change.clearedBy === null,
    "CHANGE_STATE",
    `Change ${change.id} was already cleared by ${change.clearedBy ?? ""}.`,
  );
  return [{ type: "change.cleared", data: { id: change.id } }];
}

/** Start a change: nothing holds it (or the IC overrides), and its system is free (or it queues). */
function start(s: IncidentState, cmd: Of<"change-start">, ctx: CommandContext): DomainEvent[] {
  const { actor } = ctx;
  const change = changeFor(s, cmd.id, actor);
  mayConduct(s, change, actor);
  ensure(
    pending(change),
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; only a proposed or queued change can start.`,
  );
  const override = cmd.override?.trim() || null;
  if (override !== null) {
    ensure(
      actor === commanderOf(s),
      "NOT_IN_COMMAND",
      "Only the Incident Commander can override objections or the objection window.",
    );
  }
  const open = change.objections.filter((o) => o.status === "open");
  if (override === null) refuseHeld(change, ctx.now);
  const busy = changeUnderway(Object.values(s.changes), change.system, change.id);
  if (busy) {
    if (cmd.whenFree && change.status !== "queued") {
      return [{ type: "change.queued", data: { id: change.id, behind: busy.id } }];
    }
    throw new DomainError(
      "CHANGE_IN_PROGRESS",
      `Change ${busy.id} ("${busy.what}") is in progress on ${change.system}; one change at a time per system. Start with whenFree to queue behind it.`,
      "id",
    );
  }
  return [
    {
      type: "change.started",
      data: { id: change.id, override, overruled: override ? open.map((o) => o.id) : [], automatic: false },
    },
  ];
}

function refuseHeld(change: Change, now: Date): void {
  const hold = startHold(change, now.toISOString());
  const open = change.objections.filter((o) => o.status === "open");
  ensure(
    hold !== "objection",
    "OBJECTION_OPEN",
    `${open.map((o) => `${o.by} objects: "${o.reason}"`).join("; ")}. Resolve the objection, or the IC can override with a reason.`,
  );
  ensure(
    hold !== "clearance",
    "CLEARANCE_REQUIRED",
    "A high-risk change needs clearance from the Tech Lead or Incident Commander before it starts.",
  );
  ensure(
    hold !== "window",
    "OBJECTION_WINDOW_OPEN",
    `The objection window for change ${change.id} is open until ${change.objectionWindowEndsAt ?? ""}; wait, or have the TL or IC clear it.`,
  );
}

function observe(s: IncidentState, cmd: Of<"change-observe">, ctx: CommandContext): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  mayConduct(s, change, ctx.actor);
  ensure(
    change.status === "in-progress",
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; observe a change in progress.`,
  );
  return [{ type: "change.observed", data: { id: change.id, result: cmd.result } }];
}

function keep(s: IncidentState, cmd: Of<"change-keep">, ctx: CommandContext): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  mayConduct(s, change, ctx.actor);
  ensure(
    change.status === "observed",
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; record the observed result before keeping it.`,
  );
  return [{ type: "change.kept", data: { id: change.id } }, ...startNextQueued(s, change)];
}

function rollback(s: IncidentState, cmd: Of<"change-rollback">, ctx: CommandContext): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  mayConduct(s, change, ctx.actor);
  ensure(
    change.status === "in-progress" || change.status === "observed",
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; only a started change can be rolled back.`,
  );
  return [
    { type: "change.rolled-back", data: { id: change.id, result: cmd.result ?? null } },
    ...startNextQueued(s, change),
  ];
}

function withdraw(s: IncidentState, cmd: Of<"change-withdraw">, ctx: CommandContext): DomainEvent[] {
  const change = changeFor(s, cmd.id, ctx.actor);
  ensure(
    ctx.actor === change.proposedBy || isTechCommand(s, ctx.actor),
    "NOT_IN_COMMAND",
    `Only ${change.proposedBy}, the TL or the IC can withdraw this change.`,
  );
  ensure(
    pending(change),
    "CHANGE_STATE",
    `Change ${change.id} is ${change.status}; a started change is rolled back, not withdrawn.`,
  );
  return [{ type: "change.withdrawn", data: { id: change.id, reason: cmd.reason ?? null } }];
}

/** When a change concludes, the first change queued on its system starts, unless objected to. */
function startNextQueued(s: IncidentState, concluded: Change): DomainEvent[] {
  const next = Object.values(s.changes)
    .filter((c) => c.system === concluded.system && c.status === "queued" && !isConcluded(c))
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt))[0];
  if (!next || next.objections.some((o) => o.status === "open")) return [];
  return [{ type: "change.started", data: { id: next.id, override: null, overruled: [], automatic: true } }];
}

/** Announce, allow objections or get clearance, one change per system at a time, observe, keep or roll back. */
export const decideChanges: CapabilityDomain<ChangeCommand, ChangeEvent, ChangeTimerKind>["decide"] = {
  "change-propose": propose,
  "change-object": object,
  "change-withdraw-objection": withdrawObjection,
  "change-clear": clear,
  "change-start": start,
  "change-observe": observe,
  "change-keep": keep,
  "change-rollback": rollback,
  "change-withdraw": withdraw,
};
