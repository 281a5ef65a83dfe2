import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { Run } from "./domain/run.js";

/** A stored run and the version a write must match (runs are read, changed and written whole). */
export type StoredRun = { run: Run; version: number };

function parse(r: { state: string; version: number }): StoredRun {
  return { run: JSON.parse(r.state) as Run, version: Number(r.version) };
}

/** Drill runs: their whole state as JSON, and when the runner next looks. */
export class RunStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a new run. */
  async insert(run: Run, nextAt: Date | null, now: Date): Promise<void> {
    await this.db
      .insertInto("drill_runs")
      .values({
        id: run.id,
        scenario_id: run.scenario.id,
        incident_id: run.incidentId,
        facilitator: run.facilitator,
        status: run.status,
        state: JSON.stringify(run),
        next_at: nextAt?.toISOString() ?? null,
        version: 1,
        started_at: run.startedAt,
        updated_at: now.toISOString(),
      })
      .execute();
  }

  async get(id: string): Promise<StoredRun | undefined> {
    const r = await this.db
      .selectFrom("drill_runs")
      .select(["state", "version"])
      .where("id", "=", id)
      .executeTakeFirst();
    return r && parse(r);
  }

  async forIncident(incidentId: string): Promise<StoredRun | undefined> {
    const r = await this.db
      .selectFrom("drill_runs")
      .select(["state", "version"])
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    return r && parse(r);
  }

  /** The newest runs first (the caller filters what the viewer may see). */
  async list(limit: number, scenarioId?: string): Promise<Run[]> {
    let q = this.db.selectFrom("drill_runs").select(["state", "version"]);
    if (scenarioId !== undefined) q = q.where("scenario_id", "=", scenarioId);
    const rows = await q.orderBy("started_at", "desc").orderBy("id").limit(limit).execute();
    return rows.map((r) => parse(r).run);
  }

  /**
   * Writes a changed run if nobody wrote it since it was read; false when someone did (read it
   * again and redo the change).
   */
  async save(stored: StoredRun, nextAt: Date | null, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("drill_runs")
      .set({
        status: stored.run.status,
        state: JSON.stringify(stored.run),
        next_at: nextAt?.toISOString() ?? null,
        version: stored.version + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", stored.run.id)
      .where("version", "=", stored.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Runs due a look. Not claimed: a claim would cost a write (an fsync on SQLite) per look, and
   * two instances looking at once is harmless: each inject is recorded once by the incident, and
   * only one of their writes of the run succeeds (the other reads it again).
   */
  async due(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom("drill_runs")
      .select("id")
      .where("next_at", "is not", null)
      .where("next_at", "<=", now.toISOString())
      .orderBy("next_at")
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Puts off a run's next look until `at` (a failed look is retried then). */
  async postpone(id: string, at: Date): Promise<void> {
    await this.db.updateTable("drill_runs").set({ next_at: at.toISOString() }).where("id", "=", id).execute();
  }

  /** The soonest look any run wants (the runner sleeps until then). */
  async soonest(): Promise<Date | null> {
    const r = await this.db
      .selectFrom("drill_runs")
      .select((eb) => eb.fn.min("next_at").as("at"))
      .where("next_at", "is not", null)
      .executeTakeFirst();
    return r?.at ? new Date(r.at) : null;
  }

  /** The incidents of runs still running or paused. */
  async runningIncidents(): Promise<string[]> {
    const rows = await this.db
      .selectFrom("drill_runs")
      .select("incident_id")
      .where("status", "!=", "ended")
      .execute();
    return rows.map((r) => r.incident_id);
  }

  /** Asks for a look now at the run of an incident (something happened in it). */
  async wake(incidentId: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("drill_runs")
      .set({ next_at: now.toISOString() })
      .where("incident_id", "=", incidentId)
      .where("status", "=", "running")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
