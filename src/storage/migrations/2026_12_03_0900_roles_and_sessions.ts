import type { Kysely } from "kysely";
import { sql } from "kysely";

/**
 * Organisation roles (admin, member, viewer, stakeholder), browser sessions kept beside API
 * tokens (so revocation, expiry and deactivation treat both alike), people linked to their
 * OpenID Connect subject, and the single-use state of sign-ins in flight.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("role", "text", (c) => c.notNull().defaultTo("member"))
    .execute();
  await sql`update users set role = 'admin' where is_admin = 1`.execute(db);
  await db.schema.alterTable("users").addColumn("oidc_subject", "text").execute();
  await db.schema.createIndex("users_oidc_subject").on("users").column("oidc_subject").unique().execute();
  await db.schema
    .alterTable("api_tokens")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("api"))
    .execute();
  await db.schema
    .createTable("oidc_logins")
    .addColumn("state", "text", (c) => c.primaryKey())
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("nonce", "text", (c) => c.notNull())
    .addColumn("return_to", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

/** Drops what `up` added. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("oidc_logins").execute();
  await db.schema.alterTable("api_tokens").dropColumn("kind").execute();
  await db.schema.dropIndex("users_oidc_subject").execute();
  await db.schema.alterTable("users").dropColumn("oidc_subject").execute();
  await db.schema.alterTable("users").dropColumn("role").execute();
}
