import type { Kysely } from "kysely";

/** Training records (a consumer's projection of who held which role in each incident) and the rules. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("training_records")
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("person", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("held_ms", "bigint", (c) => c.notNull())
    .addColumn("first_at", "text", (c) => c.notNull())
    .addColumn("score", "real")
    .addColumn("passed", "integer")
    .addPrimaryKeyConstraint("training_records_pk", ["incident_id", "person", "role"])
    .execute();
  await db.schema.createIndex("training_records_person").on("training_records").column("person").execute();
  await db.schema
    .createTable("training_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rules", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("training_rules").execute();
  await db.schema.dropTable("training_records").execute();
}
