import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";
import { hashToken } from "../../storage/users.js";
import type { SourceKind } from "./domain/intake.js";
import type { AlertRule } from "./domain/rules.js";

export type AlertSource = {
  name: string;
  kind: SourceKind;
  label: string;
  createdAt: string;
  lastReceivedAt: string | null;
};

type SourceRow = Database["alert_sources"];

function toSource(r: SourceRow): AlertSource {
  return {
    name: r.name,
    kind: r.kind as SourceKind,
    label: r.label,
    createdAt: r.created_at,
    lastReceivedAt: r.last_received_at,
  };
}

/** What admins set up: alert sources (each with its hashed secret) and routing rules. */
export class AlertSetupStore {
  private rulesCache: { at: number; rules: AlertRule[] } | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  /** Creates or replaces a source; a new one (or `rotate`) gets a new secret, returned once. */
  async putSource(
    source: { name: string; kind: SourceKind; label: string },
    rotate: boolean,
    now: Date,
  ): Promise<{ source: AlertSource; secret: string | null }> {
    const existing = await this.source(source.name);
    const secret = existing && !rotate ? null : randomBytes(32).toString("base64url");
    const row = {
      kind: source.kind,
      label: source.label,
      ...(secret ? { secret_hash: hashToken(secret) } : {}),
    };
    if (existing) {
      await this.db.updateTable("alert_sources").set(row).where("name", "=", source.name).execute();
    } else {
      await this.db
        .insertInto("alert_sources")
        .values({
          name: source.name,
          ...row,
          secret_hash: hashToken(secret ?? ""),
          created_at: now.toISOString(),
          last_received_at: null,
        })
        .execute();
    }
    const stored = await this.source(source.name);
    if (!stored) throw new Error("the alert source vanished while being written");
    return { source: stored, secret };
  }

  private row(name: string): Promise<SourceRow | undefined> {
    return this.db.selectFrom("alert_sources").selectAll().where("name", "=", name).executeTakeFirst();
  }

  async source(name: string): Promise<AlertSource | undefined> {
    const r = await this.row(name);
    return r && toSource(r);
  }

  /** The source whose secret this is (compared in constant time), or undefined; one query per delivery. */
  async authenticate(name: string, secret: string): Promise<AlertSource | undefined> {
    const r = await this.row(name);
    const given = Buffer.from(hashToken(secret), "hex");
    // An unknown source costs the same comparison as a wrong secret.
    const stored = Buffer.from(r?.secret_hash ?? hashToken(randomUUID()), "hex");
    if (!timingSafeEqual(given, stored) || !r) return undefined;
    return toSource(r);
  }

  async sources(): Promise<AlertSource[]> {
    const rows = await this.db.selectFrom("alert_sources").selectAll().orderBy("name").execute();
    return rows.map(toSource);
  }

  async deleteSource(name: string): Promise<boolean> {
    const r = await this.db.deleteFrom("alert_sources").where("name", "=", name).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Creates or replaces a rule. */
  async putRule(rule: AlertRule, now: Date): Promise<void> {
    const { name, position, ...body } = rule;
    await this.db
      .insertInto("alert_rules")
      .values({ name, position, body: JSON.stringify(body), updated_at: now.toISOString() })
      .onConflict((oc) =>
        oc
          .column("name")
          .doUpdateSet({ position, body: JSON.stringify(body), updated_at: now.toISOString() }),
      )
      .execute();
    this.rulesCache = null;
  }

  async deleteRule(name: string): Promise<boolean> {
    const r = await this.db.deleteFrom("alert_rules").where("name", "=", name).executeTakeFirst();
    this.rulesCache = null;
    return Number(r.numDeletedRows) > 0;
  }

  /** The rules, by position; cached for a few seconds (another instance's edit shows within that). */
  async rules(fresh = false): Promise<AlertRule[]> {
    if (!fresh && this.rulesCache && Date.now() - this.rulesCache.at < 5000) return this.rulesCache.rules;
    const rows = await this.db
      .selectFrom("alert_rules")
      .selectAll()
      .orderBy("position")
      .orderBy("name")
      .execute();
    const rules = rows.map((r) => ({
      name: r.name,
      position: Number(r.position),
      ...(JSON.parse(r.body) as Omit<AlertRule, "name" | "position">),
    }));
    this.rulesCache = { at: Date.now(), rules };
    return rules;
  }
}
