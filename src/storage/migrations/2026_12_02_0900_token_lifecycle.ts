import type { Kysely } from "kysely";

/** API tokens get an expiry, a last-used time and a scope (full, or read-only). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("api_tokens").addColumn("expires_at", "text").execute();
  await db.schema.alterTable("api_tokens").addColumn("last_used_at", "text").execute();
  await db.schema
    .alterTable("api_tokens")
    .addColumn("scope", "text", (c) => c.notNull().defaultTo("full"))
    .execute();
  await db.schema.createIndex("api_tokens_user").on("api_tokens").column("user_id").execute();
}

/** Drops the lifecycle columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("api_tokens_user").execute();
  for (const column of ["scope", "last_used_at", "expires_at"]) {
    await db.schema.alterTable("api_tokens").dropColumn(column).execute();
  }
}
