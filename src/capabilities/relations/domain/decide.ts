import { hasCommandAuthority, requireCommand, requireResponder } from "../../../domain/authority.js";
import type { CapabilityDomain } from "../../../domain/capability.js";
import { decideStatus } from "../../../domain/decide/lifecycle.js";
import { DomainError, ensure } from "../../../domain/errors.js";
import type { DomainEvent } from "../../../domain/events.js";
import type { IncidentState } from "../../../domain/state.js";
import { activeResponders, isActiveResponder } from "../../../domain/state.js";
import type { IncidentRef, RelationCommand, RelationEvent, Target } from "./model.js";
import { refLabel } from "./model.js";
import { trackChild } from "./track.js";

/** This incident as another's record names it. */
export function refOf(s: IncidentState): IncidentRef {
  return { id: s.id, number: s.number, name: s.name };
}

function plainRef(t: IncidentRef): IncidentRef {
  return { id: t.id, number: t.number, name: t.name };
}

/**
 * Restricted incidents stay out of relations: a link, merge or umbrella would show the other
 * incident's responders that this one exists.
 */
function requireRelatable(s: IncidentState, target: Target, field: string): void {
  ensure(target.id !== s.id, "INVALID_RELATION", `${s.name} cannot be related to itself.`, field);
  ensure(
    s.visibility === "open" && target.visibility === "open",
    "RESTRICTED_RELATION",
    "Restricted incidents are not linked, merged or put under an umbrella: that would tell the other incident's responders about them.",
    field,
  );
}

/** Links, merges and umbrellas. */
export const decideRelations: CapabilityDomain<RelationCommand, RelationEvent>["decide"] = {
  "link-incident": (s, cmd, ctx) => {
    requireResponder(s, ctx.actor, "link incidents");
    requireRelatable(s, cmd.target, "incident");
    const existing = s.relations.links.find((l) => l.incident.id === cmd.target.id);
    ensure(
      !existing,
      "RELATION_EXISTS",
      `${s.name} is already linked to ${refLabel(cmd.target)} (${existing?.kind ?? ""}); unlink it first to change how.`,
      "incident",
    );
    return [
      { type: "relation.linked", data: { incident: plainRef(cmd.target), kind: cmd.kind, mirrored: false } },
    ];
  },
  "unlink-incident": (s, cmd, ctx) => {
    requireResponder(s, ctx.actor, "unlink incidents");
    const existing = s.relations.links.find((l) => l.incident.id === cmd.target.id);
    ensure(existing, "RELATION_NOT_FOUND", `${s.name} is not linked to ${refLabel(cmd.target)}.`, "incident");
    return [{ type: "relation.unlinked", data: { incident: existing.incident, mirrored: false } }];
  },
  "merge-into": (s, cmd, ctx) => {
    requireCommand(s, ctx.actor, "merge this incident into another");
    requireRelatable(s, cmd.target, "into");
    ensure(
      cmd.target.status !== "ended",
      "INVALID_RELATION",
      `${refLabel(cmd.target)} has ended; merge into an incident still running.`,
      "into",
    );
    ensure(
      !cmd.target.umbrella && !s.relations.umbrella,
      "INVALID_RELATION",
      "Umbrellas are not merged: merge a duplicate into the incident it duplicates, and detach children instead.",
      "into",
    );
    const into = plainRef(cmd.target);
    const linked = s.relations.links.some((l) => l.incident.id === into.id);
    const ending = decideStatus(
      s,
      {
        type: "set-status",
        status: "ended",
        summary: `Merged into ${refLabel(into)}.`,
        confirm: cmd.confirm,
      },
      ctx.actor,
      ctx.isAdmin,
    );
    return [
      ...(linked
        ? []
        : [
            {
              type: "relation.linked" as const,
              data: { incident: into, kind: "duplicate-of" as const, mirrored: false },
            },
          ]),
      { type: "relation.merged", data: { into, responders: activeResponders(s), audience: s.audience } },
      ...ending,
    ];
  },
  "attach-to-umbrella": (s, cmd, ctx) => {
    const allowed = hasCommandAuthority(s, ctx.actor) || cmd.target.commander === ctx.actor || ctx.isAdmin;
    if (!allowed) {
      throw new DomainError(
        "NOT_IN_COMMAND",
        "Only this incident's Incident Commander or Deputy, or the umbrella's Incident Commander, attaches it to an umbrella.",
      );
    }
    requireRelatable(s, cmd.target, "umbrella");
    ensure(
      cmd.target.umbrella,
      "INVALID_RELATION",
      `${refLabel(cmd.target)} is not an umbrella incident; declare one with "umbrella": true.`,
      "umbrella",
    );
    ensure(
      !s.relations.umbrella,
      "INVALID_RELATION",
      `${s.name} is an umbrella itself; umbrellas do not nest.`,
      "umbrella",
    );
    ensure(
      cmd.target.status !== "ended",
      "INVALID_RELATION",
      `${refLabel(cmd.target)} has ended.`,
      "umbrella",
    );
    ensure(
      s.relations.parent === null,
      "RELATION_EXISTS",
      `${s.name} is already under ${s.relations.parent ? refLabel(s.relations.parent) : ""}; detach it first.`,
      "umbrella",
    );
    return [{ type: "umbrella.attached", data: { umbrella: plainRef(cmd.target) } }];
  },
  "detach-from-umbrella": (s, _cmd, ctx) => {
    if (!ctx.isAdmin) requireCommand(s, ctx.actor, "detach this incident from its umbrella");
    const parent = s.relations.parent;
    ensure(parent, "RELATION_NOT_FOUND", `${s.name} is not under an umbrella.`);
    return [{ type: "umbrella.detached", data: { umbrella: parent } }];
  },
  "mirror-link": (s, cmd) => {
    const existing = s.relations.links.find((l) => l.incident.id === cmd.source.id);
    if (cmd.kind === null) {
      return existing
        ? [{ type: "relation.unlinked", data: { incident: existing.incident, mirrored: true } }]
        : [];
    }
    if (existing) return [];
    return [{ type: "relation.linked", data: { incident: cmd.source, kind: cmd.kind, mirrored: true } }];
  },
  "absorb-duplicate": (s, cmd) => {
    if (s.relations.absorbed.some((a) => a.incident.id === cmd.source.id)) return [];
    const events: DomainEvent[] = [
      {
        type: "relation.absorbed",
        data: {
          incident: cmd.source,
          responders: cmd.responders,
          audience: cmd.audience,
          keyEntries: cmd.keyEntries,
        },
      },
    ];
    for (const person of cmd.responders.filter((p) => !isActiveResponder(s, p))) {
      events.push({
        type: "responder.checked-in",
        data: { person, skills: [], note: `from ${refLabel(cmd.source)}, merged into this incident` },
      });
    }
    return events;
  },
  "track-child": (s, cmd) => trackChild(s, cmd.summary, cmd.attached),
};
