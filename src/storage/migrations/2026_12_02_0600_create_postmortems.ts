import type { Kysely } from "kysely";

/**
 * Postmortems: an aggregate of their own (one per incident), with their own event log. The row
 * keeps the current state and its version; an append is guarded by `version = expected`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("postmortems")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("incident_id", "text", (c) => c.notNull().unique().references("incidents.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("owner", "text", (c) => c.notNull())
    .addColumn("publish_due", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("postmortem_events")
    .addColumn("postmortem_id", "text", (c) => c.notNull().references("postmortems.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("postmortem_events_pk", ["postmortem_id", "version"])
    .execute();
  await db.schema
    .createIndex("postmortems_stage")
    .on("postmortems")
    .columns(["stage", "publish_due"])
    .execute();
}

/** Drops the postmortem tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("postmortem_events").execute();
  await db.schema.dropTable("postmortems").execute();
}
