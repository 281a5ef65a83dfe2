import type { Kysely } from "kysely";
import { sql } from "kysely";

/** Durable timers: what each incident's state calls for, kept in step with every commit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("timers")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("claimed_until", "text")
    .execute();
  await db.schema.createIndex("timers_due").on("timers").column("due_at").execute();
  await sql`create index timers_incident on timers (incident_id)`.execute(db);
}

/** Drops the timers. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("timers").execute();
}
