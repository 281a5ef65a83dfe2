import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { StatusDoc } from "../../domain/index.js";
import { upgradeStatusDoc } from "../../domain/index.js";
import type { Database } from "../../storage/schema.js";
import type { Component } from "./model.js";

export type Subscription = {
  id: string;
  email: string;
  scope: string;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
};

function toSubscription(r: Database["status_subscriptions"]): Subscription {
  return {
    id: r.id,
    email: r.email,
    scope: r.scope,
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
    unsubscribedAt: r.unsubscribed_at,
  };
}

/** Components, the incidents that may have a public face, and email subscribers. */
export class StatusStore {
  constructor(private readonly db: Kysely<Database>) {}

  async components(): Promise<Component[]> {
    const rows = await this.db.selectFrom("status_components").selectAll().orderBy("position").execute();
    return rows.map((r) => ({
      name: r.name,
      label: r.label,
      group: r.group_label,
      description: r.description,
      position: Number(r.position),
    }));
  }

  /** Creates or replaces a component. */
  async putComponent(c: Component, at: Date): Promise<void> {
    const row = {
      label: c.label,
      group_label: c.group,
      description: c.description,
      position: c.position,
      updated_at: at.toISOString(),
    };
    await this.db
      .insertInto("status_components")
      .values({ name: c.name, ...row })
      .onConflict((oc) => oc.column("name").doUpdateSet(row))
      .execute();
  }

  async removeComponent(name: string): Promise<boolean> {
    const r = await this.db.deleteFrom("status_components").where("name", "=", name).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * Status docs of open incidents that named the public audience, running or ended since
   * `since`. The LIKE narrows the scan; the public face is judged on the parsed doc.
   */
  async publicCandidates(since: Date): Promise<StatusDoc[]> {
    const rows = await this.db
      .selectFrom("incidents")
      .select("doc")
      .where("visibility", "<>", "restricted")
      .where("doc", "like", '%"audience":"public"%')
      .where((eb) => eb.or([eb("status", "<>", "ended"), eb("updated_at", ">=", since.toISOString())]))
      .execute();
    return rows.map((r) => upgradeStatusDoc(JSON.parse(r.doc) as StatusDoc));
  }

  /** Starts (or restarts) a subscription awaiting confirmation; an address has one per scope. */
  async subscribe(email: string, scope: string, at: Date): Promise<Subscription> {
    const id = randomUUID();
    await this.db
      .insertInto("status_subscriptions")
      .values({ id, email, scope, created_at: at.toISOString(), confirmed_at: null, unsubscribed_at: null })
      .onConflict((oc) => oc.columns(["email", "scope"]).doNothing())
      .execute();
    const row = await this.db
      .selectFrom("status_subscriptions")
      .selectAll()
      .where("email", "=", email)
      .where("scope", "=", scope)
      .executeTakeFirstOrThrow();
    return toSubscription(row);
  }

  async subscription(id: string): Promise<Subscription | undefined> {
    const row = await this.db
      .selectFrom("status_subscriptions")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toSubscription(row) : undefined;
  }

  /** Confirms (and, for an address that had left, resumes) a subscription. */
  async confirm(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable("status_subscriptions")
      .set({ confirmed_at: at.toISOString(), unsubscribed_at: null })
      .where("id", "=", id)
      .execute();
  }

  async unsubscribe(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable("status_subscriptions")
      .set({ unsubscribed_at: at.toISOString() })
      .where("id", "=", id)
      .where("unsubscribed_at", "is", null)
      .execute();
  }

  /** Confirmed, current subscribers to any of the scopes. */
  async subscribers(scopes: string[]): Promise<Subscription[]> {
    if (scopes.length === 0) return [];
    const rows = await this.db
      .selectFrom("status_subscriptions")
      .selectAll()
      .where("scope", "in", scopes)
      .where("confirmed_at", "is not", null)
      .where("unsubscribed_at", "is", null)
      .execute();
    return rows.map(toSubscription);
  }

  /** How many subscriptions await confirmation from one address (a cap against mail bombing). */
  async pendingFor(email: string): Promise<number> {
    const row = await this.db
      .selectFrom("status_subscriptions")
      .select(sql<number>`count(*)`.as("n"))
      .where("email", "=", email)
      .where("confirmed_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
