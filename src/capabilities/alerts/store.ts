import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { AlertGroupView, AlertLine } from "./domain/model.js";
import { ALERTS_IN_VIEW } from "./domain/model.js";
import type { Delivery, IncomingAlert } from "./domain/intake.js";

/** A stored alert group, with what routing made of it. */
export type AlertGroupRow = {
  id: string;
  source: string;
  groupKey: string;
  title: string;
  labels: Record<string, string>;
  status: "firing" | "resolved";
  firstAt: string;
  lastAt: string;
  received: number;
  version: number;
  incidentId: string | null;
  rule: string | null;
  outcome: string | null;
};

/** One stored alert. */
export type StoredAlert = AlertLine & {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  received: number;
  lastReceivedAt: string;
};

type GroupRecord = Database["alert_groups"];

function toGroup(r: GroupRecord): AlertGroupRow {
  return {
    id: r.id,
    source: r.source,
    groupKey: r.group_key,
    title: r.title,
    labels: JSON.parse(r.labels) as Record<string, string>,
    status: r.status === "resolved" ? "resolved" : "firing",
    firstAt: r.first_at,
    lastAt: r.last_at,
    received: Number(r.received),
    version: Number(r.version),
    incidentId: r.incident_id,
    rule: r.rule,
    outcome: r.outcome,
  };
}

function toAlert(r: Database["alerts"]): StoredAlert {
  return {
    fingerprint: r.fingerprint,
    name: r.name,
    summary: r.summary,
    status: r.status === "resolved" ? "resolved" : "firing",
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    url: r.url,
    labels: JSON.parse(r.labels) as Record<string, string>,
    annotations: JSON.parse(r.annotations) as Record<string, string>,
    received: Number(r.received),
    lastReceivedAt: r.last_received_at,
  };
}

/** The last report of each fingerprint in a delivery wins (a row is written once per statement). */
function latest(alerts: IncomingAlert[]): IncomingAlert[] {
  return [...new Map(alerts.map((a) => [a.fingerprint, a])).values()];
}

/** Alert groups and their alerts: intake writes them, routing reads and marks them. */
export class AlertStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: "sqlite" | "postgres",
  ) {}

  /**
   * Stores several deliveries in one transaction (one fsync for a burst: the intake queue gathers
   * what arrives together), in order; resolves with each one's group.
   */
  async receiveAll(
    items: { source: string; delivery: Delivery }[],
    now: Date,
  ): Promise<{ groupId: string; status: "firing" | "resolved" }[]> {
    return this.db.transaction().execute(async (trx) => {
      const results = [];
      for (const item of items) results.push(await this.write(trx, item.source, item.delivery, now));
      return results;
    });
  }

  /**
   * One delivery: the group (created on first sight, its version bumped so routing looks again),
   * each alert by fingerprint (a repeat updates its row), and the group's status from its alerts.
   */
  private async write(
    trx: Kysely<Database>,
    source: string,
    d: Delivery,
    now: Date,
  ): Promise<{ groupId: string; status: "firing" | "resolved" }> {
    const at = now.toISOString();
    const alerts = latest(d.alerts);
    const firstStart = alerts.reduce((min, a) => (a.startsAt < min ? a.startsAt : min), at);
    {
      const group = await trx
        .insertInto("alert_groups")
        .values({
          id: randomUUID(),
          source,
          group_key: d.groupKey,
          title: d.title,
          labels: JSON.stringify(d.labels),
          status: "firing",
          first_at: firstStart,
          last_at: at,
          received: alerts.length,
          version: 1,
          routed_version: 0,
          claimed_until: null,
          incident_id: null,
          rule: null,
          outcome: null,
        })
        .onConflict((oc) =>
          oc.columns(["source", "group_key"]).doUpdateSet({
            title: d.title,
            labels: JSON.stringify(d.labels),
            last_at: at,
            received: sql`alert_groups.received + ${alerts.length}`,
            version: sql`alert_groups.version + 1`,
          }),
        )
        .returning(["id"])
        .executeTakeFirstOrThrow();
      for (let i = 0; i < alerts.length; i += 200) {
        await trx
          .insertInto("alerts")
          .values(
            alerts.slice(i, i + 200).map((a) => ({
              group_id: group.id,
              fingerprint: a.fingerprint,
              status: a.status,
              name: a.name,
              summary: a.summary,
              labels: JSON.stringify(a.labels),
              annotations: JSON.stringify(a.annotations),
              starts_at: a.startsAt,
              ends_at: a.endsAt,
              url: a.url,
              first_received_at: at,
              last_received_at: at,
              received: 1,
            })),
          )
          .onConflict((oc) =>
            oc.columns(["group_id", "fingerprint"]).doUpdateSet((eb) => ({
              status: eb.ref("excluded.status"),
              name: eb.ref("excluded.name"),
              summary: eb.ref("excluded.summary"),
              labels: eb.ref("excluded.labels"),
              annotations: eb.ref("excluded.annotations"),
              starts_at: eb.ref("excluded.starts_at"),
              ends_at: eb.ref("excluded.ends_at"),
              url: eb.ref("excluded.url"),
              last_received_at: at,
              received: sql`alerts.received + 1`,
            })),
          )
          .execute();
      }
      const firing = await trx
        .selectFrom("alerts")
        .select("fingerprint")
        .where("group_id", "=", group.id)
        .where("status", "=", "firing")
        .limit(1)
        .executeTakeFirst();
      const status = firing ? "firing" : "resolved";
      await trx
        .updateTable("alert_groups")
        .set({
          status,
          first_at: sql`case when first_at > ${firstStart} then ${firstStart} else first_at end`,
        })
        .where("id", "=", group.id)
        .execute();
      await trx
        .updateTable("alert_sources")
        .set({ last_received_at: at })
        .where("name", "=", source)
        .execute();
      return { groupId: group.id, status };
    }
  }

  /**
   * Claims up to `limit` groups with deliveries routing has not seen, held until `until` (a crashed
   * instance's claims lapse). On PostgreSQL `skip locked` lets instances claim side by side.
   */
  async claimDue(now: Date, until: Date, limit: number): Promise<{ id: string; version: number }[]> {
    const nowIso = now.toISOString();
    const lock = this.engine === "postgres" ? sql`for update skip locked` : sql``;
    const result = await sql<{ id: string; version: number }>`
      update alert_groups set claimed_until = ${until.toISOString()}
      where id in (
        select id from alert_groups
        where version > routed_version and (claimed_until is null or claimed_until < ${nowIso})
        order by last_at limit ${limit} ${lock}
      )
      returning id, version`.execute(this.db);
    return result.rows.map((r) => ({ id: r.id, version: Number(r.version) }));
  }

  async group(id: string): Promise<AlertGroupRow | undefined> {
    const r = await this.db.selectFrom("alert_groups").selectAll().where("id", "=", id).executeTakeFirst();
    return r && toGroup(r);
  }

  /** The group's alerts, firing first, newest first. */
  async alerts(groupId: string, limit: number): Promise<StoredAlert[]> {
    const rows = await this.db
      .selectFrom("alerts")
      .selectAll()
      .where("group_id", "=", groupId)
      .orderBy(sql`case when status = 'firing' then 0 else 1 end`)
      .orderBy("starts_at", "desc")
      .orderBy("fingerprint")
      .limit(limit)
      .execute();
    return rows.map(toAlert);
  }

  /** The group as an incident shows it: counts and its newest alerts. */
  async view(g: AlertGroupRow): Promise<AlertGroupView> {
    const counts = await this.db
      .selectFrom("alerts")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .where("group_id", "=", g.id)
      .groupBy("status")
      .execute();
    const n = (s: string): number => Number(counts.find((c) => c.status === s)?.n ?? 0);
    const alerts = await this.alerts(g.id, ALERTS_IN_VIEW);
    return {
      id: g.id,
      source: g.source,
      title: g.title,
      status: g.status,
      firing: n("firing"),
      resolved: n("resolved"),
      firstAt: g.firstAt,
      lastAt: g.lastAt,
      labels: g.labels,
      alerts: alerts.map(({ fingerprint, name, summary, status, startsAt, endsAt, url }) => ({
        fingerprint,
        name,
        summary,
        status,
        startsAt,
        endsAt,
        url,
      })),
    };
  }

  /** Records the incident a rule is about to open for a group (before declaring, so a retry finds it). */
  async opening(id: string, incidentId: string, rule: string): Promise<void> {
    await this.db
      .updateTable("alert_groups")
      .set({ incident_id: incidentId, rule, outcome: "opening" })
      .where("id", "=", id)
      .execute();
  }

  /** Attaches a group to an incident by hand (routing then adds its alerts there). */
  async attach(id: string, incidentId: string): Promise<void> {
    await this.db
      .updateTable("alert_groups")
      .set({ incident_id: incidentId, outcome: "attached" })
      .where("id", "=", id)
      .execute();
  }

  /**
   * Records what a routing round made of its groups, each as of its `version`, in one
   * transaction; a group is not routed again before its `quietUntil`.
   */
  async routedAll(
    groups: { id: string; version: number; rule: string | null; outcome: string; quietUntil: Date }[],
  ): Promise<void> {
    if (groups.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const g of groups) {
        await trx
          .updateTable("alert_groups")
          .set({
            routed_version: sql`case when routed_version > ${g.version} then routed_version else ${g.version} end`,
            claimed_until: g.quietUntil.toISOString(),
            rule: g.rule,
            outcome: g.outcome,
          })
          .where("id", "=", g.id)
          .execute();
      }
    });
  }

  /** Lets go of a claim without recording anything (routing failed; it is tried again). */
  async release(id: string, retryAt: Date): Promise<void> {
    await this.db
      .updateTable("alert_groups")
      .set({ claimed_until: retryAt.toISOString() })
      .where("id", "=", id)
      .execute();
  }

  /** Groups, newest activity first. */
  async groups(filter: {
    status?: "firing" | "resolved" | undefined;
    limit: number;
    before?: string | undefined;
  }): Promise<AlertGroupRow[]> {
    let q = this.db.selectFrom("alert_groups").selectAll();
    if (filter.status) q = q.where("status", "=", filter.status);
    if (filter.before) q = q.where("last_at", "<", filter.before);
    const rows = await q.orderBy("last_at", "desc").orderBy("id").limit(filter.limit).execute();
    return rows.map(toGroup);
  }

  /**
   * Deletes resolved groups last heard of before `before`, with their alerts (an incident keeps its
   * own copy of what it tracked, in its events). Resolves with how many groups went.
   */
  async prune(before: Date): Promise<number> {
    const old = this.db
      .selectFrom("alert_groups")
      .select("id")
      .where("status", "=", "resolved")
      .where("last_at", "<", before.toISOString());
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("alerts").where("group_id", "in", old).execute();
      const gone = await trx
        .deleteFrom("alert_groups")
        .where("status", "=", "resolved")
        .where("last_at", "<", before.toISOString())
        .executeTakeFirst();
      return Number(gone.numDeletedRows);
    });
  }

  /** How many alerts are stored (for tests and the benchmark). */
  async count(): Promise<number> {
    const r = await this.db
      .selectFrom("alerts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
