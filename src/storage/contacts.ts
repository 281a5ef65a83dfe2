import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export type ContactKind = "email" | "webhook";

export type Contact = { id: string; handle: string; kind: ContactKind; address: string; createdAt: string };

/** How people are reached besides their in-app inbox. */
export class ContactStore {
  constructor(private readonly db: Kysely<Database>) {}

  async list(handle: string): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom("contact_methods")
      .selectAll()
      .where("handle", "=", handle)
      .orderBy("created_at")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      handle: r.handle,
      kind: r.kind as ContactKind,
      address: r.address,
      createdAt: r.created_at,
    }));
  }

  /** Adds a contact; a webhook gets a signing secret, returned once. */
  async add(
    handle: string,
    kind: ContactKind,
    address: string,
  ): Promise<Contact & { secret: string | null }> {
    const row = {
      id: randomUUID(),
      handle,
      kind,
      address,
      secret: kind === "webhook" ? `whsec_${randomBytes(24).toString("base64url")}` : null,
      created_at: new Date().toISOString(),
    };
    await this.db.insertInto("contact_methods").values(row).execute();
    return { id: row.id, handle, kind, address, createdAt: row.created_at, secret: row.secret };
  }

  async remove(handle: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("contact_methods")
      .where("id", "=", id)
      .where("handle", "=", handle)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** A contact with its secret, for sending. */
  async forSending(
    id: string,
  ): Promise<{ kind: string; address: string; secret: string | null } | undefined> {
    return this.db
      .selectFrom("contact_methods")
      .select(["kind", "address", "secret"])
      .where("id", "=", id)
      .executeTakeFirst();
  }
}
