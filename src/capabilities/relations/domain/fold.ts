import type { CapabilityDomain } from "../../../domain/capability.js";
import type { RelationCommand, RelationEvent, RelationKind } from "./model.js";
import { refLabel } from "./model.js";

type Domain = CapabilityDomain<RelationCommand, RelationEvent>;

/** Folds relation events into state. */
export const foldRelations: Domain["fold"] = {
  "relation.linked": (s, e) => {
    s.relations.links.push({ incident: e.data.incident, kind: e.data.kind, by: e.actor, at: e.at });
  },
  "relation.unlinked": (s, e) => {
    s.relations.links = s.relations.links.filter((l) => l.incident.id !== e.data.incident.id);
  },
  "relation.merged": (s, e) => {
    s.relations.mergedInto = e.data.into;
  },
  "relation.absorbed": (s, e) => {
    s.relations.absorbed.push({ ...e.data, at: e.at });
    // The duplicate's audience was told of the merge; from now on they hear from here.
    s.audience = [...new Set([...s.audience, ...e.data.audience])];
  },
  "umbrella.attached": (s, e) => {
    s.relations.parent = e.data.umbrella;
  },
  "umbrella.detached": (s) => {
    s.relations.parent = null;
  },
  "umbrella.child-attached": (s, e) => {
    s.relations.children[e.data.summary.incident.id] = { ...e.data.summary, attachedAt: e.at };
  },
  "umbrella.child-reported": (s, e) => {
    const attachedAt = s.relations.children[e.data.summary.incident.id]?.attachedAt ?? e.at;
    s.relations.children[e.data.summary.incident.id] = { ...e.data.summary, attachedAt };
  },
  "umbrella.child-detached": (s, e) => {
    // Rebuilt without the key rather than deleted, so the record stays a plain object.
    s.relations.children = Object.fromEntries(
      Object.entries(s.relations.children).filter(([id]) => id !== e.data.child.id),
    );
  },
};

const KIND_TEXT: Record<RelationKind, string> = {
  related: "related to",
  "duplicate-of": "a duplicate of",
  "duplicated-by": "duplicated by",
  "caused-by": "caused by",
  causes: "the cause of",
};

/** One line per relation event. */
export const describeRelations: Domain["describe"] = {
  "relation.linked": (e, who) =>
    e.data.mirrored
      ? `Linked from ${refLabel(e.data.incident)}: this incident is ${KIND_TEXT[e.data.kind]} it`
      : `${who} linked this incident as ${KIND_TEXT[e.data.kind]} ${refLabel(e.data.incident)}`,
  "relation.unlinked": (e, who) =>
    e.data.mirrored
      ? `${refLabel(e.data.incident)} removed its link to this incident`
      : `${who} removed the link to ${refLabel(e.data.incident)}`,
  "relation.merged": (e, who) =>
    `${who} merged this incident into ${refLabel(e.data.into)}: ${String(e.data.responders.length)} responders and the audience move there`,
  "relation.absorbed": (e) =>
    `${refLabel(e.data.incident)} was merged into this incident: ${e.data.responders.join(", ") || "nobody"} checked in from it, ${String(e.data.keyEntries.length)} key entries referenced`,
  "umbrella.attached": (e, who) =>
    `${who} put this incident under umbrella ${refLabel(e.data.umbrella)}; its IC names a Liaison to it`,
  "umbrella.detached": (e, who) => `${who} took this incident out of umbrella ${refLabel(e.data.umbrella)}`,
  "umbrella.child-attached": (e) =>
    `${refLabel(e.data.summary.incident)} joined this umbrella (${e.data.summary.severity}, IC ${e.data.summary.commander ?? "wanted"}, Liaison ${e.data.summary.liaison ?? "not named yet"})`,
  "umbrella.child-reported": (e) =>
    `${refLabel(e.data.summary.incident)}: ${e.data.changed
      .map((c) => {
        const s = e.data.summary;
        if (c === "status") return `status ${s.status}`;
        if (c === "severity") return `severity ${s.severity}`;
        if (c === "commander") return `IC ${s.commander ?? "wanted"}`;
        if (c === "liaison") return `Liaison ${s.liaison ?? "none"}`;
        if (c === "can") return `new CAN from ${s.lastCan?.reporter ?? "?"}`;
        if (c === "needs") return `${String(s.openNeeds.length)} open needs`;
        return `renamed ${s.incident.name}`;
      })
      .join(", ")}`,
  "umbrella.child-detached": (e) => `${refLabel(e.data.child)} left this umbrella`,
};
