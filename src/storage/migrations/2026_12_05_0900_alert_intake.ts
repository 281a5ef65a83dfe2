import type { Kysely } from "kysely";

/**
 * Alert intake: sources (each with its own hashed secret), routing rules, alert groups (one per
 * source and group key, with the incident tracking them) and the alerts themselves, one row per
 * fingerprint in a group, so a storm of repeats updates rows instead of adding them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("alert_sources")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_received_at", "text")
    .execute();
  await db.schema
    .createTable("alert_rules")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    // The rule as JSON (matchers, action, severity mapping, page and notify).
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("alert_groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("labels", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("first_at", "text", (c) => c.notNull())
    .addColumn("last_at", "text", (c) => c.notNull())
    .addColumn("received", "integer", (c) => c.notNull())
    // Bumped by every delivery; the router has seen `routed_version` (work is due while they differ).
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("routed_version", "integer", (c) => c.notNull())
    .addColumn("claimed_until", "text")
    .addColumn("incident_id", "text")
    .addColumn("rule", "text")
    .addColumn("outcome", "text")
    .execute();
  await db.schema
    .createIndex("alert_groups_source_key")
    .on("alert_groups")
    .columns(["source", "group_key"])
    .unique()
    .execute();
  await db.schema.createIndex("alert_groups_last_at").on("alert_groups").columns(["last_at"]).execute();
  await db.schema
    .createTable("alerts")
    .addColumn("group_id", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("labels", "text", (c) => c.notNull())
    .addColumn("annotations", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text")
    .addColumn("url", "text")
    .addColumn("first_received_at", "text", (c) => c.notNull())
    .addColumn("last_received_at", "text", (c) => c.notNull())
    .addColumn("received", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("alerts_pk", ["group_id", "fingerprint"])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["alerts", "alert_groups", "alert_rules", "alert_sources"]) {
    await db.schema.dropTable(table).execute();
  }
}
