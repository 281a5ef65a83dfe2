import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * Signs links that work without signing in (confirm or cancel a subscription, a stakeholder's
 * read-only view). The key is made once and kept in the database, so every instance signs and
 * checks alike and links survive restarts.
 */
export class LinkSigner {
  private constructor(private readonly key: Buffer) {}

  /** Loads the key, making it on first use (two instances racing keep the first one written). */
  static async open(db: Kysely<Database>): Promise<LinkSigner> {
    const name = "link-signing";
    await db
      .insertInto("server_keys")
      .values({ name, value: randomBytes(32).toString("base64url") })
      .onConflict((oc) => oc.column("name").doNothing())
      .execute();
    const row = await db
      .selectFrom("server_keys")
      .select("value")
      .where("name", "=", name)
      .executeTakeFirstOrThrow();
    return new LinkSigner(Buffer.from(row.value, "base64url"));
  }

  /** For tests: a signer with a fixed key. */
  static withKey(key: Buffer): LinkSigner {
    return new LinkSigner(key);
  }

  /** The signature of a purpose and subject ("confirm", subscription id). */
  sign(purpose: string, subject: string): string {
    return createHmac("sha256", this.key).update(`${purpose}\n${subject}`).digest("base64url");
  }

  /** Whether a signature is right, in constant time. */
  verify(purpose: string, subject: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, subject));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
