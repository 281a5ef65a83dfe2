import type { Handle, IncidentStatus, Visibility } from "../../../domain/events.js";

/** Another incident, as this one's record names it. */
export type IncidentRef = { id: string; number: number; name: string };

/** Another incident as the caller found it (resolved by the application before the rules run). */
export type Target = IncidentRef & {
  visibility: Visibility;
  status: IncidentStatus;
  umbrella: boolean;
  commander: Handle | null;
};

/** How one incident relates to another; each kind has its inverse on the other side. */
export type RelationKind = "related" | "duplicate-of" | "duplicated-by" | "caused-by" | "causes";

/** The kinds a person may record (the other side gets the inverse). */
export const LINK_KINDS = ["related", "duplicate-of", "caused-by"] as const;

export const INVERSE: Record<RelationKind, RelationKind> = {
  related: "related",
  "duplicate-of": "duplicated-by",
  "duplicated-by": "duplicate-of",
  "caused-by": "causes",
  causes: "caused-by",
};

export type Relation = { incident: IncidentRef; kind: RelationKind; by: Handle; at: string };

/** A child incident as its umbrella sees it: rolled up from the child's own record. */
export type ChildSummary = {
  incident: IncidentRef;
  status: IncidentStatus;
  severity: string;
  commander: Handle | null;
  /** The child's Liaison to the umbrella (null: not named yet). */
  liaison: Handle | null;
  lastCan: { reporter: Handle; at: string; conditions: string; actions: string; needs: string } | null;
  openNeeds: string[];
  /** The child's seq this summary reflects (older summaries are ignored). */
  seq: number;
};

export type ChildEntry = ChildSummary & { attachedAt: string };

/** Merged-in duplicates: whose responders and audience came over, and their key record. */
export type Absorbed = {
  incident: IncidentRef;
  responders: Handle[];
  audience: Handle[];
  keyEntries: { seq: number; at: string; text: string }[];
  at: string;
};

/** Meta-response: links to other incidents, the umbrella above, the children below, merges. */
export type Relations = {
  /** This incident coordinates others (a meta-response). */
  umbrella: boolean;
  parent: IncidentRef | null;
  children: Record<string, ChildEntry>;
  links: Relation[];
  mergedInto: IncidentRef | null;
  absorbed: Absorbed[];
};

/** The role a child's Liaison to its umbrella holds in the child. */
export const UMBRELLA_LIAISON = "liaison:umbrella";

/** The role that Liaison holds in the umbrella's tree: one seat per child. */
export function seatFor(child: IncidentRef): `liaison:${string}` {
  return `liaison:inc-${String(child.number)}`;
}

/** A new incident's relations. */
export function noRelations(umbrella = false): Relations {
  return { umbrella, parent: null, children: {}, links: [], mergedInto: null, absorbed: [] };
}

/** The commands of the relations capability. Those marked "system" come from the relations consumer. */
export type RelationCommand =
  | { type: "link-incident"; target: Target; kind: (typeof LINK_KINDS)[number] }
  | { type: "unlink-incident"; target: IncidentRef }
  | { type: "merge-into"; target: Target; confirm?: boolean | undefined }
  | { type: "attach-to-umbrella"; target: Target }
  | { type: "detach-from-umbrella" }
  /** System: the other side of a link or unlink. */
  | { type: "mirror-link"; source: IncidentRef; kind: RelationKind | null }
  /** System: a duplicate merged into this incident. */
  | {
      type: "absorb-duplicate";
      source: IncidentRef;
      responders: Handle[];
      audience: Handle[];
      keyEntries: Absorbed["keyEntries"];
    }
  /** System: a child's roll-up (attached: true on attach, false on detach). */
  | { type: "track-child"; summary: ChildSummary; attached: boolean };

/** The events of the relations capability. */
export type RelationEvent =
  | { type: "relation.linked"; data: { incident: IncidentRef; kind: RelationKind; mirrored: boolean } }
  | { type: "relation.unlinked"; data: { incident: IncidentRef; mirrored: boolean } }
  | {
      type: "relation.merged";
      data: { into: IncidentRef; responders: Handle[]; audience: Handle[] };
    }
  | { type: "relation.absorbed"; data: Omit<Absorbed, "at"> }
  | { type: "umbrella.attached"; data: { umbrella: IncidentRef } }
  | { type: "umbrella.detached"; data: { umbrella: IncidentRef } }
  | { type: "umbrella.child-attached"; data: { summary: ChildSummary } }
  | { type: "umbrella.child-reported"; data: { summary: ChildSummary; changed: string[] } }
  | { type: "umbrella.child-detached"; data: { child: IncidentRef } };

export const RELATION_EVENT_TYPES = [
  "relation.linked",
  "relation.unlinked",
  "relation.merged",
  "relation.absorbed",
  "umbrella.attached",
  "umbrella.detached",
  "umbrella.child-attached",
  "umbrella.child-reported",
  "umbrella.child-detached",
] as const satisfies readonly RelationEvent["type"][];

/** "#12 Copper Falcon". */
export function refLabel(ref: IncidentRef): string {
  return `#${String(ref.number)} ${ref.name}`;
}
