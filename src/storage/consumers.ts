import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "./schema.js";

/** An incident a consumer has not caught up with: its current seq and the consumer's checkpoint. */
export type Behind = { incidentId: string; seq: number; done: number };

/** What admins see of a consumer: who runs it, how far behind it is, how it fails. */
export type ConsumerHealth = {
  name: string;
  owner: string | null;
  leaseExpiresAt: string | null;
  incidentsBehind: number;
  eventsBehind: number;
  /** When the oldest event it has not handled yet was committed (null: caught up). */
  oldestPendingAt: string | null;
  failures: number;
  lastError: string | null;
  lastErrorAt: string | null;
  lastHandledAt: string | null;
};

/** Checkpoints and leases of durable consumers, on either engine. */
export class ConsumerStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Takes or renews the consumer's lease for `owner` until `until`; false while another owner
   * holds an unexpired lease. One conditional update, so two instances cannot both win.
   */
  async takeLease(name: string, owner: string, now: Date, until: Date): Promise<boolean> {
    await this.db
      .insertInto("consumer_leases")
      .values({ consumer: name, owner: null, expires_at: null })
      .onConflict((oc) => oc.column("consumer").doNothing())
      .execute();
    const result = await this.db
      .updateTable("consumer_leases")
      .set({ owner, expires_at: until.toISOString() })
      .where("consumer", "=", name)
      .where((eb) =>
        eb.or([eb("owner", "is", null), eb("owner", "=", owner), eb("expires_at", "<", now.toISOString())]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Gives the lease up (on shutdown), so another instance can take over at once. */
  async releaseLease(name: string, owner: string): Promise<void> {
    await this.db
      .updateTable("consumer_leases")
      .set({ owner: null, expires_at: null })
      .where("consumer", "=", name)
      .where("owner", "=", owner)
      .execute();
  }

  /** Incidents with events the consumer has not handled, optionally among `ids` only. */
  async behind(name: string, limit: number, ids?: string[]): Promise<Behind[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db
      .selectFrom("incidents as i")
      .leftJoin("consumer_checkpoints as c", (join) =>
        join.onRef("c.incident_id", "=", "i.id").on("c.consumer", "=", name),
      )
      .select(["i.id", "i.seq", sql<number>`coalesce(c.seq, 0)`.as("done")])
      .where(sql<boolean>`i.seq > coalesce(c.seq, 0)`);
    if (ids) query = query.where("i.id", "in", ids);
    const rows = await query.limit(limit).execute();
    return rows.map((r) => ({ incidentId: r.id, seq: Number(r.seq), done: Number(r.done) }));
  }

  /** Moves checkpoints forward (never back: a late writer cannot undo progress). */
  async advance(name: string, to: { incidentId: string; seq: number }[], at: Date): Promise<void> {
    if (to.length === 0) return;
    await this.db
      .insertInto("consumer_checkpoints")
      .values(to.map((t) => ({ consumer: name, incident_id: t.incidentId, seq: t.seq })))
      .onConflict((oc) =>
        oc
          .columns(["consumer", "incident_id"])
          .doUpdateSet({ seq: sql`excluded.seq` })
          .where(sql<boolean>`consumer_checkpoints.seq < excluded.seq`),
      )
      .execute();
    await this.db
      .updateTable("consumer_leases")
      .set({ last_handled_at: at.toISOString() })
      .where("consumer", "=", name)
      .execute();
  }

  /** Records a failed attempt for admins to see. */
  async recordFailure(name: string, error: string, at: Date): Promise<void> {
    await this.db
      .updateTable("consumer_leases")
      .set((eb) => ({
        failures: eb("failures", "+", 1),
        last_error: error.slice(0, 1000),
        last_error_at: at.toISOString(),
      }))
      .where("consumer", "=", name)
      .execute();
  }

  /** Health of the named consumers: lease, lag and failures. */
  async health(names: string[]): Promise<ConsumerHealth[]> {
    const out: ConsumerHealth[] = [];
    for (const name of names) {
      const lease = await this.db
        .selectFrom("consumer_leases")
        .selectAll()
        .where("consumer", "=", name)
        .executeTakeFirst();
      const lag = await sql<{ incidents: number; events: number; oldest: string | null }>`
        select count(*) as incidents, coalesce(sum(i.seq - coalesce(c.seq, 0)), 0) as events,
          min(e.at) as oldest
        from incidents i
        left join consumer_checkpoints c on c.incident_id = i.id and c.consumer = ${name}
        left join events e on e.incident_id = i.id and e.seq = coalesce(c.seq, 0) + 1
        where i.seq > coalesce(c.seq, 0)`.execute(this.db);
      const row = lag.rows[0];
      out.push({
        name,
        owner: lease?.owner ?? null,
        leaseExpiresAt: lease?.expires_at ?? null,
        incidentsBehind: Number(row?.incidents ?? 0),
        eventsBehind: Number(row?.events ?? 0),
        oldestPendingAt: row?.oldest ?? null,
        failures: Number(lease?.failures ?? 0),
        lastError: lease?.last_error ?? null,
        lastErrorAt: lease?.last_error_at ?? null,
        lastHandledAt: lease?.last_handled_at ?? null,
      });
    }
    return out;
  }
}
