import type { Kysely } from "kysely";

/** Drill scenarios a team wrote or imported (the shipped ones are files): the text as written. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("drill_scenarios")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("drill_scenarios").execute();
}
