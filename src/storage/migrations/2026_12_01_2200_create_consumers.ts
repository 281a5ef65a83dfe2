import type { Kysely } from "kysely";

/**
 * Durable event consumers: a checkpoint per consumer and incident (the last seq handled), and
 * one lease per consumer so a single instance processes it at a time, with its health.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("consumer_checkpoints")
    .addColumn("consumer", "text", (c) => c.notNull())
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("consumer_checkpoints_pk", ["consumer", "incident_id"])
    .execute();
  await db.schema
    .createTable("consumer_leases")
    .addColumn("consumer", "text", (c) => c.primaryKey())
    .addColumn("owner", "text")
    .addColumn("expires_at", "text")
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("last_error_at", "text")
    .addColumn("last_handled_at", "text")
    .execute();
}

/** Drops the consumer tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("consumer_leases").execute();
  await db.schema.dropTable("consumer_checkpoints").execute();
}
