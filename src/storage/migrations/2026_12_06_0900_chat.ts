import type { Kysely } from "kysely";

/**
 * Chat apps (Slack, Mattermost): the channel each incident has on a platform (with the pinned
 * status doc's message and the last topic set, so they are only touched when they change), who
 * each platform user is in Muster, and the platform events already handled (retries are dropped).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("chat_channels")
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("channel_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("doc_message_id", "text")
    .addColumn("doc_text", "text")
    .addColumn("topic", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("chat_channels_pk", ["provider", "incident_id"])
    .execute();
  await db.schema
    .createIndex("chat_channels_channel")
    .on("chat_channels")
    .columns(["provider", "channel_id"])
    .unique()
    .execute();
  await db.schema
    .createTable("chat_identities")
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("handle", "text", (c) => c.notNull())
    // "email" (matched by address), "admin" (set by an admin; never replaced by a match).
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("chat_identities_pk", ["provider", "external_id"])
    .execute();
  await db.schema
    .createIndex("chat_identities_handle")
    .on("chat_identities")
    .columns(["provider", "handle"])
    .execute();
  await db.schema
    .createTable("chat_inbound")
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("chat_inbound_pk", ["provider", "key"])
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["chat_inbound", "chat_identities", "chat_channels"]) {
    await db.schema.dropTable(table).execute();
  }
}
