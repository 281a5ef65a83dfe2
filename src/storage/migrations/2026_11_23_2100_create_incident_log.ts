import type { Kysely } from "kysely";
import { sql } from "kysely";

/** Users, tokens, incidents with their read models, the event log and access lists. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("handle", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("is_admin", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("label", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("incidents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("number", "integer", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("open_name", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("commander", "text")
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("declared_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await sql`create unique index incidents_open_name on incidents (lower(open_name))`.execute(db);
  await db.schema
    .createIndex("incidents_status")
    .on("incidents")
    .columns(["status", "declared_at"])
    .execute();
  await db.schema
    .createTable("events")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("actor_roles", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("events_pk", ["incident_id", "seq"])
    .execute();
  await db.schema
    .createTable("incident_access")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id"))
    .addColumn("handle", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_access_pk", ["incident_id", "handle"])
    .execute();
  await db.schema
    .createTable("counters")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into counters (name, value) values ('incident_number', 0)`.execute(db);
}

/** Drops everything `up` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["counters", "incident_access", "events", "incidents", "api_tokens", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}
