import type { Kysely } from "kysely";
import type { Database } from "../../storage/schema.js";

export type ChatChannel = {
  incidentId: string;
  channelId: string;
  name: string;
  url: string;
  docMessageId: string | null;
  docText: string | null;
  topic: string | null;
};

export type ChatIdentity = {
  externalId: string;
  handle: string;
  source: "email" | "admin";
  updatedAt: string;
};

function toChannel(r: Database["chat_channels"]): ChatChannel {
  return {
    incidentId: r.incident_id,
    channelId: r.channel_id,
    name: r.name,
    url: r.url,
    docMessageId: r.doc_message_id,
    docText: r.doc_text,
    topic: r.topic,
  };
}

/** Chat apps' own tables: incident channels, identities, and platform events already handled. */
export class ChatStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The incident's channel on a platform. */
  async channelOf(provider: string, incidentId: string): Promise<ChatChannel | undefined> {
    const row = await this.db
      .selectFrom("chat_channels")
      .selectAll()
      .where("provider", "=", provider)
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    return row ? toChannel(row) : undefined;
  }

  /** The incident whose channel this is. */
  async incidentIn(provider: string, channelId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("chat_channels")
      .select("incident_id")
      .where("provider", "=", provider)
      .where("channel_id", "=", channelId)
      .executeTakeFirst();
    return row?.incident_id;
  }

  /** Channels opened since a time (those a catch-up reads back). */
  async channelsSince(provider: string, since: Date): Promise<ChatChannel[]> {
    const rows = await this.db
      .selectFrom("chat_channels")
      .selectAll()
      .where("provider", "=", provider)
      .where("created_at", ">=", since.toISOString())
      .execute();
    return rows.map(toChannel);
  }

  /** Records a channel just created for an incident. */
  async saveChannel(provider: string, channel: ChatChannel, now: Date): Promise<void> {
    await this.db
      .insertInto("chat_channels")
      .values({
        provider,
        incident_id: channel.incidentId,
        channel_id: channel.channelId,
        name: channel.name,
        url: channel.url,
        doc_message_id: channel.docMessageId,
        doc_text: channel.docText,
        topic: channel.topic,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(["provider", "incident_id"]).doNothing())
      .execute();
  }

  /** Remembers what the channel shows now (the pinned doc's message and text, the topic). */
  async noteShown(
    provider: string,
    incidentId: string,
    shown: { docMessageId?: string; docText?: string; topic?: string },
  ): Promise<void> {
    await this.db
      .updateTable("chat_channels")
      .set({
        ...(shown.docMessageId !== undefined ? { doc_message_id: shown.docMessageId } : {}),
        ...(shown.docText !== undefined ? { doc_text: shown.docText } : {}),
        ...(shown.topic !== undefined ? { topic: shown.topic } : {}),
      })
      .where("provider", "=", provider)
      .where("incident_id", "=", incidentId)
      .execute();
  }

  /** Who a platform user is in Muster. */
  async handleOf(provider: string, externalId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("chat_identities")
      .select("handle")
      .where("provider", "=", provider)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    return row?.handle;
  }

  /** The platform user linked to a Muster person (an admin's link first). */
  async externalOf(provider: string, handle: string): Promise<string | undefined> {
    const rows = await this.db
      .selectFrom("chat_identities")
      .select(["external_id", "source"])
      .where("provider", "=", provider)
      .where("handle", "=", handle)
      .execute();
    return (rows.find((r) => r.source === "admin") ?? rows[0])?.external_id;
  }

  /** Links a platform user to a person; a match by email never replaces an admin's link. */
  async link(
    provider: string,
    externalId: string,
    handle: string,
    source: "email" | "admin",
    now: Date,
  ): Promise<void> {
    await this.db
      .insertInto("chat_identities")
      .values({ provider, external_id: externalId, handle, source, updated_at: now.toISOString() })
      .onConflict((oc) =>
        source === "admin"
          ? oc
              .columns(["provider", "external_id"])
              .doUpdateSet({ handle, source, updated_at: now.toISOString() })
          : oc.columns(["provider", "external_id"]).doNothing(),
      )
      .execute();
  }

  /** Removes a link; true when there was one. */
  async unlink(provider: string, externalId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("chat_identities")
      .where("provider", "=", provider)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Every link on a platform, by handle. */
  async identities(provider: string): Promise<ChatIdentity[]> {
    const rows = await this.db
      .selectFrom("chat_identities")
      .selectAll()
      .where("provider", "=", provider)
      .orderBy("handle")
      .execute();
    return rows.map((r) => ({
      externalId: r.external_id,
      handle: r.handle,
      source: r.source === "admin" ? "admin" : "email",
      updatedAt: r.updated_at,
    }));
  }

  /** True when this platform event was handled already (a retry). */
  async handled(provider: string, key: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("chat_inbound")
      .select("key")
      .where("provider", "=", provider)
      .where("key", "=", key)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Marks a platform event handled. */
  async markHandled(provider: string, key: string, now: Date): Promise<void> {
    await this.db
      .insertInto("chat_inbound")
      .values({ provider, key, at: now.toISOString() })
      .onConflict((oc) => oc.columns(["provider", "key"]).doNothing())
      .execute();
  }

  /** When this platform's newest handled event was recorded (where a restart catches up from). */
  async lastHandled(provider: string): Promise<Date | null> {
    const row = await this.db
      .selectFrom("chat_inbound")
      .select((eb) => eb.fn.max("at").as("at"))
      .where("provider", "=", provider)
      .executeTakeFirst();
    return row?.at ? new Date(row.at) : null;
  }

  /** Forgets handled events older than `before` (platforms retry for minutes, not days). */
  async prune(before: Date): Promise<void> {
    await this.db.deleteFrom("chat_inbound").where("at", "<", before.toISOString()).execute();
  }
}
