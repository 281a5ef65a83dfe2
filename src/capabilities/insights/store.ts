import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { Viewer } from "../../storage/read-store.js";
import { visibleIncident } from "../../storage/read-store.js";
import type { IncidentMetrics, InsightRow } from "./domain/index.js";

/** The insights projection: one row of figures per ended incident. */
export class InsightStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Writes (or rewrites) an ended incident's figures. */
  async save(m: IncidentMetrics): Promise<void> {
    if (m.endedAt === null) return this.remove(m.incidentId);
    const row = {
      kind: m.kind,
      severity: m.severity,
      declared_at: m.declaredAt,
      ended_at: m.endedAt,
      time_to_mitigate_ms: m.timeToMitigateMs,
      time_to_end_ms: m.timeToEndMs,
      metrics: JSON.stringify(m),
    };
    await this.db
      .insertInto("incident_metrics")
      .values({ incident_id: m.incidentId, ...row })
      .onConflict((oc) => oc.column("incident_id").doUpdateSet(row))
      .execute();
  }

  /** Forgets a reopened incident's figures until it ends again. */
  async remove(incidentId: string): Promise<void> {
    await this.db.deleteFrom("incident_metrics").where("incident_id", "=", incidentId).execute();
  }

  /** Whether the incident has figures (it has ended). */
  async has(incidentId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("incident_metrics")
      .select("incident_id")
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The ended incidents declared in [from, to) that the viewer may see, with their postmortems. */
  async rows(viewer: Viewer, from: Date, to: Date, drills: boolean): Promise<InsightRow[]> {
    let query = this.db
      .selectFrom("incident_metrics")
      .innerJoin("incidents", "incidents.id", "incident_metrics.incident_id")
      .leftJoin("postmortems", "postmortems.incident_id", "incident_metrics.incident_id")
      .select([
        "incident_metrics.metrics",
        "postmortems.stage",
        "postmortems.publish_due",
        "postmortems.published_at",
      ])
      .where("incident_metrics.declared_at", ">=", from.toISOString())
      .where("incident_metrics.declared_at", "<", to.toISOString());
    if (!drills) query = query.where("incident_metrics.kind", "!=", "drill");
    if (!viewer.isAdmin) query = query.where(visibleIncident(viewer.handle));
    const rows = await query.execute();
    return rows.map((r) => ({
      metrics: JSON.parse(r.metrics) as IncidentMetrics,
      postmortem:
        r.stage === null || r.publish_due === null
          ? null
          : { stage: r.stage, publishDue: r.publish_due, publishedAt: r.published_at },
    }));
  }
}
