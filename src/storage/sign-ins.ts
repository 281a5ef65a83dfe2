import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A single sign-on in flight: what the callback must check, kept on the server. */
export type PendingSignIn = { state: string; codeVerifier: string; nonce: string; returnTo: string };

/** How long someone may take at their provider before the sign-in must start again. */
const PENDING_MS = 10 * 60_000;

/** Sign-ins in flight, each usable once (a replayed callback finds nothing). */
export class SignInStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps a sign-in's checks until its callback, and forgets abandoned ones. */
  async begin(pending: PendingSignIn, now = new Date()): Promise<void> {
    await this.db
      .deleteFrom("oidc_logins")
      .where("created_at", "<", new Date(now.getTime() - PENDING_MS).toISOString())
      .execute();
    await this.db
      .insertInto("oidc_logins")
      .values({
        state: pending.state,
        code_verifier: pending.codeVerifier,
        nonce: pending.nonce,
        return_to: pending.returnTo,
        created_at: now.toISOString(),
      })
      .execute();
  }

  /** Takes a sign-in by its state, once: undefined when unknown, used already, or too old. */
  async take(state: string, now = new Date()): Promise<PendingSignIn | undefined> {
    const row = await this.db
      .deleteFrom("oidc_logins")
      .where("state", "=", state)
      .returningAll()
      .executeTakeFirst();
    if (!row || Date.parse(row.created_at) < now.getTime() - PENDING_MS) return undefined;
    return { state: row.state, codeVerifier: row.code_verifier, nonce: row.nonce, returnTo: row.return_to };
  }
}
