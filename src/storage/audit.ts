import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export type AuditEntry = {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  requestId: string;
};

/** Administrative actions, append-only: who did what to which, when, under which request. */
export class AuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  /** Appends one entry. */
  async record(entry: Omit<AuditEntry, "id">): Promise<void> {
    await this.db
      .insertInto("audit_log")
      .values({
        id: randomUUID(),
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        request_id: entry.requestId,
      })
      .execute();
  }

  /** The newest entries first. */
  async recent(limit: number): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("at", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      requestId: r.request_id,
    }));
  }
}
