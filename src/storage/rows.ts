import type { EventEnvelope, IncidentState, StatusDoc } from "../domain/index.js";
import type { Database } from "./schema.js";
import { commanderOf } from "../domain/index.js";

/** The incidents row's columns derived from state: what both writers store. */
export function incidentColumns(state: IncidentState, doc: StatusDoc) {
  return {
    id: state.id,
    number: state.number,
    name: state.name,
    // Names are unique among open incidents everyone can see; a restricted incident takes no
    // part, or "name taken" would tell an outsider that a hidden incident bears that name.
    open_name: state.status === "ended" || state.visibility === "restricted" ? null : state.name,
    status: state.status,
    severity: state.severity,
    kind: state.kind,
    visibility: state.visibility,
    commander: commanderOf(state),
    seq: state.seq,
    declared_at: state.declaredAt,
    updated_at: state.updatedAt,
    state: JSON.stringify(state),
    doc: JSON.stringify(doc),
  };
}

/** An events row as stored. */
export type EventRow = Database["events"];

/** Envelope → row. */
export function eventToRow(incidentId: string, e: EventEnvelope): EventRow {
  return {
    incident_id: incidentId,
    seq: e.seq,
    type: e.type,
    at: e.at,
    actor: e.actor,
    actor_roles: JSON.stringify(e.actorRoles),
    data: JSON.stringify(e.data),
  };
}

/** Row → envelope. Rows are only ever written from envelopes, so the cast is sound. */
export function rowToEvent(
  row: Pick<EventRow, "seq" | "type" | "at" | "actor" | "actor_roles" | "data">,
): EventEnvelope {
  return {
    seq: Number(row.seq),
    type: row.type,
    at: row.at,
    actor: row.actor,
    actorRoles: JSON.parse(row.actor_roles) as string[],
    data: JSON.parse(row.data) as unknown,
  } as EventEnvelope;
}

/** Thrown when the incident row moved under us: a bug or a second writer without the lock. */
export class ConcurrencyError extends Error {
  constructor(incidentId: string) {
    super(`incident ${incidentId} changed while a batch was being committed`);
    this.name = "ConcurrencyError";
  }
}
