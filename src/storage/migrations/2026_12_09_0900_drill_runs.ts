import type { Kysely } from "kysely";

/**
 * Drill runs: the scenario as started, who takes part and the run's clock and injects (JSON, read
 * and written whole), with when the runner next looks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("drill_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scenario_id", "text", (c) => c.notNull())
    .addColumn("incident_id", "text", (c) => c.notNull().unique())
    .addColumn("facilitator", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("next_at", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("drill_runs_next").on("drill_runs").column("next_at").execute();
  await db.schema
    .createIndex("drill_runs_scenario")
    .on("drill_runs")
    .columns(["scenario_id", "started_at"])
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("drill_runs").execute();
}
