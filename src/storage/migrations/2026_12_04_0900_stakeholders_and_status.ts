import type { Kysely } from "kysely";

/**
 * Stakeholder groups (who hears about incidents), the status page's components, its email
 * subscribers, and server keys (the one that signs subscription and stakeholder links).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("stakeholder_groups")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("external", "integer", (c) => c.notNull())
    .addColumn("approval", "integer", (c) => c.notNull())
    .addColumn("members", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("status_components")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("group_label", "text")
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("status_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    // "all", "component:<name>" or "incident:<id>".
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("unsubscribed_at", "text")
    .execute();
  await db.schema
    .createIndex("status_subscriptions_email_scope")
    .on("status_subscriptions")
    .columns(["email", "scope"])
    .unique()
    .execute();
  await db.schema
    .createTable("stakeholder_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createTable("server_keys")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "server_keys",
    "stakeholder_links",
    "status_subscriptions",
    "status_components",
    "stakeholder_groups",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
