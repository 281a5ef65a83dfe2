import { isTechCommand, requireResponder } from "../authority.js";
import type { Command } from "../commands.js";
import type { DomainConfig } from "../config.js";
import { DomainError, ensure } from "../errors.js";
import type { DomainEvent, Handle } from "../events.js";
import type { Change } from "../plan.js";
import { changeUnderway, isConcluded, startHold } from "../plan.js";
import type { IncidentState } from "../state.js";
import { commanderOf } from "../state.js";

type ChangeCommand = Extract<Command, { type: `change-${string}` }>;
type Ctx = { actor: Handle; now: Date; config: DomainConfig; newId: () => string };

/** Announce, allow objections or get clearance, one change per system at a time, observe, keep or roll back. */
export function decideChange(s: IncidentState, cmd: ChangeCommand, ctx: Ctx): DomainEvent[] {
  const { actor, now } = ctx;
  requireResponder(s, actor, "take part in changes");
  if (cmd.type === "change-propose") {
    const seconds = cmd.risk === "high" ? null : ctx.config.objectionWindowSeconds[cmd.risk];
    return [
      {
        type: "change.proposed",
        data: {
          id: ctx.newId(),
          what: cmd.what,
          why: cmd.why,
          system: cmd.system,
          risk: cmd.risk,
          rollbackPlan: cmd.rollbackPlan,
          objectionWindowEndsAt:
            seconds === null ? null : new Date(now.getTime() + seconds * 1000).toISOString(),
        },
      },
    ];
  }
  const change = s.changes[cmd.id];
  ensure(change, "CHANGE_NOT_FOUND", `There is no change ${cmd.id} in ${s.name}.`, "id");
  const pending = change.status === "proposed" || change.status === "queued";
  switch (cmd.type) {
    case "change-object":
      ensure(
        pending,
        "CHANGE_STATE",
        `Change ${change.id} is ${change.status}; objections are for changes not yet started.`,
      );
      ensure(
        actor !== change.proposedBy,
        "CHANGE_STATE",
        "You proposed this change; withdraw it instead of objecting.",
      );
      return [
        { type: "change.objected", data: { id: change.id, objectionId: ctx.newId(), reason: cmd.reason } },
      ];
    case "change-withdraw-objection": {
      const objection = change.objections.find((o) => o.id === cmd.objectionId && o.status === "open");
      ensure(
        objection,
        "OBJECTION_NOT_FOUND",
        `There is no open objection ${cmd.objectionId} on change ${change.id}.`,
        "objectionId",
      );
      ensure(objection.by === actor, "NOT_IN_COMMAND", `Only ${objection.by} can withdraw their objection.`);
      return [{ type: "change.objection-withdrawn", data: { id: change.id, objectionId: objection.id } }];
    }
    case "change-clear":
      ensure(
        isTechCommand(s, actor),
        "NOT_IN_COMMAND",
        "Only the Tech Lead or Incident Commander can clear a change.",
      );
      ensure(
        pending,
        "CHANGE_STATE",
        `Change ${change.id} is ${change.status}; only a change not yet started can be cleared.`,
      );
      ensure(
        change.clearedBy === null,
        "CHANGE_STATE",
        `Change ${change.id} was already cleared by ${change.clearedBy ?? ""}.`,
      );
      return [{ type: "change.cleared", data: { id: change.id } }];
    case "change-start":
      return decideStart(s, change, cmd, actor, now);
    case "change-observe":
      mayConduct(s, change, actor);
      ensure(
        change.status === "in-progress",
        "CHANGE_STATE",
        `Change ${change.id} is ${change.status}; observe a change in progress.`,
      );
      return [{ type: "change.observed", data: { id: change.id, result: cmd.result } }];
    case "change-keep":
    case "change-rollback": {
      mayConduct(s, change, actor);
      const allowed = cmd.type === "change-keep" ? ["observed"] : ["in-progress", "observed"];
      ensure(
        allowed.includes(change.status),
        "CHANGE_STATE",
        cmd.type === "change-keep"
          ? `Change ${change.id} is ${change.status}; record the observed result before keeping it.`
          : `Change ${change.id} is ${change.status}; only a started change can be rolled back.`,
      );
      const concluded: DomainEvent =
        cmd.type === "change-keep"
          ? { type: "change.kept", data: { id: change.id } }
          : { type: "change.rolled-back", data: { id: change.id, result: cmd.result ?? null } };
      return [concluded, ...startNextQueued(s, change)];
    }
    case "change-withdraw":
      ensure(
        actor === change.proposedBy || isTechCommand(s, actor),
        "NOT_IN_COMMAND",
        `Only ${change.proposedBy}, the TL or the IC can withdraw this change.`,
      );
      ensure(
        pending,
        "CHANGE_STATE",
        `Change ${change.id} is ${change.status}; a started change is rolled back, not withdrawn.`,
      );
      return [{ type: "change.withdrawn", data: { id: change.id, reason: cmd.reason ?? null } }];
  }
}

function mayConduct(s: IncidentState, change: Change, actor: Handle): void {
  const may = actor === change.proposedBy || actor === change.startedBy || isTechCommand(s, actor);
  ensure(may, "NOT_IN_COMMAND", `Only ${change.proposedBy}, the TL or the IC can do this.`);
}

function decideStart(
  s: IncidentState,
  change: Change,
  cmd: Extract<Command, { type: "change-start" }>,
  actor: Handle,
  now: Date,
): DomainEvent[] {
  mayConduct(s, change, actor);
  ensure(
    change.status === "proposed" || change.status === "queued",
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
  if (override === null) {
    const hold = startHold(change, now.toISOString());
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

/** When a change concludes, the first change queued on its system starts, unless objected to. */
function startNextQueued(s: IncidentState, concluded: Change): DomainEvent[] {
  const next = Object.values(s.changes)
    .filter((c) => c.system === concluded.system && c.status === "queued" && !isConcluded(c))
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt))[0];
  if (!next || next.objections.some((o) => o.status === "open")) return [];
  return [{ type: "change.started", data: { id: next.id, override: null, overruled: [], automatic: true } }];
}
