import type { OrgWarning } from "../../../domain/org-tree.js";
import type { IncidentState } from "../../../domain/state.js";
import { holdersOf } from "../../../domain/state.js";
import type { ChildEntry, IncidentRef, Relations } from "./model.js";
import { UMBRELLA_LIAISON, refLabel } from "./model.js";

/** How the status doc shows an incident's relations. */
export type RelationsDoc = Omit<Relations, "children" | "parent"> & {
  parent: (IncidentRef & { liaison: string | null }) | null;
  /** The umbrella's roll-up, in the order the children joined. */
  children: ChildEntry[];
};

/** The relations part of the status doc. */
export function relationsDoc(s: IncidentState): RelationsDoc {
  const r = s.relations;
  return {
    ...r,
    parent: r.parent && { ...r.parent, liaison: holdersOf(s, UMBRELLA_LIAISON)[0] ?? null },
    children: Object.values(r.children).sort((a, b) => a.attachedAt.localeCompare(b.attachedAt)),
  };
}

/** A child without a Liaison to its umbrella shows as missing in both status docs. */
export function liaisonWarnings(s: IncidentState): OrgWarning[] {
  if (s.status === "ended") return [];
  const warnings: OrgWarning[] = [];
  const parent = s.relations.parent;
  if (parent && holdersOf(s, UMBRELLA_LIAISON).length === 0) {
    warnings.push({
      code: "LIAISON_MISSING",
      person: null,
      message: `No Liaison to umbrella ${refLabel(parent)}: name one (role ${UMBRELLA_LIAISON}).`,
    });
  }
  for (const child of Object.values(s.relations.children)) {
    if (child.liaison === null && child.status !== "ended") {
      warnings.push({
        code: "LIAISON_MISSING",
        person: null,
        message: `${refLabel(child.incident)} has not named its Liaison to this umbrella yet.`,
      });
    }
  }
  return warnings;
}
