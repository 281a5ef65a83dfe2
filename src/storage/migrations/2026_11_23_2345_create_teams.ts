import type { Kysely } from "kysely";

/** Teams and their ordered escalation lists, for dispatch. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("teams")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("escalation", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

/** Drops the teams. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("teams").execute();
}
