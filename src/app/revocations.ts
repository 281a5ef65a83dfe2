import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

/** The PostgreSQL channel on which instances tell each other that credentials were revoked. */
export const REVOCATIONS_CHANNEL = "muster_revocations";

/**
 * Revocation news: whoever caches credentials (the auth hook) subscribes and forgets them when
 * told. A revocation here is announced at once; on PostgreSQL it is also NOTIFYed so every other
 * instance hears of it through its LISTEN connection (which, after losing that connection,
 * announces once more in case it missed one).
 */
export class Revocations {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Kysely<Database> | null = null) {}

  /** Calls `forget` on every revocation, here or on another instance; returns the unsubscribe. */
  subscribe(forget: () => void): () => void {
    this.listeners.add(forget);
    return () => this.listeners.delete(forget);
  }

  /** Tells the subscribers of this instance. */
  announce(): void {
    for (const forget of this.listeners) forget();
  }

  /** Announces here and to the other instances (PostgreSQL). */
  async revoked(): Promise<void> {
    this.announce();
    if (this.db) await sql`select pg_notify(${REVOCATIONS_CHANNEL}, '')`.execute(this.db);
  }
}
