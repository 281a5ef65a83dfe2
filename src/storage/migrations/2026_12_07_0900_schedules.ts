import type { Kysely } from "kysely";

/**
 * On-call schedules: their layers (JSON, as written), overrides (someone covering for a while),
 * and the version of each calendar feed's signed link (bumped to revoke a leaked link).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("schedules")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("layers", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("schedule_overrides")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("schedule", "text", (c) => c.notNull())
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("schedule_overrides_schedule")
    .on("schedule_overrides")
    .columns(["schedule", "ends_at"])
    .execute();
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("subject", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["calendar_feeds", "schedule_overrides", "schedules"]) {
    await db.schema.dropTable(table).execute();
  }
}
