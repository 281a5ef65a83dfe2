import type { AccessWindows } from "../domain/index.js";
import { EMAIL_RECIPIENT } from "../domain/capability.js";
import type { DesiredTimer, EventEnvelope, IncidentState, Notice, StatusDoc } from "../domain/index.js";

/** What a job sees when its incident does not exist yet (declaring). */
export type DeclareHelpers = {
  nextNumber: () => number;
  openNames: () => string[];
};

/**
 * One command's pure work: given current state, the events it adds and the new state. A step
 * may update the state it is given in place (the write path owns that copy), but only after
 * its rules passed: it refuses with a DomainError before touching anything. Any other error
 * is a bug and aborts the whole batch, so no half-applied state is ever written.
 */
export type Step = (
  state: IncidentState | null,
  helpers: DeclareHelpers,
) => { envelopes: EventEnvelope[]; state: IncidentState };

/** A committed step carries the status doc as of its commit (built once per batch). */
export type StepResult =
  | { ok: true; envelopes: EventEnvelope[]; state: IncidentState; doc: StatusDoc }
  | { ok: false; error: unknown };

/** A step's outcome before the batch's doc is attached. */
export type Outcome =
  { ok: true; envelopes: EventEnvelope[]; state: IncidentState } | { ok: false; error: unknown };

/** Commands for one incident (or, with incidentId null, declarations) committed together. */
export type Batch = { incidentId: string | null; steps: Step[] };

/** Derives what is stored beside the state: the status doc and the timers it calls for. */
export type Projector = {
  doc: (state: IncidentState) => StatusDoc;
  timers: (state: IncidentState) => DesiredTimer[];
  /** Deliveries owed for the events (the outbox), given the state after them. */
  notices: (state: IncidentState, events: EventEnvelope[]) => Notice[];
  /** Contact-method kinds that get deliveries (email only when SMTP is configured). */
  channels: ReadonlySet<string>;
  /** Who may see the incident if it is restricted, and until when (null: no end). */
  access: (state: IncidentState) => AccessWindows;
};

/** The outbox row id: one delivery per event, recipient and channel, whatever the retries. */
export function deliveryId(
  incidentId: string,
  n: Notice,
  channel: string,
  contactId: string | null = null,
): string {
  return `${incidentId}:${n.seq}:${n.recipient}:${channel}${contactId ? `:${contactId}` : ""}`;
}

/** One delivery owed: in-app always, plus each of the recipient's contact methods in use. */
export type Owed = { id: string; notice: Notice; channel: string; contactId: string | null };

/** Expands notices into deliveries, given each recipient's contact methods. */
export function owedDeliveries(
  incidentId: string,
  notices: Notice[],
  contactsOf: (handle: string) => { id: string; kind: string }[],
  kinds: ReadonlySet<string>,
): Owed[] {
  const owed: Owed[] = [];
  for (const notice of notices) {
    // Someone with no account (a stakeholder group's outside address) has one way in: email.
    if (notice.recipient.startsWith(EMAIL_RECIPIENT)) {
      if (kinds.has("email")) {
        owed.push({ id: deliveryId(incidentId, notice, "email"), notice, channel: "email", contactId: null });
      }
      continue;
    }
    owed.push({ id: deliveryId(incidentId, notice, "in-app"), notice, channel: "in-app", contactId: null });
    if (notice.only === "in-app") continue;
    for (const contact of contactsOf(notice.recipient)) {
      if (!kinds.has(contact.kind) || (notice.only !== undefined && notice.only !== contact.kind)) continue;
      owed.push({
        id: deliveryId(incidentId, notice, contact.kind, contact.id),
        notice,
        channel: contact.kind,
        contactId: contact.id,
      });
    }
  }
  return owed;
}

/**
 * The append side of storage. `commit` runs each batch's steps against the freshly loaded
 * (and locked) state, persists the events and read models atomically, and returns one
 * result per step in order. A step that throws leaves state untouched for the next one.
 */
export type WriteStore = {
  /** Whether one call may carry batches for several incidents (one transaction for all). */
  readonly groupsIncidents: boolean;
  commit(batches: Batch[]): Promise<StepResult[][]>;
  close(): Promise<void>;
};
