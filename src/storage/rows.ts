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

export type IncidentColumns = ReturnType<typeof incidentColumns>;
type Column = keyof IncidentColumns;

/** The incidents row's columns, in the order both writers insert them. */
const INSERTED: Column[] = [
  "id",
  "number",
  "name",
  "open_name",
  "status",
  "severity",
  "kind",
  "visibility",
  "commander",
  "seq",
  "declared_at",
  "updated_at",
  "state",
  "doc",
];
/** The columns a commit may change (id, number and declared_at never do). */
const UPDATED = INSERTED.filter((c) => c !== "id" && c !== "number" && c !== "declared_at");

/**
 * The insert and guarded update of an incidents row, written once for both engines: each
 * engine says how a parameter is spelled (`$1` or `@name`) and gets the SQL and the order of
 * the values. The update's last parameter is the expected seq.
 */
export function incidentStatements(param: (column: string, position: number) => string) {
  return {
    insert: {
      sql: `insert into incidents (${INSERTED.join(", ")}) values (${INSERTED.map((c, i) => param(c, i + 1)).join(", ")})`,
      values: (c: IncidentColumns): unknown[] => INSERTED.map((k) => c[k]),
    },
    update: {
      sql: `update incidents set ${UPDATED.map((c, i) => `${c} = ${param(c, i + 2)}`).join(", ")} where id = ${param("id", 1)} and seq = ${param("expected", UPDATED.length + 2)}`,
      values: (c: IncidentColumns, expected: number): unknown[] => [
        c.id,
        ...UPDATED.map((k) => c[k]),
        expected,
      ],
    },
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
