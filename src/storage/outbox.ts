import type { Kysely, Selectable } from "kysely";
import { sql } from "kysely";
import type { Database } from "./schema.js";

export type Delivery = {
  id: string;
  incidentId: string;
  eventSeq: number;
  recipient: string;
  channel: string;
  contactId: string | null;
  kind: string;
  title: string;
  body: string;
  attempts: number;
};

export type InboxItem = {
  id: string;
  incidentId: string;
  eventSeq: number;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
};

const MAX_ATTEMPTS = 12;

function toDelivery(r: Selectable<Database["deliveries"]>): Delivery {
  return {
    id: r.id,
    incidentId: r.incident_id,
    eventSeq: Number(r.event_seq),
    recipient: r.recipient,
    channel: r.channel,
    contactId: r.contact_id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    attempts: Number(r.attempts),
  };
}

/** The outbox and the in-app inboxes it delivers to. */
export class OutboxStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: "sqlite" | "postgres",
  ) {}

  /** Claims pending deliveries that are due; a claim lapses at `until` if the sender dies. */
  async claimDue(now: Date, until: Date, limit: number, lane: "in-app" | "outside"): Promise<Delivery[]> {
    const lock = this.engine === "postgres" ? sql`for update skip locked` : sql``;
    const channel = lane === "in-app" ? sql`channel = 'in-app'` : sql`channel <> 'in-app'`;
    const result = await sql<Selectable<Database["deliveries"]>>`
      update deliveries set next_attempt_at = ${until.toISOString()}, attempts = attempts + 1
      where id in (
        select id from deliveries
        where status = 'pending' and next_attempt_at <= ${now.toISOString()} and ${channel}
        order by next_attempt_at limit ${limit} ${lock}
      )
      returning *`.execute(this.db);
    return result.rows.map(toDelivery);
  }

  async markSent(ids: string[], at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await this.db
        .updateTable("deliveries")
        .set({ status: "sent", sent_at: at.toISOString(), last_error: null })
        .where("id", "in", ids.slice(i, i + 500))
        .execute();
    }
  }

  /** Records a failed attempt: retried after 0.5 s, 1 s, 2 s, … (at most 10 min); given up after many attempts. */
  async markFailed(delivery: Delivery, error: string, now: Date): Promise<void> {
    const giveUp = delivery.attempts >= MAX_ATTEMPTS;
    const backoffSeconds = Math.min(600, 0.5 * 2 ** (delivery.attempts - 1));
    await this.db
      .updateTable("deliveries")
      .set({
        status: giveUp ? "failed" : "pending",
        last_error: error.slice(0, 1000),
        next_attempt_at: new Date(now.getTime() + backoffSeconds * 1000).toISOString(),
      })
      .where("id", "=", delivery.id)
      .execute();
  }

  /**
   * Owes deliveries decided outside a commit (a consumer's, e.g. status page subscribers). Ids
   * are deterministic, so a consumer that runs again owes nothing twice.
   */
  async enqueue(rows: Omit<Delivery, "attempts">[], at: Date): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto("deliveries")
        .values(
          rows.slice(i, i + 200).map((d) => ({
            id: d.id,
            incident_id: d.incidentId,
            event_seq: d.eventSeq,
            recipient: d.recipient,
            channel: d.channel,
            contact_id: d.contactId,
            kind: d.kind,
            title: d.title,
            body: d.body,
            status: "pending",
            next_attempt_at: at.toISOString(),
            created_at: at.toISOString(),
            last_error: null,
            sent_at: null,
          })),
        )
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
  }

  /** Puts deliveries in their recipients' inboxes, once each (the delivery id is the inbox id). */
  async addToInboxes(deliveries: Delivery[], at: Date): Promise<(InboxItem & { recipient: string })[]> {
    const createdAt = at.toISOString();
    const rows = deliveries.map((d) => ({
      id: d.id,
      recipient: d.recipient,
      incident_id: d.incidentId,
      event_seq: d.eventSeq,
      kind: d.kind,
      title: d.title,
      body: d.body,
      created_at: createdAt,
      read_at: null,
    }));
    for (let i = 0; i < rows.length; i += 100) {
      await this.db
        .insertInto("inbox")
        .values(rows.slice(i, i + 100))
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    return deliveries.map((d) => ({
      id: d.id,
      recipient: d.recipient,
      incidentId: d.incidentId,
      eventSeq: d.eventSeq,
      kind: d.kind,
      title: d.title,
      body: d.body,
      createdAt,
      readAt: null,
    }));
  }

  /** A person's inbox, newest first. */
  async inbox(recipient: string, options: { unread: boolean; limit: number }): Promise<InboxItem[]> {
    let query = this.db.selectFrom("inbox").selectAll().where("recipient", "=", recipient);
    if (options.unread) query = query.where("read_at", "is", null);
    const rows = await query.orderBy("created_at", "desc").orderBy("id").limit(options.limit).execute();
    return rows.map((r) => ({
      id: r.id,
      incidentId: r.incident_id,
      eventSeq: Number(r.event_seq),
      kind: r.kind,
      title: r.title,
      body: r.body,
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
  }

  /** Marks an item read; false when it is not the recipient's. */
  async markRead(recipient: string, id: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("inbox")
      .set({ read_at: at.toISOString() })
      .where("id", "=", id)
      .where("recipient", "=", recipient)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deliveries that failed for good or are being retried, for operators. */
  async problems(limit: number): Promise<(Delivery & { status: string; lastError: string | null })[]> {
    const rows = await this.db
      .selectFrom("deliveries")
      .selectAll()
      .where("last_error", "is not", null)
      .orderBy("next_attempt_at", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toDelivery(r), status: r.status, lastError: r.last_error }));
  }

  /** Deliveries waiting (per channel) and those given up on, for /metrics. */
  async backlog(): Promise<{ channel: string; status: string; n: number }[]> {
    const rows = await this.db
      .selectFrom("deliveries")
      .select(["channel", "status", (eb) => eb.fn.countAll<number>().as("n")])
      .where("status", "in", ["pending", "failed"])
      .groupBy(["channel", "status"])
      .execute();
    return rows.map((r) => ({ channel: r.channel, status: r.status, n: Number(r.n) }));
  }
}
