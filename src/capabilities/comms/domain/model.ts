import type { Handle } from "../../../domain/events.js";

/** Where an update stands on the way to its audience (status page wording). */
export const STAGES = [
  "investigating",
  "identified",
  "monitoring",
  "resolved",
  "scheduled",
  "in-progress",
  "completed",
] as const;
export type Stage = (typeof STAGES)[number];

/** A component's state on the public status page. */
export const COMPONENT_STATES = [
  "operational",
  "degraded",
  "partial-outage",
  "major-outage",
  "maintenance",
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

/** The audience every status page subscriber and anonymous reader belongs to. */
export const PUBLIC_AUDIENCE = "public";

/**
 * Someone an audience's updates reach: a person (through their inbox and, by their chosen channel,
 * their contact methods) or an outside address with no account.
 */
export type Member =
  | { kind: "person"; handle: Handle; channel: "in-app" | "email" | "webhook" | "all" }
  | { kind: "email"; address: string };

/**
 * A stakeholder group as the incident knows it: copied from the group's definition when the IC
 * names it, teams expanded to their people then, so the record says who was told.
 */
export type Audience = {
  name: string;
  label: string;
  /** Outside the organisation (customers, partners, the public): wording matters more. */
  external: boolean;
  /** Its updates wait for the IC's approval. */
  approval: boolean;
  members: Member[];
};

export type UpdateStatus = "pending-approval" | "published" | "rejected";

/** What an update says (the template's fields; `text` is the message as written). */
export type UpdateContent = {
  stage: Stage;
  /** A headline the audience can read without knowing the incident's codename. */
  title: string;
  impact: string;
  workaround: string | null;
  text: string;
  /** When the audience will hear next (null: on the cadence for the severity). */
  nextUpdateAt: string | null;
  /** For the public audience: the components affected and their state. */
  components: Record<string, ComponentState>;
};

/** What the IC may change when approving. */
export type UpdateEdits = {
  title?: string | undefined;
  text?: string | undefined;
  impact?: string | undefined;
  workaround?: string | null | undefined;
};

/** An update for one audience, from draft to its members. */
export type CommsUpdate = UpdateContent & {
  id: string;
  audience: string;
  status: UpdateStatus;
  draftedBy: Handle;
  draftedAt: string;
  decidedBy: Handle | null;
  decidedAt: string | null;
  /** Edits the approver made (field names), so the record shows the text changed. */
  edited: string[];
  rejectReason: string | null;
  publishedAt: string | null;
};

/** Who asked: a person with an account, or someone following by link (name and address). */
export type Asker = { kind: "person"; handle: Handle } | { kind: "email"; name: string; address: string };

/** A stakeholder's question, kept out of the responders' channel and answered by Comms or a Liaison. */
export type Question = {
  id: string;
  audience: string | null;
  from: Asker;
  text: string;
  askedAt: string;
  answer: { text: string; by: Handle; at: string } | null;
};

/** Per audience: when it last heard, when it is owed the next update, and whether Comms was reminded. */
export type AudienceCadence = { lastPublishedAt: string | null; nextDueAt: string | null; reminded: boolean };

/** The communications slice of an incident's state. */
export type Comms = {
  audiences: Audience[];
  updates: CommsUpdate[];
  cadence: Record<string, AudienceCadence>;
  questions: Question[];
};

/** The commands of the comms capability. */
export type CommsCommand =
  | { type: "set-audiences"; audiences: Audience[] }
  | ({ type: "draft-update"; audience: string } & UpdateContent)
  | { type: "approve-update"; id: string; edits?: UpdateEdits }
  | { type: "reject-update"; id: string; reason: string }
  | { type: "ask-question"; audience: string | null; from: Asker; text: string }
  | { type: "answer-question"; id: string; text: string };

/** The events of the comms capability. */
export type CommsEvent =
  | { type: "comms.audiences-set"; data: { audiences: Audience[] } }
  | {
      type: "comms.update-drafted";
      data: { id: string; audience: string; needsApproval: boolean } & UpdateContent;
    }
  | {
      type: "comms.update-approved";
      data: { id: string; edits: UpdateEdits };
    }
  | { type: "comms.update-rejected"; data: { id: string; reason: string } }
  | { type: "comms.update-published"; data: { id: string; audience: string } }
  | { type: "comms.update-due"; data: { audience: string; dueAt: string } }
  | { type: "comms.question-asked"; data: { id: string; audience: string | null; from: Asker; text: string } }
  | { type: "comms.question-answered"; data: { id: string; text: string } };

export type CommsTimerKind = "audience-update-due";

export const COMMS_EVENT_TYPES = [
  "comms.audiences-set",
  "comms.update-drafted",
  "comms.update-approved",
  "comms.update-rejected",
  "comms.update-published",
  "comms.update-due",
  "comms.question-asked",
  "comms.question-answered",
] as const satisfies readonly CommsEvent["type"][];

/** An empty communications slice (incidents declared before the capability existed start here). */
export function noComms(): Comms {
  return { audiences: [], updates: [], cadence: {}, questions: [] };
}
