import type { CapabilityDomain } from "../../../domain/capability.js";
import { commanderOf } from "../../../domain/state.js";
import type { IncidentState } from "../../../domain/state.js";
import { decideRelations } from "./decide.js";
import { describeRelations, foldRelations } from "./fold.js";
import type { RelationCommand, RelationEvent } from "./model.js";
import { RELATION_EVENT_TYPES } from "./model.js";

export * from "./model.js";
export { refOf } from "./decide.js";
export { childSummary } from "./summary.js";
export { conflictsOf } from "./conflicts.js";
export type { Conflict } from "./conflicts.js";
export type { RelationsDoc } from "./doc.js";

function commander(s: IncidentState): string[] {
  const ic = commanderOf(s);
  return ic ? [ic] : [];
}

/**
 * Meta-response: incidents linked to each other (related, duplicate, cause), duplicates merged,
 * and umbrella incidents whose IC coordinates several, each child sending a Liaison.
 */
export const relationsDomain = {
  name: "relations",
  eventTypes: RELATION_EVENT_TYPES,
  decide: decideRelations,
  fold: foldRelations,
  describe: describeRelations,
  recipients: {
    "relation.linked": (s, e) => (e.data.mirrored ? commander(s) : []),
    "relation.merged": (s, e) => [...new Set([...s.audience, ...e.data.responders])],
    "relation.absorbed": (s) => commander(s),
    // The child's IC owes the umbrella a Liaison.
    "umbrella.attached": (s) => commander(s),
    "umbrella.child-attached": (s) => commander(s),
    "umbrella.child-detached": (s) => commander(s),
  },
} satisfies CapabilityDomain<RelationCommand, RelationEvent>;
