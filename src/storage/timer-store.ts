import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { DesiredTimer } from "../domain/index.js";
import type { Database } from "./schema.js";

export type DueTimer = DesiredTimer & { incidentId: string };

/** Claims of due timers. A claim lasts a while, so a timer claimed by a crashed instance is retried. */
export class TimerStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: "sqlite" | "postgres",
  ) {}

  /**
   * Claims up to `limit` timers due at `now` that nobody holds. On PostgreSQL `skip locked` lets
   * several instances claim side by side without taking the same timer.
   */
  async claimDue(now: Date, until: Date, limit: number): Promise<DueTimer[]> {
    const nowIso = now.toISOString();
    const lock = this.engine === "postgres" ? sql`for update skip locked` : sql``;
    const result = await sql<{
      key: string;
      incident_id: string;
      kind: string;
      subject: string;
      due_at: string;
    }>`
      update timers set claimed_until = ${until.toISOString()}
      where key in (
        select key from timers
        where due_at <= ${nowIso} and (claimed_until is null or claimed_until < ${nowIso})
        order by due_at, incident_id limit ${limit} ${lock}
      )
      returning key, incident_id, kind, subject, due_at`.execute(this.db);
    return result.rows.map((r) => ({
      key: r.key,
      incidentId: r.incident_id,
      kind: r.kind as DesiredTimer["kind"],
      subject: r.subject,
      dueAt: r.due_at,
    }));
  }

  /** Forgets timers whose occasion had passed when they fired. */
  async remove(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 500) {
      await this.db
        .deleteFrom("timers")
        .where("key", "in", keys.slice(i, i + 500))
        .execute();
    }
  }

  /** Timers not yet fired, soonest first (for the API and tests). */
  async pending(incidentId?: string): Promise<DueTimer[]> {
    let query = this.db.selectFrom("timers").selectAll().orderBy("due_at");
    if (incidentId !== undefined) query = query.where("incident_id", "=", incidentId);
    const rows = await query.execute();
    return rows.map((r) => ({
      key: r.key,
      incidentId: r.incident_id,
      kind: r.kind as DesiredTimer["kind"],
      subject: r.subject,
      dueAt: r.due_at,
    }));
  }

  /** Timers past due and not yet fired (a backlog here means the scheduler is behind). */
  async dueCount(now: Date): Promise<number> {
    const row = await this.db
      .selectFrom("timers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("due_at", "<=", now.toISOString())
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
