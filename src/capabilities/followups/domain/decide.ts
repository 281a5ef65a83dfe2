import { hasCommandAuthority, requireResponder } from "../../../domain/authority.js";
import type { CapabilityDomain } from "../../../domain/capability.js";
import { DomainError, ensure } from "../../../domain/errors.js";
import type { IncidentState } from "../../../domain/state.js";
import type { FollowUp, FollowUpCommand, FollowUpEvent, FollowUpSource } from "./model.js";
import { own } from "../../../domain/own.js";

function checkSource(s: IncidentState, source: FollowUpSource): void {
  const missing = (what: string) =>
    new DomainError(
      "INVALID_SOURCE",
      `There is no ${what} "${source.ref ?? ""}" in ${s.name} to follow up.`,
      "source",
    );
  if (source.kind === "need" && (source.ref === null || own(s.needs, source.ref) === undefined)) {
    throw missing("need");
  }
  if (source.kind === "change" && (source.ref === null || own(s.changes, source.ref) === undefined)) {
    throw missing("change");
  }
  if (source.kind === "decision") {
    const seq = Number(source.ref);
    if (!Number.isInteger(seq) || seq < 1 || seq > s.seq) throw missing("decision");
  }
}

function checkDue(dueAt: string | null | undefined): void {
  if (dueAt === undefined || dueAt === null) return;
  ensure(
    !Number.isNaN(Date.parse(dueAt)),
    "INVALID_TIME",
    `"${dueAt}" is not a time; use ISO 8601, e.g. 2026-12-18T17:00:00Z.`,
    "dueAt",
  );
}

function mayChange(s: IncidentState, f: FollowUp, ctx: { actor: string; isAdmin: boolean }): void {
  const allowed =
    ctx.isAdmin || f.owner === ctx.actor || f.createdBy === ctx.actor || hasCommandAuthority(s, ctx.actor);
  if (!allowed) {
    throw new DomainError(
      "NOT_IN_COMMAND",
      `Only ${f.owner} (its owner), who created it, the IC or an admin can change "${f.title}".`,
    );
  }
}

/** Add follow-ups (during the response or after it) and move them along to done. */
export const decideFollowUps: CapabilityDomain<FollowUpCommand, FollowUpEvent>["decide"] = {
  "add-follow-up": (s, cmd, ctx) => {
    if (!ctx.isAdmin) requireResponder(s, ctx.actor, "add follow-ups");
    const source = cmd.source ?? { kind: "manual", ref: null, section: null };
    checkSource(s, source);
    checkDue(cmd.dueAt);
    return [
      {
        type: "follow-up.added",
        data: {
          id: ctx.newId(),
          title: cmd.title,
          owner: cmd.owner,
          dueAt: cmd.dueAt ?? null,
          priority: cmd.priority ?? "medium",
          source,
        },
      },
    ];
  },
  "update-follow-up": (s, cmd, ctx) => {
    const f = own(s.followUps, cmd.id);
    ensure(f, "FOLLOW_UP_NOT_FOUND", `There is no follow-up ${cmd.id} in ${s.name}.`, "id");
    mayChange(s, f, ctx);
    ensure(
      cmd.state !== "wont-do" || (cmd.reason ?? "").trim() !== "",
      "REASON_REQUIRED",
      "Say why it will not be done; the reason stays with it.",
      "reason",
    );
    checkDue(cmd.dueAt);
    const changes = Object.fromEntries(
      Object.entries({
        title: cmd.title,
        owner: cmd.owner,
        dueAt: cmd.dueAt,
        priority: cmd.priority,
        state: cmd.state,
        reason: cmd.reason,
      }).filter(([k, v]) => v !== undefined && v !== f[k as keyof typeof f]),
    );
    ensure(
      Object.keys(changes).length > 0,
      "NOTHING_TO_UPDATE",
      "Give at least one field that differs from the follow-up as it is.",
    );
    return [{ type: "follow-up.updated", data: { id: f.id, title: f.title, changes } }];
  },
  "track-follow-up": (s, cmd, ctx) => {
    const f = own(s.followUps, cmd.id);
    ensure(f, "FOLLOW_UP_NOT_FOUND", `There is no follow-up ${cmd.id} in ${s.name}.`, "id");
    mayChange(s, f, ctx);
    // A tracker outside Muster is outside its access rules: nothing of a restricted incident goes there.
    ensure(
      s.visibility !== "restricted",
      "RESTRICTED_TRACKER",
      "Follow-ups of a restricted incident stay in Muster; they are not sent to an outside tracker.",
    );
    ensure(
      f.tracker === undefined,
      "FOLLOW_UP_TRACKED",
      typeof f.tracker === "object"
        ? `"${f.title}" is tracked already as ${f.tracker.key}.`
        : `"${f.title}" is being sent to the tracker already.`,
    );
    return [{ type: "follow-up.tracking-requested", data: { id: f.id, title: f.title } }];
  },
  "link-follow-up": (s, cmd, ctx) => {
    const f = own(s.followUps, cmd.id);
    ensure(f, "FOLLOW_UP_NOT_FOUND", `There is no follow-up ${cmd.id} in ${s.name}.`, "id");
    ensure(ctx.isAdmin, "NOT_IN_COMMAND", "Only Muster's tracker sync records a follow-up's issue.");
    // At-least-once: the same link again records nothing.
    if (typeof f.tracker === "object" && f.tracker.key === cmd.tracker.key) return [];
    return [{ type: "follow-up.linked", data: { id: f.id, title: f.title, tracker: cmd.tracker } }];
  },
};
