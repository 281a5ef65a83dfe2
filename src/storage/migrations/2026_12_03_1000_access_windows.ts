import type { Kysely } from "kysely";

/**
 * Access to a restricted incident can end: a row's `access_until` is when (null: it lasts).
 * Existing rows keep null (access as before) until the incident's next write recomputes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incident_access").addColumn("access_until", "text").execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("incident_access").dropColumn("access_until").execute();
}
