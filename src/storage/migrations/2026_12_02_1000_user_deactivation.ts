import type { Kysely } from "kysely";

/** People can be deactivated: their tokens die, their name stays in every record. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("deactivated_at", "text").execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("deactivated_at").execute();
}
