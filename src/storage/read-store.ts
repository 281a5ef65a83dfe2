import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from "kysely";
import type { EventEnvelope, IncidentState, StatusDoc } from "../domain/index.js";
import { upgradeState, upgradeStatusDoc } from "../domain/index.js";
import { rowToEvent } from "./rows.js";
import type { Database } from "./schema.js";

export type Viewer = { handle: string; isAdmin: boolean };

export type IncidentSummary = {
  id: string;
  number: number;
  name: string;
  status: string;
  severity: string;
  kind: string;
  visibility: string;
  commander: string | null;
  synopsis: string;
  declaredAt: string;
  updatedAt: string;
  nextUpdateDueAt: string | null;
  updateOverdue: boolean;
  umbrella: boolean;
  parent: { id: string; number: number; name: string } | null;
  seq: number;
};

export type IncidentFilter = {
  status?: string[] | undefined;
  kind?: string[] | undefined;
  /** Only these incidents (the live list stream asks for the ones that just changed). */
  ids?: string[] | undefined;
  /** Only incidents changed at or after this ISO time (resuming the list stream). */
  changedSince?: string | undefined;
  limit: number;
};

/** The list columns that live only in the status doc (small lists, so parsed per row). */
function fromDoc(
  stored: StatusDoc,
): Pick<IncidentSummary, "synopsis" | "nextUpdateDueAt" | "updateOverdue" | "umbrella" | "parent"> {
  const doc = upgradeStatusDoc(stored);
  const parent = doc.relations.parent;
  return {
    synopsis: doc.synopsis,
    nextUpdateDueAt: doc.nextUpdateDueAt,
    updateOverdue: doc.updateOverdue,
    umbrella: doc.relations.umbrella,
    parent: parent && { id: parent.id, number: parent.number, name: parent.name },
  };
}

/** Queries for the read side. Restricted incidents are filtered here, in SQL, once. */
export class ReadStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** How many incidents are in each status, severity and kind (for /metrics; no names, no visibility). */
  async countByStatus(): Promise<{ status: string; severity: string; kind: string; n: number }[]> {
    const rows = await this.db
      .selectFrom("incidents")
      .select(["status", "severity", "kind", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy(["status", "severity", "kind"])
      .execute();
    return rows.map((r) => ({ status: r.status, severity: r.severity, kind: r.kind, n: Number(r.n) }));
  }

  /** Finds an incident by id or number if the viewer may see it; otherwise undefined. */
  async findVisible(ref: string, viewer: Viewer): Promise<{ id: string; doc: StatusDoc } | undefined> {
    const byNumber = /^\d{1,9}$/.test(ref);
    let query = this.db.selectFrom("incidents").select(["id", "doc"]);
    query = byNumber ? query.where("number", "=", Number(ref)) : query.where("id", "=", ref);
    query = this.visibleTo(query, viewer);
    const row = await query.executeTakeFirst();
    return row ? { id: row.id, doc: upgradeStatusDoc(JSON.parse(row.doc) as StatusDoc) } : undefined;
  }

  /** The id of the incident with this number, visible or not (callers check visibility). */
  async idForNumber(number: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("incidents")
      .select("id")
      .where("number", "=", number)
      .executeTakeFirst();
    return row?.id;
  }

  /** Incidents the viewer may see, newest first, active before stable before ended. */
  async list(filter: IncidentFilter, viewer: Viewer): Promise<IncidentSummary[]> {
    let query = this.db
      .selectFrom("incidents")
      .select([
        "id",
        "number",
        "name",
        "status",
        "severity",
        "kind",
        "visibility",
        "commander",
        "declared_at",
        "updated_at",
        "seq",
        "doc",
      ]);
    if (filter.status?.length) query = query.where("status", "in", filter.status);
    if (filter.kind?.length) query = query.where("kind", "in", filter.kind);
    if (filter.ids) query = query.where("id", "in", filter.ids.length ? filter.ids : [""]);
    if (filter.changedSince !== undefined) query = query.where("updated_at", ">=", filter.changedSince);
    query = this.visibleTo(query, viewer);
    const rows = await query
      .orderBy("declared_at", "desc")
      .orderBy("number", "desc")
      .limit(filter.limit)
      .execute();
    const rank: Record<string, number> = { active: 0, stable: 1, ended: 2 };
    return rows
      .map((r) => ({
        ...fromDoc(JSON.parse(r.doc) as StatusDoc),
        id: r.id,
        number: Number(r.number),
        name: r.name,
        status: r.status,
        severity: r.severity,
        kind: r.kind,
        visibility: r.visibility,
        commander: r.commander,
        declaredAt: r.declared_at,
        updatedAt: r.updated_at,
        seq: Number(r.seq),
      }))
      .sort((a, b) => (rank[a.status] ?? 3) - (rank[b.status] ?? 3));
  }

  /** Events after `after`, oldest first, at most `limit`. */
  /** Every incident after a number, in number order (for exports; no visibility filter). */
  async incidentPage(
    afterNumber: number,
    limit: number,
  ): Promise<{ id: string; number: number; doc: StatusDoc }[]> {
    const rows = await this.db
      .selectFrom("incidents")
      .select(["id", "number", "doc"])
      .where("number", ">", afterNumber)
      .orderBy("number")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, number: Number(r.number), doc: JSON.parse(r.doc) as StatusDoc }));
  }

  async timeline(incidentId: string, after: number, limit: number): Promise<EventEnvelope[]> {
    const rows = await this.db
      .selectFrom("events")
      .select(["seq", "type", "at", "actor", "actor_roles", "data"])
      .where("incident_id", "=", incidentId)
      .where("seq", ">", after)
      .orderBy("seq")
      .limit(limit)
      .execute();
    return rows.map(rowToEvent);
  }

  /** The log up to a sequence number or a moment, for reconstructing past state. */
  async eventsUntil(
    incidentId: string,
    until: { seq?: number | undefined; at?: string | undefined },
  ): Promise<EventEnvelope[]> {
    let query = this.db
      .selectFrom("events")
      .select(["seq", "type", "at", "actor", "actor_roles", "data"])
      .where("incident_id", "=", incidentId);
    if (until.seq !== undefined) query = query.where("seq", "<=", until.seq);
    if (until.at !== undefined) query = query.where("at", "<=", until.at);
    const rows = await query.orderBy("seq").execute();
    return rows.map(rowToEvent);
  }

  /** The stored access lists (who may see them now) of the given incidents. */
  async accessFor(ids: string[]): Promise<Map<string, string[]>> {
    const access = new Map<string, string[]>();
    if (ids.length === 0) return access;
    const now = new Date().toISOString();
    const rows = await this.db
      .selectFrom("incident_access")
      .select(["incident_id", "handle"])
      .where("incident_id", "in", ids)
      .where((w) => w.or([w("access_until", "is", null), w("access_until", ">", now)]))
      .execute();
    for (const r of rows) access.set(r.incident_id, [...(access.get(r.incident_id) ?? []), r.handle]);
    return access;
  }

  /** An incident's kind (real, drill, planned), fixed at declaration. */
  async kindOf(incidentId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("incidents")
      .select("kind")
      .where("id", "=", incidentId)
      .executeTakeFirst();
    return row?.kind;
  }

  /** The stored current state of an incident (no fold). */
  async currentState(incidentId: string): Promise<IncidentState | undefined> {
    const row = await this.db
      .selectFrom("incidents")
      .select("state")
      .where("id", "=", incidentId)
      .executeTakeFirst();
    return row ? upgradeState(JSON.parse(row.state) as IncidentState) : undefined;
  }

  /** The stored states of the incidents not ended that the viewer may see (who is where, now). */
  async runningStates(viewer: Viewer): Promise<IncidentState[]> {
    const query = this.db.selectFrom("incidents").select("state").where("status", "!=", "ended");
    const rows = await this.visibleTo(query, viewer).orderBy("number").execute();
    return rows.map((r) => upgradeState(JSON.parse(r.state) as IncidentState));
  }

  /** Open incidents, or restricted ones the viewer checked in to; admins see all. */
  private visibleTo<O>(
    query: SelectQueryBuilder<Database, "incidents", O>,
    viewer: Viewer,
  ): SelectQueryBuilder<Database, "incidents", O> {
    return viewer.isAdmin ? query : query.where(visibleIncident(viewer.handle));
  }
}

/**
 * The one visibility filter in SQL: open incidents, or restricted ones the person is on the access
 * list of. For any query over `incidents` (joined or not); admins skip it.
 */
export function visibleIncident(handle: string) {
  return (eb: ExpressionBuilder<Database, "incidents">) =>
    eb.or([
      eb("incidents.visibility", "=", "open"),
      eb.exists(
        eb
          .selectFrom("incident_access")
          .select("incident_access.handle")
          .whereRef("incident_access.incident_id", "=", "incidents.id")
          .where("incident_access.handle", "=", handle)
          .where((w) =>
            w.or([
              w("incident_access.access_until", "is", null),
              w("incident_access.access_until", ">", new Date().toISOString()),
            ]),
          ),
      ),
    ]);
}
