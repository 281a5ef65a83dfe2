import type { Kysely } from "kysely";
import { sql } from "kysely";

/** Insights: each ended incident's response figures; when each postmortem was published. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("incident_metrics")
    .addColumn("incident_id", "text", (c) => c.primaryKey().references("incidents.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("declared_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text", (c) => c.notNull())
    .addColumn("time_to_mitigate_ms", "bigint")
    .addColumn("time_to_end_ms", "bigint")
    .addColumn("metrics", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("incident_metrics_declared")
    .on("incident_metrics")
    .column("declared_at")
    .execute();
  await db.schema.alterTable("postmortems").addColumn("published_at", "text").execute();
  // Postmortems published before this column existed: their document knows when.
  const published = await sql<{ id: string; doc: string }>`
    select id, doc from postmortems where stage = 'published'`.execute(db);
  for (const row of published.rows) {
    const at = (JSON.parse(row.doc) as { publishedAt?: string | null }).publishedAt ?? null;
    await sql`update postmortems set published_at = ${at} where id = ${row.id}`.execute(db);
  }
}

/** Drops the insights table and the publication column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("postmortems").dropColumn("published_at").execute();
  await db.schema.dropTable("incident_metrics").execute();
}
