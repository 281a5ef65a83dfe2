import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { Viewer } from "../../storage/read-store.js";
import { visibleIncident } from "../../storage/read-store.js";
import type { Postmortem, PostmortemEnvelope, PostmortemEvent } from "./domain/index.js";
import { evolvePostmortem, postmortemNotices } from "./domain/index.js";
import type { Notice } from "../../domain/index.js";
import { owedDeliveries } from "../../storage/write-store.js";

/** Someone else appended first: reload and decide again. */
export class StaleVersion extends Error {
  constructor() {
    super("the postmortem changed under this write");
  }
}

/** The postmortems' own tables: the current state per incident and each postmortem's events. */
export class PostmortemStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** The outside channels configured (webhook, and email when SMTP is set). */
    private readonly channels: ReadonlySet<string> = new Set(["webhook"]),
  ) {}

  /** The postmortem of an incident, if it has one. */
  async byIncident(incidentId: string): Promise<Postmortem | undefined> {
    const row = await this.db
      .selectFrom("postmortems")
      .select("doc")
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    return row ? (JSON.parse(row.doc) as Postmortem) : undefined;
  }

  /** A postmortem's events, oldest first. */
  async history(id: string): Promise<PostmortemEnvelope[]> {
    const rows = await this.db
      .selectFrom("postmortem_events")
      .selectAll()
      .where("postmortem_id", "=", id)
      .orderBy("version")
      .execute();
    return rows.map(
      (r) =>
        ({
          type: r.type,
          data: JSON.parse(r.data) as unknown,
          version: Number(r.version),
          at: r.at,
          actor: r.actor,
        }) as PostmortemEnvelope,
    );
  }

  /**
   * Appends events to a postmortem (`current` null: creates it) in one transaction, guarded by
   * the version it was decided on. Throws StaleVersion when someone else wrote first, and a
   * unique violation when a second postmortem is created for the incident.
   */
  async append(
    current: Postmortem | null,
    events: PostmortemEvent[],
    actor: string,
    at: Date,
  ): Promise<Postmortem> {
    let state = current;
    const envelopes: PostmortemEnvelope[] = [];
    const notices: Notice[] = [];
    for (const e of events) {
      const envelope = {
        ...e,
        version: (state?.version ?? 0) + 1,
        at: at.toISOString(),
        actor,
      };
      state = evolvePostmortem(state, envelope);
      envelopes.push(envelope);
      notices.push(...postmortemNotices(state, envelope));
    }
    if (state === null || envelopes.length === 0) {
      if (current === null) throw new Error("creating a postmortem needs its created event");
      return current;
    }
    const next = state;
    await this.db.transaction().execute(async (trx) => {
      const row = {
        version: next.version,
        stage: next.stage,
        owner: next.owner,
        publish_due: next.schedule.publish,
        published_at: next.publishedAt,
        doc: JSON.stringify(next),
        updated_at: next.updatedAt,
      };
      if (current === null) {
        await trx
          .insertInto("postmortems")
          .values({ id: next.id, incident_id: next.incidentId, ...row })
          .execute();
      } else {
        const updated = await trx
          .updateTable("postmortems")
          .set(row)
          .where("id", "=", next.id)
          .where("version", "=", current.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new StaleVersion();
      }
      await trx
        .insertInto("postmortem_events")
        .values(
          envelopes.map((e) => ({
            postmortem_id: next.id,
            version: e.version,
            type: e.type,
            at: e.at,
            actor: e.actor,
            data: JSON.stringify(e.data),
          })),
        )
        .execute();
      await this.owe(trx, next, notices, at);
    });
    return next;
  }

  /** Writes what the events owe to the outbox, in the same transaction (nothing owed is lost). */
  private async owe(trx: Kysely<Database>, p: Postmortem, notices: Notice[], at: Date): Promise<void> {
    if (notices.length === 0) return;
    const contacts = await trx
      .selectFrom("contact_methods")
      .select(["id", "kind", "handle"])
      .where(
        "handle",
        "in",
        notices.map((n) => n.recipient),
      )
      .execute();
    // Prefixed ids: a postmortem's versions must not collide with its incident's event numbers.
    const owed = owedDeliveries(
      `${p.incidentId}:pm`,
      notices,
      (h) => contacts.filter((c) => c.handle === h),
      this.channels,
    );
    await trx
      .insertInto("deliveries")
      .values(
        owed.map((o) => ({
          id: o.id,
          incident_id: p.incidentId,
          event_seq: o.notice.seq,
          recipient: o.notice.recipient,
          channel: o.channel,
          contact_id: o.contactId,
          kind: o.notice.kind,
          title: o.notice.title,
          body: o.notice.body,
          status: "pending",
          next_attempt_at: at.toISOString(),
          created_at: at.toISOString(),
        })),
      )
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }

  /** The postmortems not yet published (for reminders). */
  async unpublished(): Promise<Postmortem[]> {
    const rows = await this.db
      .selectFrom("postmortems")
      .select("doc")
      .where("stage", "!=", "published")
      .execute();
    return rows.map((r) => JSON.parse(r.doc) as Postmortem);
  }

  /** Postmortems of incidents the viewer may see, overdue first, then by when publication is due. */
  async list(
    filter: { stage?: string | undefined; owner?: string | undefined },
    viewer: Viewer,
  ): Promise<Postmortem[]> {
    let query = this.db
      .selectFrom("postmortems")
      .innerJoin("incidents", "incidents.id", "postmortems.incident_id")
      .select("postmortems.doc");
    if (filter.stage) query = query.where("postmortems.stage", "=", filter.stage);
    if (filter.owner) query = query.where("postmortems.owner", "=", filter.owner);
    if (!viewer.isAdmin) {
      query = query.where(visibleIncident(viewer.handle));
    }
    const rows = await query.orderBy("postmortems.publish_due").limit(500).execute();
    return rows.map((r) => JSON.parse(r.doc) as Postmortem);
  }
}
