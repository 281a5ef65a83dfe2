import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { Run } from "./domain/run.js";

/** A stored run and the version a write must match (runs are read, changed and written whole). */
export type StoredRun = { run: Run; version: number };

function parse(r: { state: string; version: number }): StoredRun {
  return { run: JSON.parse(r.state) as Run, version: Number(r.version) };
}

/** Drill runs: their whole state as JSON, when the runner next looks, and its claims. */
export class RunStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: "sqlite" | "postgres",
  ) {}

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
        claimed_until: null,
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
   * again and redo the change). The claim is released with it.
   */
  async save(stored: StoredRun, nextAt: Date | null, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("drill_runs")
      .set({
        status: stored.run.status,
        state: JSON.stringify(stored.run),
        next_at: nextAt?.toISOString() ?? null,
        claimed_until: null,
        version: stored.version + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", stored.run.id)
      .where("version", "=", stored.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Claims runs due a look, held until `until`. */
  async claimDue(now: Date, until: Date, limit: number): Promise<string[]> {
    const nowIso = now.toISOString();
    const lock = this.engine === "postgres" ? sql`for update skip locked` : sql``;
    const result = await sql<{ id: string }>`
      update drill_runs set claimed_until = ${until.toISOString()}
      where id in (
        select id from drill_runs
        where next_at is not null and next_at <= ${nowIso}
          and (claimed_until is null or claimed_until < ${nowIso})
        order by next_at limit ${limit} ${lock}
      )
      returning id`.execute(this.db);
    return result.rows.map((r) => r.id);
  }

  /** Lets a claim lapse at `at` (a failed look is retried then). */
  async release(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable("drill_runs")
      .set({ claimed_until: null, next_at: at.toISOString() })
      .where("id", "=", id)
      .execute();
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
